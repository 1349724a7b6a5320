// The commit point of a write (src/io/atomic.ts): a signal that comes while the temp file is being written (here:
// during its fsync) stops the write before the rename, so the old file stays and no temp file is left. Before, a write
// that had started was always renamed into place, so `fmt --write` said "interrupted" after rewriting the file. The
// folders a write made for its file go with it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const signal = vi.hoisted(() => ({ during: undefined as (() => void) | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const fsyncSync = ((fd: number) => {
    signal.during?.();
    actual.fsyncSync(fd);
  }) as typeof actual.fsyncSync;
  return { ...actual, fsyncSync, default: { ...actual, fsyncSync } };
});

const { writeFileAtomic } = await import('../../src/io/atomic.js');
const { stopWrites } = await import('../../src/io/write-stop.js');

describe('a signal during a write', () => {
  it('leaves the old file and no temp file: the temp file is not renamed into place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-commit-'));
    const file = join(dir, 'beleid.md');
    writeFileSync(file, 'oud');
    let waited: boolean | undefined;
    // The handler waits for the writes under way; with this one still counted in, the wait runs out (1 ms).
    signal.during = () => {
      waited = stopWrites(1);
    };
    expect(() => writeFileAtomic(file, 'nieuw')).toThrow(/interrupted before the file was written/);
    expect(waited, 'the write was counted in while it ran').toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('oud');
    expect(readdirSync(dir)).toEqual(['beleid.md']);
  });

  it('removes the folders the interrupted write made for its file, and only those', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-commit-folders-'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'ander.pdf'), 'van een andere schrijver');
    signal.during = () => void stopWrites(1);
    expect(() => writeFileAtomic(join(dir, 'out', 'school', 'sub', 'beleid.md'), 'nieuw')).toThrow(
      /interrupted before the file was written/,
    );
    // Before: `import … --out out/groot.md` interrupted left an empty out/ behind ("nothing written" was not true).
    expect(readdirSync(join(dir, 'out'))).toEqual(['ander.pdf']);
    expect(() => writeFileAtomic(join(dir, 'nieuw', 'beleid.md'), 'nieuw')).toThrow(/interrupted/);
    expect(readdirSync(dir)).toEqual(['out']);
  });
});
