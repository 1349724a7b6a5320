// Every file clausemark writes goes through here: write a temp file beside the target, fsync, rename.
// A crash, an error or Ctrl-C therefore leaves either the old file or the new one, never half of one.
// What is not a regular file (a named pipe, a device, /dev/stdout) is written into in place, never replaced
// (src/io/special-files.ts). A file that is replaced keeps its permissions and (where the system lets us) its owner
// and group: the new file is made with them before it takes the old one's place. A read-only file is refused unless
// the caller forces it.
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
  mkdirSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isMainThread } from 'node:worker_threads';
import { type ClausemarkError, isClausemarkError } from '../model/errors.js';
import { errorById, type MessageIds } from './messages.js';
import { leftByEndedProcesses } from './process-alive.js';
import { inPlaceTarget, interruptedError, writeInPlace } from './special-files.js';
import { countWriteIn, holdUntilStopped, writesStopped } from './write-stop.js';

export { stopWrites, writesStopped } from './write-stop.js';

const pending = new Set<string>();
let cleanupInstalled = false;

// Ctrl-C and SIGTERM: after a signal (src/io/write-stop.ts) no write starts, and one under way is not renamed into
// place: after a signal no file is replaced, however far its temp file had come. The signal handler waits for the
// writes counted in here to finish or give up.

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // Remove temp files of writes cut short by the process ending; the targets are untouched.
  process.on('exit', () => {
    for (const temp of pending) rmSync(temp, { force: true });
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest ancestor of `dir` (or `dir` itself) that exists and is not a folder. */
function fileInTheWay(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      // Missing or unreachable: keep climbing.
    }
    if (dirname(at) === at) return undefined;
  }
}

export interface WriteOptions {
  /** Replace the file even when it is read-only; it stays read-only (its permissions are kept as always). */
  force?: boolean;
  /** The command's option that sets `force` (e.g. `--force`), for the hint when a read-only file is refused. */
  forceOption?: string;
  /**
   * The user's own file changed in place (approve, fmt --write, alignments.yaml), not an output: a symbolic link is
   * written through to the file it points to (the link stays a link), and a file with several names (hard links)
   * is refused, since replacing it would split the names. Outputs are replaced as they are, links and all: a link
   * in an output folder must not let a build write elsewhere.
   */
  edit?: boolean;
}

/**
 * The file an edit of `target` replaces: its real path, through any symbolic links. Refuses a file with more than
 * one name: writing it in place could leave half a policy after a crash, renaming over it splits the names, and
 * of the two, refusing is the only way that neither loses the atomic write nor silently unlinks the other names.
 */
export function editedFile(target: string): string {
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return target; // Not there (yet): a new file, nothing to follow.
  }
  const stats = existing(real);
  if (stats?.isFile() && stats.nlink > 1) {
    throw errorById(
      {
        messageId: 'hard-linked-file.message',
        fixId: 'hard-linked-file.one-name',
        params: { links: stats.nlink, target },
      },
      { place: { file: target }, ruleId: 'hard-linked-file' },
    );
  }
  return real;
}

/** The target's status when it exists (following a symbolic link), else undefined. */
function existing(target: string): Stats | undefined {
  try {
    return statSync(target);
  } catch {
    return undefined;
  }
}

/**
 * Whether the permission bits deny this process writing to the file. Judged by the bits, not by access(2): root
 * may write anywhere, yet a file someone made read-only (chmod 444) is still meant to stay as it is.
 */
function isReadOnly(stats: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return (stats.mode & 0o222) === 0;
  if (uid === 0 || uid === stats.uid) return (stats.mode & 0o200) === 0;
  if (process.getgroups?.().includes(stats.gid) || process.getgid?.() === stats.gid) return (stats.mode & 0o020) === 0;
  return (stats.mode & 0o002) === 0;
}

function readOnlyError(target: string, options: WriteOptions): ClausemarkError {
  const ids: MessageIds = options.forceOption
    ? {
        messageId: 'read-only-file.message',
        fixId: 'read-only-file.writable-or-force',
        params: { target, option: options.forceOption },
      }
    : { messageId: 'read-only-file.message', fixId: 'read-only-file.writable-or-remove', params: { target } };
  return errorById(ids, { place: { file: target }, ruleId: 'read-only-file' });
}

