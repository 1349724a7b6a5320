// Two copies of src/io/write-stop.ts in one thread (the binary's and the command bundle's, when the binary runs a
// `check` in its main thread): the run's copy takes the binary's memory, so the signal handler's stopWrites stops its
// writes too.
import { describe, expect, it, vi } from 'vitest';

async function freshCopy(): Promise<typeof import('../../src/io/write-stop.js')> {
  vi.resetModules();
  return import('../../src/io/write-stop.js');
}

describe('shareWriteStop', () => {
  it("makes a second copy count in the first copy's memory", async () => {
    const binary = await freshCopy();
    const run = await freshCopy();
    expect(run.writeStopMemory()).not.toBe(binary.writeStopMemory());
    run.shareWriteStop(binary.writeStopMemory());
    expect(run.writesStopped()).toBe(false);
    binary.stopWrites();
    expect(run.writesStopped(), "the binary's stop reaches the run's copy").toBe(true);
    vi.resetModules();
  });

  it('a copy that did not take it keeps its own memory', async () => {
    const binary = await freshCopy();
    const run = await freshCopy();
    binary.stopWrites();
    expect(run.writesStopped()).toBe(false);
    vi.resetModules();
  });
});
