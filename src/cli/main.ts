#!/usr/bin/env node
// The binary. `clausemark --version` (or -V) alone is answered here, from package.json, without loading the command
// line program (commander, the messages, every command's registration: 60 ms of CPU, most of the run); every other
// run is src/cli/binary.ts, which commander's own --version handles as before.
import { toolVersion } from '../io/version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${toolVersion()}\n`);
else (await import('./binary.js')).runBinary();
