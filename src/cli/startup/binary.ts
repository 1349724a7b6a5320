// The binary's run (src/cli/main.ts loads it for every command but a bare --version): what only a real process does
// around one run of clausemark (src/cli/program.ts). The run itself goes in a thread of its own
// (src/cli/startup/command-thread.ts), so this thread is always free to answer Ctrl-C and SIGTERM: a long computation in
// JavaScript (an import, a diff, a comparison) never returns to its event loop to see a signal, and used to run on
// for minutes or die without a word. On a signal this thread stops the writes (src/io/atomic.ts: none is started or
// committed after it), removes the lock files the run held, says so in one line and exits 130 (SIGINT) or 143
// (SIGTERM), ending the command thread and its build workers wherever they are. It also writes the run's output to
// the process's streams, ends quietly when a reader closes the pipe early, and exits with the run's code. A `check`
// of a few small files, a printed `diff` of two small ones, or a `build` of one small policy, runs in this thread
// instead (src/cli/startup/main-thread-run.ts): it is done within a second, and a signal that came meanwhile is answered
// before its output is printed or its files replace the old ones.
import { createRequire } from 'node:module';
import { MessageChannel, Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { removeHeldFiles } from '../../io/held-files.js';
import type { MessageLanguage } from '../../io/messages.js';
import { stopWrites, writeStopMemory, writesStopped } from '../../io/write-stop.js';
import { codeFolderPath } from '../cache-place.js';
import { endRunMarkerOnExit } from './code-cache-runs.js';
import { deferOutput, fitsMainThread } from './main-thread-run.js';
import { type CommandThreadData, type CommandThreadNote, handOverToMainThreadRun, type Signal } from './thread-data.js';

/**
 * The command thread's start (src/cli/startup/thread-start.ts): in dist/cli/ seen from a bundle chunk, where
 * scripts/bundle.mjs writes it as CommonJS (thread-start.cjs), else beside this file as tsc writes it.
 */
const COMMAND_THREAD = fileURLToPath(
  typeof CLAUSEMARK_THREAD_START === 'string'
    ? new URL(`../cli/${CLAUSEMARK_THREAD_START}`, import.meta.url)
    : new URL('./thread-start.js', import.meta.url),
);

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * A message worded here, in the run's language. The messages (and the YAML reader) are loaded only when one is
 * needed, which is rarely: this thread otherwise loads next to nothing, the command thread loads them for the run.
 */
async function worded(language: MessageLanguage | undefined, messageId: string, params: Record<string, string>) {
  const messages = await import('../../io/messages.js');
  if (language) messages.setMessageLanguage(language);
  return messages.wordMessage({ messageId, params });
}

/**
 * Commands git runs once per file (the clause-aware `git diff` and `git log -p`, docs/diff.md): they write nothing
 * and take a fraction of a second, so they run in this thread, and a signal ends them at once by its default action.
 * A thread of their own cost each call 0.075 s more CPU (0.255 -> 0.330 s for textconv of a seed policy).
 */
const IN_THIS_THREAD = new Set(['textconv', 'git-diff']);

/** One run in this thread, its output straight to the process's streams (what a test does in its own process). */
async function runHere(): Promise<void> {
  const [{ keepRunCaches }, { commandContext }, { reportFailure, runInContext }, { COMMANDS }] = await Promise.all([
    import('./run-caches.js'),
    import('../context.js'),
    import('../program.js'),
    import('../command-table.js'),
  ]);
  keepRunCaches();
  const context = commandContext({ stdout: process.stdout, stderr: process.stderr });
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(context.exitCode);
      throw error;
    });
  }
  try {
    process.exitCode = await runInContext(process.argv, context, COMMANDS);
  } catch (error) {
    reportFailure(error, process.argv, context);
    process.exitCode = context.exitCode;
  }
}

