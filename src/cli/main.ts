#!/usr/bin/env node
// The binary. `clausemark --version` (or -V) alone is answered here, from package.json, without loading the command
// line program (commander, the messages, every command's registration: 60 ms of CPU, most of the run); so is `start`
// with nothing to do, from the stamp the last run that wrote nothing left (src/cli/startup/start-replay.ts: what it said and
// its exit code, when its inputs and outputs are proved unchanged). Every other run is src/cli/startup/binary.ts, which
// commander's own --version handles as before. Nothing is imported before it is needed: a `start` answered from its
// stamp loads this file and one module (the replay as scripts/bundle.mjs bundles it alone), no shared chunk.

const args = process.argv.slice(2);
const replayed =
  args[0] === 'start'
    ? (await import('./startup/start-replay.js')).replayStart(args, {
        stdoutTTY: process.stdout.isTTY === true,
        stderrTTY: process.stderr.isTTY === true,
      })
    : undefined;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V'))
  process.stdout.write(`${(await import('../io/version.js')).toolVersion()}\n`);
else if (replayed) {
  // A reader that stops early closes the pipe: end quietly, with the run's exit code, as src/cli/startup/binary.ts does.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(replayed.exitCode);
      throw error;
    });
  for (const [stream, text] of replayed.said) (stream === 0 ? process.stdout : process.stderr).write(text);
  process.exitCode = replayed.exitCode;
} else {
  (await import('./startup/binary.js')).runBinary();
}
