// Vitest's worker sends its progress to the main process from a timer and then waits for a reply, which it reads
// only when its event loop gets a turn. Tests run one after another as promise continuations, so a file of
// synchronous tests (spawnSync of the CLI, long in-process builds) can keep the loop busy far longer than vitest's
// 60 s RPC deadline: the unread reply then fails the run with `Timeout calling "onTaskUpdate"` although every test
// passed (seen on a loaded 2-core machine, in all lanes). One turn of the loop after each test reads the replies.
// It cannot help within one test: a test that blocks for over 60 s still trips the deadline. So runCli is
// asynchronous, and the longest property run (tests/fmt/property.test.ts) takes a turn before each document.
import { afterEach } from 'vitest';

/** Resolves after one full turn of the event loop, in which pending I/O (vitest's replies among it) is read. */
export function eventLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

afterEach(eventLoopTurn);