/**
 * Refuses a target that exists and is read-only (unless `force`), with a message naming it. writeFileAtomic checks
 * this itself; callers that write several files check them all first, so a refusal leaves every file as it was.
 */
export function assertWritable(target: string, options: WriteOptions = {}): void {
  const stats = existing(target);
  if (stats?.isFile() && !options.force && isReadOnly(stats)) throw readOnlyError(target, options);
}

export function writeFileAtomic(named: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  stageFile(named, data, options)?.commit();
}

/** Two hops: a run that ends within a poll's callbacks would see its first setImmediate run before the loop polls. */
const pollOnce = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

/**
 * writeFileAtomic for a run that may be in the binary's main thread (src/cli/startup/main-thread-run.ts), which cannot see
 * a signal while it computes: there the file is written to its temp file, then the event loop polls once, where a
 * signal that came during the work is answered (the process ends, the temp file removed, the old file untouched),
 * and only then is it renamed into place. In any other thread it is writeFileAtomic: the main thread answers the
 * signal and waits for the write, which sees the signal at its commit point.
 */
export async function writeFileAtomicAfterPoll(
  named: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const staged = stageFile(named, data, options);
  if (!staged) return;
  if (isMainThread) {
    // Counted out while the loop polls: the signal handler, in this same thread, would wait for it in vain.
    staged.pause();
    await pollOnce();
    staged.resume();
  }
  staged.commit();
}

/** A file written to its temp file, not yet renamed into place. */
interface StagedFile {
  /** Counts the write out for a wait (the signal handler waits for the writes counted in). */
  pause(): void;
  /** Counts it in again. */
  resume(): void;
  /** Renames it into place, unless a signal has stopped the writes; counts it out. */
  commit(): void;
  /** Removes the temp file (and the folders made for it, after a signal); counts it out. */
  drop(): void;
}

/**
 * Makes `dir` for `target` (refusing a file in the way, or a folder where the file goes); the first folder it made,
 * if any, for an interrupted write to remove again.
 */
function folderFor(dir: string, target: string): string | undefined {
  let created: string | undefined;
  try {
    created = mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR / EEXIST: somewhere on the way is a file where a folder should be; name it, the code alone says little.
    const blocker = code === 'ENOTDIR' || code === 'EEXIST' ? fileInTheWay(dir) : undefined;
    throw errorById(
      blocker
        ? {
            messageId: 'unwritable-output.file-in-the-way',
            fixId: 'unwritable-output.move-file',
            params: { dir, blocker },
          }
        : {
            messageId: 'unwritable-output.cannot-create-folder',
            fixId: 'unwritable-output.writable-folder',
            params: { dir, code: code ?? 'error' },
          },
      { place: { file: target }, ruleId: 'unwritable-output' },
    );
  }
  if (isDirectory(target)) {
    throw errorById(
      { messageId: 'unwritable-output.is-folder', fixId: 'unwritable-output.name-a-file' },
      { place: { file: target }, ruleId: 'unwritable-output' },
    );
  }
  return created;
}

/** The file written to its temp file beside `named`, or undefined when it was written in place (no commit). */
function stageFile(named: string, data: string | Uint8Array, options: WriteOptions): StagedFile | undefined {
  installCleanup();
  const target = options.edit ? editedFile(named) : named;
  assertWritable(target, options);
  // A named pipe, a device or an open file (/dev/stdout) is written into, never replaced (src/io/special-files.ts).
  // Not counted in: it has no commit to wait for, and a pipe nobody reads would hold a signal's exit for ever.
  const inPlace = inPlaceTarget(target);
  if (inPlace) {
    writeInPlace(target, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, inPlace);
    return undefined;
  }
  const dir = dirname(target);
  const created = folderFor(dir, target);
  let done: (() => void) | undefined = countWriteIn();
  const countOut = (): void => {
    done?.();
    done = undefined;
  };
  // Interrupted: the folders this write made for its file go with it, so a signal leaves nothing behind.
  const interrupted = (): void => {
    if (writesStopped() && created !== undefined) removeEmptyFolders(dir, created);
  };
  let temp: string;
  try {
    // Checked after counting in: the signal handler either sees this write and waits for it, or it is not started.
    if (writesStopped()) throw interruptedError(target);
    temp = writeTemp(dir, target, data, existing(target), options.edit === true);
  } catch (error) {
    interrupted();
    countOut();
    throw error;
  }
  const drop = (): void => {
    rmSync(temp, { force: true });
    pending.delete(temp);
    interrupted();
    countOut();
  };
  return {
    pause: countOut,
    resume: () => {
      done ??= countWriteIn();
    },
    commit: () => {
      try {
        // The commit point: after a signal the temp file is dropped, not renamed over the old file.
        if (writesStopped()) throw interruptedError(target);
        renameOrFail(temp, target, dir, options.edit === true);
      } catch (error) {
        drop();
        throw error;
      }
      pending.delete(temp);
      countOut();
    },
    drop,
  };
}

