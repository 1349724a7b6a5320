// The thread the binary runs a command in (src/cli/startup/binary.ts): one run of clausemark (src/cli/program.ts) with its
// output told to the main thread, which writes it to the process's streams. The main thread stays free to answer
// Ctrl-C and SIGTERM however long the command computes here; it then ends the process, this thread with it. Started
// with every command (src/cli/startup/command-thread.ts), or in the light bundle with its commands alone
// (scripts/bundle.mjs). A small `check` or `diff` runs the same code in the main thread itself
// (src/cli/startup/main-thread-run.ts).
import { reportHeldFilesTo } from '../../io/held-files.js';
import { messageLanguage, wordMessage } from '../../io/messages.js';
import { holdInMainThread, holdUntilStopped, shareWriteStop } from '../../io/write-stop.js';
import { commandContext, type TextSink } from '../context.js';
import { reportFailure, runInContext } from '../program.js';
import { keepRunCaches } from './run-caches.js';
import type { CommandTable } from '../command-table.js';
import {
  type CommandThreadNote,
  commandThreadData,
  runsInMainThread,
  type Signal,
  tellMainThread,
} from './thread-data.js';

const data = commandThreadData();
const here = runsInMainThread();
const post = (note: CommandThreadNote): void => tellMainThread(note);

/** From this many characters on, output is posted as UTF-8 bytes handed over, not as a string the post copies. */
const HANDED_OVER = 64 * 1024;

/**
 * A long text as the bytes the main thread's stream would write, moved to it without a copy: posted as a string,
 * a civil code's `check` (2 MB) was copied whole by the post, then encoded there, 25-40 ms of CPU.
 */
function postLong(stream: 'stdout' | 'stderr', chunk: string): void {
  const bytes = Buffer.from(chunk, 'utf8');
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  tellMainThread({ stream, chunk: bytes }, own ? [bytes.buffer as ArrayBuffer] : []);
}

function sink(stream: 'stdout' | 'stderr'): TextSink {
  const { isTTY, columns } = data[stream];
  return {
    write: (chunk) => {
      holdUntilStopped('output');
      // In the main thread the stream encodes the text itself: nothing to move.
      if (!here && typeof chunk === 'string' && chunk.length >= HANDED_OVER) postLong(stream, chunk);
      else post({ stream, chunk });
    },
    isTTY,
    ...(columns === undefined ? {} : { columns }),
  };
}

/** Runs the command the main thread started this thread with, one of `commands`. */
export function runCommandThread(commands: CommandTable): void {
  reportHeldFilesTo(data.heldFiles);
  shareWriteStop(data.writeStop);
  if (here) holdInMainThread();
  keepRunCaches();
  const context = commandContext({ stdout: sink('stdout'), stderr: sink('stderr') });
  // The exit code lives in memory the main thread reads too (a closed pipe ends the run with it).
  Object.defineProperty(context, 'exitCode', {
    get: () => Atomics.load(data.exitCode, 0),
    set: (code: number) => Atomics.store(data.exitCode, 0, code),
  });
  const run = runInContext(data.argv, context, commands);
  // The run chose its message language before its first wait. The interruption line is worded here, in it, now: the
  // main thread would take most of a second to load the messages when the signal comes.
  const interrupted = (signal: Signal): string =>
    wordMessage({ messageId: 'interrupted.by-signal', params: { signal } });
  post({
    language: messageLanguage(),
    interrupted: { SIGINT: interrupted('SIGINT'), SIGTERM: interrupted('SIGTERM') },
  });
  run.then(
    (code) => post({ done: code }),
    (error: unknown) => {
      reportFailure(error, data.argv, context);
      post({ done: context.exitCode });
    },
  );
}