/** How the main thread hears what the run tells it (its output, its language, its end), whichever thread runs it. */
function noteHandler(signalWords: (language: MessageLanguage, interrupted: Record<Signal, string>) => void) {
  return (note: CommandThreadNote): void => {
    if ('stream' in note) (note.stream === 'stdout' ? process.stdout : process.stderr).write(note.chunk);
    else if ('language' in note) signalWords(note.language as MessageLanguage, note.interrupted);
    else process.exitCode = note.done;
  };
}

/**
 * Loads the run's start into this thread: the bundle's CommonJS file by require (imported, node would first scan it
 * for its exports, ~5 ms), tsc's ES module by import.
 */
async function loadHere(start: string): Promise<void> {
  if (start.endsWith('.cjs')) createRequire(import.meta.url)(start);
  else await import(pathToFileURL(start).href);
}

/** The run failed outside itself (its thread ran out of memory, its code could not load): a bug or a limit. */
function reportThreadFailure(language: MessageLanguage | undefined, error: Error): Promise<void> {
  process.exitCode = 2;
  return worded(language, 'internal-error.command-thread', { message: error.message }).then((line) => {
    process.stderr.write(`clausemark: ${line}\n`);
  });
}

/** Runs the command in this thread: its code, loaded here, finds its data and where to tell its notes (thread-data.ts). */
function runInMainThread(
  data: CommandThreadData,
  tell: (note: CommandThreadNote) => void,
  language: () => MessageLanguage | undefined,
): void {
  handOverToMainThreadRun({ data, tell: deferOutput(tell, writesStopped) });
  // A fault the run does not catch ends it as a command thread's does (its 'error' in runBinary): one worded line,
  // exit 2, no stack trace; its writes are stopped as a signal stops them, so nothing more of it is printed or committed.
  process.once('uncaughtException', (error) => {
    stopWrites();
    void reportThreadFailure(language(), error).then(() => process.exit(2));
  });
  loadHere(COMMAND_THREAD).catch((error: Error) => reportThreadFailure(language(), error));
}

export function runBinary(): void {
  const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  if (command !== undefined && IN_THIS_THREAD.has(command)) {
    void runHere();
    return;
  }
  endRunMarkerOnExit(codeFolderPath());
  const exitCode = new Int32Array(new SharedArrayBuffer(4));
  const { port1: heldFiles, port2: heldFilesTold } = new MessageChannel();
  const streamInfo = (stream: NodeJS.WriteStream) => ({
    isTTY: stream.isTTY === true,
    ...(stream.isTTY ? { columns: stream.columns } : {}),
  });
  const data: CommandThreadData = {
    argv: process.argv,
    stdout: streamInfo(process.stdout),
    stderr: streamInfo(process.stderr),
    heldFiles: heldFilesTold,
    exitCode,
    writeStop: writeStopMemory(),
  };
  // The line a signal prints, worded by the run in its language as soon as it has chosen it; until then (the first
  // fraction of a second) worded here, once the writes are stopped.
  let language: MessageLanguage | undefined;
  let interrupted: Record<Signal, string> | undefined;
  const end = (signal: Signal, line: string): never => {
    process.stderr.write(`\nclausemark: ${line}\n`);
    return process.exit(EXIT_CODES[signal]);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopWrites();
      removeHeldFiles(heldFiles, String(process.pid));
      if (interrupted) end(signal, interrupted[signal]);
      void worded(language, 'interrupted.by-signal', { signal }).then((line) => end(signal, line));
    });
  }
  // A reader that stops early (`clausemark diff … | head`) closes the pipe: that is not an error, just stop quietly,
  // with the exit code the run has set so far.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(Atomics.load(exitCode, 0));
      throw error;
    });
  }
  const tell = noteHandler((chosen, words) => {
    language = chosen;
    interrupted = words;
  });
  if (fitsMainThread(process.argv.slice(2))) {
    runInMainThread(data, tell, () => language);
    return;
  }
  const worker = new Worker(COMMAND_THREAD, { workerData: data, transferList: [heldFilesTold] });
  worker.on('message', tell);
  worker.on('error', (error) => void reportThreadFailure(language, error));
}