/** Removes `dir` and the folders above it up to `top`, while each is empty (one another write filled stays). */
function removeEmptyFolders(dir: string, top: string): void {
  for (let folder = dir; ; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === top || dirname(folder) === folder) return;
  }
}

/** Gives the new file the old one's owner and group (when allowed: only root may give a file away) and mode. */
function takeOver(fd: number, old: Stats): void {
  if (old.uid !== process.getuid?.() || old.gid !== process.getgid?.()) {
    try {
      fchownSync(fd, old.uid, old.gid);
    } catch {
      // Not permitted (an ordinary user cannot give a file away): the file is then theirs, as any new file.
    }
  }
  // After chown, which may clear set-id bits; explicitly, because the mode given to open() is cut by the umask.
  fchmodSync(fd, old.mode & 0o7777);
}

/**
 * Removes the temp files of earlier writes of this target whose process is gone: a write killed outright (SIGKILL,
 * power cut) runs no handler, so its temp file is only found by the next write of the same file. Temp files of
 * running processes (another write under way) and of this one (its worker threads) are left alone.
 */
function removeStaleTemps(dir: string, target: string): void {
  const prefix = `.${basename(target)}.tmp-`;
  const pidOf = (name: string): number | undefined => {
    const match = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]{8}$/.exec(name.slice(prefix.length)) : null;
    return match ? Number(match[1]) : undefined;
  };
  for (const name of leftByEndedProcesses(dir, pidOf)) rmSync(join(dir, name), { force: true });
}

/** `data` written to a new temp file beside `target` and made to last (fsync); its path, to rename into place. */
function writeTemp(dir: string, target: string, data: string | Uint8Array, old: Stats | undefined, inPlace: boolean) {
  removeStaleTemps(dir, target);
  const temp = join(dir, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  pending.add(temp);
  let fd: number | undefined;
  try {
    // Replacing a file: owner-only until it has the old file's permissions, so a private file is never readable
    // by others, not even as a temp file.
    fd = openSync(temp, 'wx', old ? 0o600 : 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (old) takeOver(fd, old);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    holdUntilStopped('commit');
    return temp;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    pending.delete(temp);
    throw writeFailure(error, dir, target, inPlace);
  }
}

/** Renames `temp` over `target`; a failure worded as writeTemp words it. */
function renameOrFail(temp: string, target: string, dir: string, inPlace: boolean): void {
  try {
    renameSync(temp, target);
  } catch (error) {
    throw writeFailure(error, dir, target, inPlace);
  }
}

/** `error` as the user reads it: a clausemark error as it is, a system error worded. */
function writeFailure(error: unknown, dir: string, target: string, inPlace: boolean): unknown {
  if (isClausemarkError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return errorById(
    // A full disk (or quota) says so and where to make room: "ENOSPC" alone tells a policy officer nothing. A file
    // changed in place (approve, fmt --write) has no other folder to go to, so its hint does not offer --out.
    code === 'ENOSPC' || code === 'EDQUOT'
      ? {
          messageId: 'unwritable-output.disk-full',
          fixId: inPlace ? 'unwritable-output.free-space-in-place' : 'unwritable-output.free-space',
          params: { code, dir },
        }
      : {
          messageId: 'unwritable-output.cannot-write',
          fixId:
            code === 'EACCES' || code === 'EROFS'
              ? 'unwritable-output.writable-folder'
              : 'unwritable-output.check-space',
          params: { code: code ?? String(error) },
        },
    { place: { file: target }, ruleId: 'unwritable-output' },
  );
}
