// The lock files a run holds, as the binary's main thread learns of them (src/io/held-files.ts): its signal handler
// removes those still held and naming this process, and leaves alone one released, or one another process holds.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { holdingFile, releasedFile, removeHeldFiles, reportHeldFilesTo } from '../../src/io/held-files.js';
import { withFileLock } from '../../src/io/lock.js';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

function told() {
  const channel = new MessageChannel();
  channels.push(channel);
  reportHeldFilesTo(channel.port2);
  return channel.port1;
}

describe('files held when a signal comes', () => {
  it('removes a held file naming this process; keeps a released one and one naming another process', () => {
    const port = told();
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-held-'));
    const mine = join(dir, '.a.md.lock');
    const released = join(dir, '.b.md.lock');
    const theirs = join(dir, '.c.md.lock');
    writeFileSync(mine, `${process.pid} ${Date.now()} host`);
    writeFileSync(released, `${process.pid} ${Date.now()} host`);
    writeFileSync(theirs, `${process.pid + 1} ${Date.now()} host`);
    for (const path of [mine, released, theirs]) holdingFile(path);
    releasedFile(released);
    removeHeldFiles(port, String(process.pid));
    expect([existsSync(mine), existsSync(released), existsSync(theirs)]).toEqual([false, true, true]);
  });

  it('hears of a lock while it is held, and of its release after', () => {
    const port = told();
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-held-'));
    const file = join(dir, 'beleid.md');
    writeFileSync(file, 'tekst');
    const lock = join(dir, '.beleid.md.lock');
    // Inside the lock, as the main thread's handler would run during the work: the lock file goes.
    withFileLock(file, () => {
      expect(existsSync(lock)).toBe(true);
      removeHeldFiles(port, String(process.pid));
      expect(existsSync(lock), 'removed while held').toBe(false);
    });
    // Released: nothing held any more, so a file of that name made afterwards is left alone.
    writeFileSync(lock, `${process.pid} ${Date.now()} host`);
    removeHeldFiles(port, String(process.pid));
    expect(existsSync(lock)).toBe(true);
  });
});
