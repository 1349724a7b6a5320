// Stopping every write on Ctrl-C or SIGTERM. The binary runs the command in a thread of its own (src/cli/startup/binary.ts),
// and a build writes from worker threads too, so every thread's writer (src/io/atomic.ts) counts itself in and out
// of a counter shared through memory. The signal handler, in the main thread, marks the process as stopping and
// waits for the writes under way (milliseconds); after the mark no write starts and none is committed. Kept apart
// from atomic.ts, which loads the messages, so that the main thread, which only answers signals, loads little.
import { existsSync, writeFileSync } from 'node:fs';
import { getEnvironmentData, isMainThread, setEnvironmentData } from 'node:worker_threads';

const SHARED_KEY = 'clausemark:atomic-writes';
const STOPPING = 0;
const ACTIVE = 1;
let shared = sharedState();

function sharedState(): Int32Array {
  if (isMainThread) {
    const state = new Int32Array(new SharedArrayBuffer(8));
    // Every Worker started after this gets the same memory (environment data is handed to each new worker).
    setEnvironmentData(SHARED_KEY, state.buffer);
    return state;
  }
  const inherited = getEnvironmentData(SHARED_KEY);
  return new Int32Array(inherited instanceof SharedArrayBuffer ? inherited : new SharedArrayBuffer(8));
}

/** The memory this copy of the module counts in, for the binary to hand to the run (src/cli/startup/thread-data.ts). */
export function writeStopMemory(): SharedArrayBuffer {
  return shared.buffer as SharedArrayBuffer;
}

/**
 * Counts in `memory` from now on, and hands it to the workers started after: the binary's, for the run's copy of
 * this module (the command's bundle), which in the binary's main thread would otherwise count in memory of its own
 * that the signal handler never stops.
 */
export function shareWriteStop(memory: SharedArrayBuffer): void {
  shared = new Int32Array(memory);
  if (isMainThread) setEnvironmentData(SHARED_KEY, memory);
}

/** Whether a signal has stopped this process's writes (in any of its threads). */
export function writesStopped(): boolean {
  return Atomics.load(shared, STOPPING) === 1;
}

/** Counts a write in; returns the call that counts it out (the signal handler waits while any is counted in). */
export function countWriteIn(): () => void {
  Atomics.add(shared, ACTIVE, 1);
  return () => {
    Atomics.sub(shared, ACTIVE, 1);
    Atomics.notify(shared, ACTIVE);
  };
}

/**
 * For the signal handler: no write starts or is committed from now on, in any thread; waits (up to `waitMs`) for
 * the writes under way to finish or give up. Returns whether they did.
 */
export function stopWrites(waitMs = 10_000): boolean {
  Atomics.store(shared, STOPPING, 1);
  // Wakes a thread held for a test (holdUntilStopped).
  Atomics.notify(shared, STOPPING);
  const deadline = Date.now() + waitMs;
  let active = Atomics.load(shared, ACTIVE);
  for (; active > 0 && Date.now() < deadline; active = Atomics.load(shared, ACTIVE)) {
    Atomics.wait(shared, ACTIVE, active, Math.max(1, deadline - Date.now()));
  }
  return active <= 0;
}

/** Where a run may be held for the signal tests (holdUntilStopped). */
export type HoldPoint = 'commit' | 'output';

/** Whether the command runs in the main thread (src/cli/startup/main-thread-run.ts) and is not yet held there. */
let commandInMainThread = false;

// Read once: holdUntilStopped is on the path of every printed chunk, and a run's environment does not change.
const HOLD_POINT = process.env.CLAUSEMARK_TEST_HOLD;
const HOLD_FILE = process.env.CLAUSEMARK_TEST_HOLD_FILE;

/**
 * For the signal tests only (tests/hardening/interrupt.ts), so that a signal finds a run at a moment the test chose
 * rather than one the clock chose: with CLAUSEMARK_TEST_HOLD set to `point`, a thread other than the main one that
 * reaches it creates the file CLAUSEMARK_TEST_HOLD_FILE names and waits, as a long computation would, until a signal
 * has stopped the writes; then it goes on (a held write is dropped at its commit point). A command run in the main
 * thread is held there once, until the test says it has signalled (holdMainThread). Points: `commit`, a file
 * written to its temp file and about to replace the old one (src/io/atomic.ts); `output`, the first words a command
 * thread prints (src/cli/startup/command-thread.ts). Without both variables it returns at once.
 */
export function holdUntilStopped(point: HoldPoint): void {
  if (HOLD_POINT !== point || !HOLD_FILE || writesStopped()) return;
  if (isMainThread) {
    if (commandInMainThread) holdMainThread(HOLD_FILE, point);
    return;
  }
  writeFileSync(HOLD_FILE, point);
  while (!writesStopped()) Atomics.wait(shared, STOPPING, 0);
}

/** For a command the binary runs in its main thread: holdUntilStopped holds it once as it holds a command thread. */
export function holdInMainThread(): void {
  commandInMainThread = true;
}

/**
 * The main thread held: it cannot see a signal while it waits (nor while it computes), so it waits, as a computation
 * would, until the test has sent the signal and says so by removing the file; the signal is answered when the run
 * next waits, before its output is written (src/cli/startup/main-thread-run.ts).
 */
function holdMainThread(file: string, point: HoldPoint): void {
  commandInMainThread = false;
  writeFileSync(file, `${point} (main thread)`);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (existsSync(file)) Atomics.wait(pause, 0, 0, 5);
}
