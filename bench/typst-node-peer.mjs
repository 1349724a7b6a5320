// The Typst peer of issue 74, as npm ships it: @myriaddreamin/typst-ts-node-compiler, loaded from the peers folder
// (bench/peers.sh installs it there, never into this project's node_modules). A new process per run, as clausemark's
// CLI is timed: `node bench/typst-node-peer.mjs PEERS_DIR policy.typ out.pdf`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [peersDir, input, output] = process.argv.slice(2);
const require = createRequire(join(peersDir, 'node_modules', 'index.js'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
writeFileSync(output, NodeCompiler.create().pdf({ mainFileContent: readFileSync(input, 'utf8') }));
