// Where a run finds its start data and tells its notes (src/cli/startup/thread-data.ts): in a thread of its own, workerData
// and parentPort; in the binary's main thread, the hand-over the binary left there.
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CommandThreadNote,
  commandThreadData,
  handOverToMainThreadRun,
  runsInMainThread,
  tellMainThread,
} from '../../../src/cli/startup/thread-data.js';

const HAND_OVER = Symbol.for('clausemark.main-thread-run');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[HAND_OVER];
});

describe('the hand-over to a run in the main thread', () => {
  it('without one, this is no main-thread run', () => {
    expect(runsInMainThread()).toBe(false);
  });

  it('gives the run its data and takes its notes at once', () => {
    const told: CommandThreadNote[] = [];
    const { port2 } = new MessageChannel();
    const data = {
      argv: ['node', 'main.js', 'check', 'a.md'],
      stdout: { isTTY: false },
      stderr: { isTTY: false },
      heldFiles: port2,
      exitCode: new Int32Array(new SharedArrayBuffer(4)),
      writeStop: new SharedArrayBuffer(8),
    };
    handOverToMainThreadRun({ data, tell: (note) => told.push(note) });
    expect(runsInMainThread()).toBe(true);
    expect(commandThreadData()).toBe(data);
    tellMainThread({ stream: 'stdout', chunk: 'hello' });
    expect(told).toEqual([{ stream: 'stdout', chunk: 'hello' }]);
    port2.close();
  });
});
