// writeFileAtomic replacing a file: the new file has the old one's permissions; a read-only file is refused (with a
// hint fit for the caller) unless forced. The commands that use it are tested through the CLI in tests/cli/file-modes.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { ClausemarkError } from '../../src/model/errors.js';

function fileWithMode(mode: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-atomic-')), 'out.pdf');
  writeFileSync(file, 'oud');
  chmodSync(file, mode);
  return file;
}

const modeOf = (file: string): string => (statSync(file).mode & 0o7777).toString(8);

describe('writeFileAtomic', () => {
  it('keeps the mode of the file it replaces, set-group-id bit included', () => {
    for (const mode of [0o600, 0o640, 0o755, 0o2775]) {
      const file = fileWithMode(mode);
      writeFileAtomic(file, 'nieuw');
      expect(readFileSync(file, 'utf8')).toBe('nieuw');
      expect(modeOf(file)).toBe(mode.toString(8));
    }
  });

  it('refuses a read-only file without a --force to offer: the hint says to make it writable or remove it', () => {
    const file = fileWithMode(0o444);
    let error: unknown;
    try {
      writeFileAtomic(file, 'nieuw');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClausemarkError);
    expect((error as ClausemarkError).format()).toBe(
      `${file}: the file is read-only, so it was left unchanged\n  fix: make it writable (chmod u+w ${file}), or remove it first`,
    );
    expect(readFileSync(file, 'utf8')).toBe('oud');
    expect(readdirSync(join(file, '..'))).toEqual(['out.pdf']);
  });

  it('replaces a read-only file when forced, and it stays read-only', () => {
    const file = fileWithMode(0o444);
    writeFileAtomic(file, 'nieuw', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('nieuw');
    expect(modeOf(file)).toBe('444');
  });
});

describe('signal handling', () => {
  it('is not taken over by importing the library: the binary owns the signals (src/cli/startup/binary.ts)', async () => {
    vi.resetModules();
    const counts = (): number[] => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const none = counts();
    const atomic = await import('../../src/io/atomic.js');
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-atomic-'));
    atomic.writeFileAtomic(join(dir, 'a.txt'), 'tekst');
    expect(counts(), 'a library write does not take the host signals').toEqual(none);
  });

  it('after stopWrites (what the signal handler does) no write starts: the old file stays, no temp file', async () => {
    vi.resetModules();
    const atomic = await import('../../src/io/atomic.js');
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-atomic-'));
    const file = join(dir, 'beleid.md');
    writeFileSync(file, 'oud');
    expect(atomic.writesStopped()).toBe(false);
    expect(atomic.stopWrites(), 'no write was under way').toBe(true);
    expect(atomic.writesStopped()).toBe(true);
    expect(() => atomic.writeFileAtomic(file, 'nieuw')).toThrow(/interrupted before the file was written/);
    expect(readFileSync(file, 'utf8')).toBe('oud');
    expect(readdirSync(dir)).toEqual(['beleid.md']);
    vi.resetModules();
  });
});

describe('temp files left by a killed write', () => {
  it('are removed by the next write of the same file when their process is gone, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-atomic-'));
    const target = join(dir, 'beleid.pdf');
    // A process that has exited: its pid is free, as that of a write killed with SIGKILL.
    const dead = spawnSync('true').pid;
    const stale = `.beleid.pdf.tmp-${dead}-0a1b2c3d`;
    const running = `.beleid.pdf.tmp-${process.ppid}-0a1b2c3d`;
    const otherFile = `.ander.pdf.tmp-${dead}-0a1b2c3d`;
    for (const name of [stale, running, otherFile]) writeFileSync(join(dir, name), 'half');
    writeFileAtomic(target, 'nieuw');
    expect(readdirSync(dir).sort()).toEqual([running, otherFile, 'beleid.pdf'].sort());
  });
});
