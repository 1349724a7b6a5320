// Commands that change a file others may change at the same moment (approve, fmt --write, confirm and serve's
// confirm buttons on alignments.yaml) read, change and write it while holding a lock file beside it, so two runs
// never both start from the same old text and the second write silently drops the first one's change.
// The lock is a file made with O_EXCL (`wx`): creating it either succeeds for exactly one process or fails.
// It names its holder (process id, host, time): a lock whose process has died on this machine, or that is older
// than any real write takes, is stale and is taken over, so a crash never blocks the file for good.
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { holdingFile, releasedFile } from './held-files.js';
import { isRunning } from './process-alive.js';
import type { ClausemarkError } from '../model/errors.js';
import { errorById } from './messages.js';

/** How long to wait for another run's lock: writes take milliseconds, so this is a lock left by something else. */
const WAIT_MS = 30_000;
/** A lock older than this is stale even if its process seems to live (a reused pid, another machine on a share). */
const STALE_MS = 10 * 60_000;

/** The lock file of `file`: hidden, beside it, so it is on the same file system and in no policy listing. */
export function lockFileOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.lock`);
}

interface Holder {
  pid: number;
  host: string;
  since: number;
}

function parseHolder(text: string): Holder | undefined {
  const [pid, since, ...host] = text.split(' ');
  const holder = { pid: Number(pid), since: Number(since), host: host.join(' ').trim() };
  return Number.isInteger(holder.pid) && Number.isFinite(holder.since) ? holder : undefined;
}

/** How long a lock may stay without its holder's name: the moment between creating the file and writing into it. */
const UNNAMED_GRACE_MS = 30_000;

/** Milliseconds since the lock file was last written; 0 when it is gone (nothing to judge). */
function ageOf(lock: string, now: number): number {
  try {
    return now - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

function isStale(lock: string, text: string, now: number): boolean {
  const holder = parseHolder(text);
  // No name yet: a living holder is between creating the file and writing its name (on a busy machine that takes a
  // while); only a lock left that way for long is a crash's. Judging it stale at once let two runs write.
  if (!holder) return ageOf(lock, now) > UNNAMED_GRACE_MS;
  if (now - holder.since > STALE_MS) return true;
  return holder.host === hostname() && !isRunning(holder.pid);
}

function readLock(lock: string): string | undefined {
  try {
    return readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale lock, unless someone took it over first: the lock is moved aside (only one process can move a
 * given file) and put back when what was moved is not the stale lock that was judged.
 */
function breakStale(lock: string, judged: string): void {
  const aside = `${lock}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // Gone already: another process broke it.
  }
  if (readLock(aside) !== judged) {
    try {
      linkSync(aside, lock);
    } catch {
      // A newer lock is there again; the one moved aside was taken over and is let go.
    }
  }
  rmSync(aside, { force: true });
}

function cannotLockError(lock: string, code: string): ClausemarkError {
  return errorById(
    {
      messageId: 'file-locked.cannot-lock',
      fixId: 'file-locked.writable-folder',
      params: { lock, dir: dirname(lock), code },
    },
    { place: { file: lock }, ruleId: 'file-locked' },
  );
}

/** 'held': this process holds the lock now; 'taken': another does; 'no-folder': the file's folder does not exist. */
function tryCreate(file: string, lock: string): 'held' | 'taken' | 'no-folder' {
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'taken';
    if (code === 'ENOENT') return 'no-folder';
    throw cannotLockError(lock, code ?? String(error));
  }
  try {
    writeSync(fd, `${process.pid} ${Date.now()} ${hostname()}`);
  } catch (error) {
    // A full disk makes the (empty) lock file but not its holder's name: a nameless lock left behind would hold up
    // the next run for UNNAMED_GRACE_MS, and ENOSPC is worded as the full disk it is.
    closeSync(fd);
    rmSync(lock, { force: true });
    throw unnamedLockError(file, lock, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  closeSync(fd);
  return 'held';
}

/** The error for a lock file made but not named: the disk is full (said of the file the lock guards), or else. */
function unnamedLockError(file: string, lock: string, code: string): ClausemarkError {
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return errorById(
      {
        messageId: 'unwritable-output.disk-full',
        fixId: 'unwritable-output.free-space-in-place',
        params: { code, dir: dirname(lock) },
      },
      { place: { file }, ruleId: 'unwritable-output' },
    );
  }
  return cannotLockError(lock, code);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => {
  Atomics.wait(sleeper, 0, 0, ms);
};

/**
 * Runs `work` while holding the lock of `file` and returns what it returns. `work` must read the file itself:
 * whatever was read before the lock was taken may be out of date by then.
 */
export function withFileLock<T>(file: string, work: () => T, options: { waitMs?: number } = {}): T {
  const lock = lockFileOf(file);
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  holdingFile(lock);
  try {
    return workLocked(file, lock, deadline, work);
  } finally {
    releasedFile(lock);
  }
}

function workLocked<T>(file: string, lock: string, deadline: number, work: () => T): T {
  let state = tryCreate(file, lock);
  for (let attempt = 0; state === 'taken'; attempt++, state = tryCreate(file, lock)) {
    const text = readLock(lock);
    if (text !== undefined && isStale(lock, text, Date.now())) {
      breakStale(lock, text);
      continue;
    }
    if (Date.now() > deadline) {
      const holder = text === undefined ? undefined : parseHolder(text);
      throw errorById(
        {
          messageId: 'file-locked.message',
          fixId: 'file-locked.wait-or-remove',
          params: { lock, pid: holder?.pid ?? '?', host: holder?.host ?? '?' },
        },
        { place: { file }, ruleId: 'file-locked' },
      );
    }
    // A few milliseconds at first (another write is nearly done), up to a quarter second.
    sleep(Math.min(250, 2 + attempt * 5 + Math.floor(Math.random() * 5)));
  }
  // No folder, so no file to protect: the work says what is missing ("no such file"), as it would without a lock.
  if (state === 'no-folder') return work();
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}
