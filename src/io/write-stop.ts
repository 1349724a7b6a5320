// Stopping every write on Ctrl-C or SIGTERM. The binary runs the command in a thread of its own (src/cli/binary.ts),
// and a build writes from worker threads too, so every thread's writer (src/io/atomic.ts) counts itself in and out
// of a counter shared through memory. The signal handler, in the main thread, marks the process as stopping and
// waits for the writes under way (milliseconds); after the mark no write starts and none is committed. Kept apart
// from atomic.ts, which loads the messages, so that the main thread, which only answers signals, loads little.
import { getEnvironmentData, isMainThread, setEnvironmentData } from 'node:worker_threads';

const SHARED_KEY = 'clausemark:atomic-writes';
const STOPPING = 0;
const ACTIVE = 1;
const shared = sharedState();

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
  const deadline = Date.now() + waitMs;
  let active = Atomics.load(shared, ACTIVE);
  for (; active > 0 && Date.now() < deadline; active = Atomics.load(shared, ACTIVE)) {
    Atomics.wait(shared, ACTIVE, active, Math.max(1, deadline - Date.now()));
  }
  return active <= 0;
}
