// The lock of src/io/lock.ts on a disk that is full (issue 23, item 19): the lock file can be made (an empty file
// needs no data block) but its holder's name cannot be written into it. That ENOSPC was an internal error that left
// the nameless lock behind, so the next run waited 30 s for it. Now it is the disk-full message on the file itself,
// the work does not run and no lock is left. tests/hardening/disk-full.cli.test.ts shows it on a real full disk; here
// the full disk is a writeSync mocked to fail for the lock file alone.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockFileOf, withFileLock } from '../../src/io/lock.js';
import { thrownError } from '../support/thrown.js';
import { expectWorded } from '../support/worded.js';

/** The path whose writes fail as on a full disk, and the error code they fail with. */
const full = vi.hoisted(() => ({ path: '', code: 'ENOSPC' }));

vi.mock('node:fs', async (importOriginal) => {
  const { fsError, withFailingWrites } = await import('../support/failing-writes.js');
  return withFailingWrites(await importOriginal(), (path) =>
    full.path !== '' && path === full.path ? fsError(full.code, 'write failed') : undefined,
  );
});

afterEach(() => {
  full.path = '';
});

function policy(): string {
  const target = join(mkdtempSync(join(tmpdir(), 'clausemark-lock-full-')), 'beleid.md');
  writeFileSync(target, 'tekst');
  return target;
}

describe('withFileLock on a full disk', () => {
  it('says the disk is full, on the file, without running the work or leaving the lock', () => {
    const target = policy();
    full.path = lockFileOf(target);
    let ran = false;
    const error = thrownError(() =>
      withFileLock(target, () => {
        ran = true;
      }),
    );
    expect(ran).toBe(false);
    expect(existsSync(lockFileOf(target)), 'no lock left').toBe(false);
    expectWorded(error, {
      ruleId: 'unwritable-output',
      messageId: 'unwritable-output.disk-full',
      message: 'the disk is full (ENOSPC): this file was not written; an earlier version of it, if any, is unchanged',
      fixId: 'unwritable-output.free-space-in-place',
      fix: `free space on the disk holding ${dirname(target)}, then run the command again`,
    });
    expect(error.finding.file).toBe(target);
  });

  it('names another failure to write the lock as a lock that cannot be made, and leaves none', () => {
    const target = policy();
    full.path = lockFileOf(target);
    full.code = 'EIO';
    const error = thrownError(() => withFileLock(target, () => 'niet'));
    full.code = 'ENOSPC';
    expect(existsSync(lockFileOf(target)), 'no lock left').toBe(false);
    expect(error.finding).toMatchObject({ messageId: 'file-locked.cannot-lock', fixId: 'file-locked.writable-folder' });
    expect(error.message).toContain(`cannot create the lock file ${lockFileOf(target)} (EIO)`);
  });
});
