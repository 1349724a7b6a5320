// The lock of src/io/lock.ts: a lock whose holder lives is waited for and, past the wait, refused with a message
// naming the lock file and its holder, without running the work; a lock whose holder has ended is taken over.
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFileOf, withFileLock } from '../../src/io/lock.js';
import { thrownError } from '../support/thrown.js';
import { expectWorded } from '../support/worded.js';

function file(): string {
  const target = join(mkdtempSync(join(tmpdir(), 'clausemark-lock-')), 'alignments.yaml');
  writeFileSync(target, '');
  return target;
}

describe('withFileLock', () => {
  it('runs the work while holding a hidden lock file beside the file, and removes it after', () => {
    const target = file();
    const lock = lockFileOf(target);
    expect(lock).toBe(join(target, '..', '.alignments.yaml.lock'));
    expect(withFileLock(target, () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('removes the lock when the work throws', () => {
    const target = file();
    expect(() =>
      withFileLock(target, () => {
        throw new Error('kapot');
      }),
    ).toThrow('kapot');
    expect(existsSync(lockFileOf(target))).toBe(false);
  });

  it('refuses after the wait while a living process holds the lock, naming the lock and its holder', () => {
    const target = file();
    const lock = lockFileOf(target);
    writeFileSync(lock, `${process.pid} ${Date.now()} ${hostname()}`);
    let ran = false;
    const error = thrownError(() =>
      withFileLock(
        target,
        () => {
          ran = true;
        },
        { waitMs: 100 },
      ),
    );
    expect(ran).toBe(false);
    expectWorded(error, {
      ruleId: 'file-locked',
      messageId: 'file-locked.message',
      message: `another clausemark run is changing this file: ${lock} is held by process ${process.pid} on ${hostname()}, so it was left unchanged`,
      fixId: 'file-locked.wait-or-remove',
      fix: `run the command again when that run has finished; if no clausemark runs any more, remove ${lock}`,
    });
    expect(existsSync(lock)).toBe(true);
  });

  it('waits for a lock whose holder has created it but not yet written its name, instead of breaking it', () => {
    // A living holder between openSync('wx') and writing its name: breaking this lock let two confirms write at once
    // under load (tests/cli/parallel-writes.test.ts lost 2 of 24 entries).
    const target = file();
    writeFileSync(lockFileOf(target), '');
    let ran = false;
    const error = thrownError(() =>
      withFileLock(
        target,
        () => {
          ran = true;
        },
        { waitMs: 100 },
      ),
    );
    expect(ran).toBe(false);
    expect(error).toMatchObject({ finding: { messageId: 'file-locked.message' } });
    expect(existsSync(lockFileOf(target))).toBe(true);
  });

  it('takes over a lock left without a name for longer than creating one takes (a crash at that moment)', () => {
    const target = file();
    writeFileSync(lockFileOf(target), '');
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockFileOf(target), old, old);
    expect(withFileLock(target, () => 'gedaan', { waitMs: 100 })).toBe('gedaan');
    expect(existsSync(lockFileOf(target))).toBe(false);
  });

  it('takes over a lock of a process that has ended, and one older than any write takes', () => {
    for (const holder of [`99999999 ${Date.now()} ${hostname()}`, `${process.pid} ${Date.now() - 3_600_000} elders`]) {
      const target = file();
      writeFileSync(lockFileOf(target), holder);
      expect(withFileLock(target, () => 'gedaan', { waitMs: 100 })).toBe('gedaan');
      expect(existsSync(lockFileOf(target))).toBe(false);
    }
  });
});

describe('withFileLock where the folder is missing', () => {
  it('runs the work without a lock, so its own error (no such file) is the one the person sees', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'clausemark-lock-')), 'geen-map', 'beleid.md');
    expect(withFileLock(target, () => 'gelezen')).toBe('gelezen');
    expect(existsSync(lockFileOf(target))).toBe(false);
  });
});
