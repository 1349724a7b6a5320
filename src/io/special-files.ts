// An output named with --out that is not a regular file: a named pipe (`mkfifo ff; clausemark diff … --out ff`), a
// character device (/dev/null, a terminal) or one of this process's open files (/dev/stdout, /dev/fd/3). The atomic
// write (src/io/atomic.ts) would rename a regular file over it: the pipe's reader would wait for ever, /dev/null run
// as root would become a file for every program on the machine. So these are written into, in place, as a shell's
// `>` writes them (no temp file: a pipe or a device has no "old version" to keep), and what cannot take a report is
// refused before anything is written: a block device (a disk), a socket, and a symbolic link to a pipe or device that
// is not one of this process's open files (a link in a cloned output folder must not aim a build at /dev/port).
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type ClausemarkError, isClausemarkError } from '../model/errors.js';
import { errorById } from './messages.js';
import { writesStopped } from './write-stop.js';

/** A write refused or abandoned because a signal stopped the process's writes (src/io/write-stop.ts). */
export function interruptedError(target: string): ClausemarkError {
  return errorById(
    { messageId: 'interrupted.message', fixId: 'interrupted.fix' },
    { place: { file: target }, ruleId: 'interrupted' },
  );
}

/** How a target that exists and is no regular file is written: into a pipe or device, or into an open file. */
export type InPlace = 'device' | 'open-file';

/** Sleeps the calling thread (a command or build thread; the main thread stays free for signals). */
const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A folder that is this process's table of open files: /proc/self/fd, which /dev/fd and /dev/stdout lead to. */
function isOwnFileTable(dir: string): boolean {
  try {
    return /^\/proc\/(?:self|\d+)\/fd$/.test(realpathSync(dir));
  } catch {
    return false;
  }
}

/** Whether `target`, a symbolic link, leads through this process's open files (/dev/stdout, /dev/fd/N, /proc/self/fd/N). */
function leadsToOpenFile(target: string): boolean {
  let at = resolve(target);
  for (let hop = 0; hop < 40; hop++) {
    if (isOwnFileTable(dirname(at))) return true;
    let link: string;
    try {
      if (!lstatSync(at).isSymbolicLink()) return false;
      link = readlinkSync(at);
    } catch {
      return false;
    }
    at = resolve(dirname(at), link);
  }
  return false;
}

function refused(target: string, messageId: string, params: Record<string, string> = {}): ClausemarkError {
  return errorById(
    { messageId, fixId: 'unwritable-output.name-a-regular-file', params },
    { place: { file: target }, ruleId: 'unwritable-output' },
  );
}

/**
 * How `target` is written when it exists and is not a regular file (or a link to one, or a folder, which the atomic
 * write handles as before); undefined when the atomic write applies. Throws, naming it, what must not be written.
 */
export function inPlaceTarget(target: string): InPlace | undefined {
  let link: ReturnType<typeof lstatSync>;
  try {
    link = lstatSync(target);
  } catch {
    return undefined; // not there yet: a new regular file
  }
  if (link.isFIFO() || link.isCharacterDevice()) return 'device';
  if (link.isBlockDevice()) throw refused(target, 'unwritable-output.block-device');
  if (link.isSocket()) throw refused(target, 'unwritable-output.socket');
  if (!link.isSymbolicLink()) return undefined;
  if (leadsToOpenFile(target)) return 'open-file';
  let real: ReturnType<typeof lstatSync>;
  try {
    real = lstatSync(realpathSync(target));
  } catch {
    return undefined; // a link to nothing: replaced as before
  }
  if (real.isFile() || real.isDirectory()) return undefined;
  throw refused(target, 'unwritable-output.link-to-special', { real: realpathSync(target) });
}

/**
 * Opens `target` for writing without blocking: a named pipe nobody reads yet is waited for (as a shell's `>` waits),
 * a little at a time, so a signal stops the wait within a tenth of a second (a thread blocked in open() would keep the
 * process from ending at all).
 */
function openWithoutBlocking(target: string, flags: number): number {
  for (;;) {
    if (writesStopped()) throw interruptedError(target);
    try {
      return openSync(target, flags | constants.O_NONBLOCK);
    } catch (error) {
      // ENXIO: a pipe with no reader yet. Anything else (no such device) is an error.
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || !isPipe(target)) throw error;
      pause(50);
    }
  }
}

function isPipe(target: string): boolean {
  try {
    return statSync(target).isFIFO();
  } catch {
    return false;
  }
}

/** Writes all of `bytes` to `fd`, opened without blocking: a full pipe is waited for, a signal ends the wait. */
function writeAll(fd: number, bytes: Uint8Array, target: string): void {
  let written = 0;
  while (written < bytes.length) {
    if (writesStopped()) throw interruptedError(target);
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      pause(5);
    }
  }
}

/**
 * Writes `bytes` into `target` as it is: a pipe or device opened for writing (which waits for a pipe's reader, as a
 * shell's `>` does), an open file of this process appended to. Nothing is written after a signal, and a signal ends a
 * wait for a reader.
 */
export function writeInPlace(target: string, bytes: Uint8Array, how: InPlace): void {
  let fd: number | undefined;
  try {
    // A pipe or device named directly must still be one when opened (never follow a link swapped in meanwhile); an
    // open file is appended to, after what the shell or the command wrote there before.
    const flags =
      how === 'device' ? constants.O_WRONLY | constants.O_NOFOLLOW : constants.O_WRONLY | constants.O_APPEND;
    fd = openWithoutBlocking(target, flags);
    const stats = fstatSync(fd);
    if (how === 'device' && !stats.isFIFO() && !stats.isCharacterDevice())
      throw refused(target, 'unwritable-output.link-to-special', { real: target });
    writeAll(fd, bytes, target);
  } catch (error) {
    if (isClausemarkError(error)) throw error;
    throw errorById(
      {
        messageId: 'unwritable-output.into-device-failed',
        fixId: 'unwritable-output.name-a-regular-file',
        params: { code: (error as NodeJS.ErrnoException).code ?? String(error) },
      },
      { place: { file: target }, ruleId: 'unwritable-output' },
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
