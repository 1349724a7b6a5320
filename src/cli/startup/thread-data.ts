// What a command's run starts from and how it tells the binary's main thread what it says (src/cli/startup/thread-run.ts):
// in a thread of its own, its workerData and parentPort; in the main thread itself (src/cli/startup/binary.ts runs a small
// `check` or `diff` there, src/cli/startup/main-thread-run.ts), a hand-over the binary leaves on globalThis under a registered symbol,
// since the binary's modules and the command's bundle are two copies of the code that share nothing else.
import { type MessagePort, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** What the main thread starts a run with. */
export interface CommandThreadData {
  argv: string[];
  /** Whether each stream is a terminal, and its width: colour, progress and binary refusals depend on them. */
  stdout: { isTTY: boolean; columns?: number };
  stderr: { isTTY: boolean; columns?: number };
  /** Where lock files held are told (src/io/held-files.ts). */
  heldFiles: MessagePort;
  /** The run's exit code so far, for the main thread to end with when the reader closes the pipe. */
  exitCode: Int32Array;
  /** The memory the binary's signal handler stops the writes in (src/io/write-stop.ts). */
  writeStop: SharedArrayBuffer;
}

export type Signal = 'SIGINT' | 'SIGTERM';

/** What a run tells the main thread. */
export type CommandThreadNote =
  | { stream: 'stdout' | 'stderr'; chunk: string | Uint8Array }
  | { language: string; interrupted: Record<Signal, string> }
  | { done: number };

/** A run in the main thread: its data, and where its notes go (called at once, not posted). */
export interface MainThreadRun {
  data: CommandThreadData;
  tell(note: CommandThreadNote): void;
}

const HAND_OVER = Symbol.for('clausemark.main-thread-run');

/** For the binary, before it loads the command's code into the main thread. */
export function handOverToMainThreadRun(run: MainThreadRun): void {
  (globalThis as Record<symbol, unknown>)[HAND_OVER] = run;
}

function mainThreadRun(): MainThreadRun | undefined {
  return isMainThread ? ((globalThis as Record<symbol, unknown>)[HAND_OVER] as MainThreadRun | undefined) : undefined;
}

/** Whether this run is the binary's main thread's own (no thread of its own). */
export function runsInMainThread(): boolean {
  return mainThreadRun() !== undefined;
}

/** The data the run was started with. */
export function commandThreadData(): CommandThreadData {
  return mainThreadRun()?.data ?? (workerData as CommandThreadData);
}

/** Tells the main thread `note`; in a thread of its own, moving `transfer` without a copy. */
export function tellMainThread(note: CommandThreadNote, transfer: ArrayBuffer[] = []): void {
  const here = mainThreadRun();
  if (here) here.tell(note);
  else parentPort?.postMessage(note, transfer);
}
