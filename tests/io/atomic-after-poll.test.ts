// The commit of a write in a run in the binary's main thread (src/io/atomic.ts, writeFileAtomicAfterPoll): the file
// waits in its temp file until the event loop has polled, where a signal that came during the work is answered;
// after one, the temp file is dropped and the old file stays. Without the poll, the main thread saw the signal only
// once the file had been replaced.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomicAfterPoll } from '../../src/io/atomic.js';
import { writesStopped } from '../../src/io/write-stop.js';

function folderWithOldFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-after-poll-'));
  const file = join(dir, 'beleid.docx');
  writeFileSync(file, 'oud');
  return { dir, file };
}

describe('a write that waits for the event loop to poll', () => {
  it('holds the new file in its temp file until then, and replaces the old one after', async () => {
    const { dir, file } = folderWithOldFile();
    const written = writeFileAtomicAfterPoll(file, 'nieuw');
    expect(readFileSync(file, 'utf8'), 'not replaced before the poll').toBe('oud');
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toHaveLength(1);
    await written;
    expect(readFileSync(file, 'utf8')).toBe('nieuw');
    expect(readdirSync(dir)).toEqual(['beleid.docx']);
  });

  it('leaves the old file and no temp file when a signal is answered in that poll', async () => {
    // Fresh modules: stopping the writes is for good in the copy it stops, and the unit lane's other files, which
    // share this worker's modules, write after this one.
    vi.resetModules();
    const atomic = await import('../../src/io/atomic.js');
    const { stopWrites } = await import('../../src/io/write-stop.js');
    const { dir, file } = folderWithOldFile();
    let waited: boolean | undefined;
    const written = atomic.writeFileAtomicAfterPoll(file, 'nieuw');
    // The signal handler, in this same thread: the write is counted out while it waits, so the handler need not wait.
    setImmediate(() => {
      waited = stopWrites(1);
    });
    await expect(written).rejects.toThrow(/interrupted before the file was written/);
    expect(waited, 'no write counted in during the poll').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('oud');
    expect(readdirSync(dir)).toEqual(['beleid.docx']);
    vi.resetModules();
    expect(writesStopped(), "the worker's own writes, which the files after this one use, still run").toBe(false);
  });
});
