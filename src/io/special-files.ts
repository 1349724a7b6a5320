// An output named with --out that is not a regular file: a named pipe (`mkfifo ff; clausemark diff … --out ff`), a
// character device (/dev/null, a terminal) or one of this process's open files (/dev/stdout, /dev/fd/3). The atomic
// write (src/io/atomic.ts) would rename a regular file over it: the pipe's reader would wait for ever, /dev/null run
// as root would become a file for every program on the machine. So these are written into, in place, as a shell's
// `>` writes them (no temp file: a pipe or a device has no "old version" to keep), and what cannot take a report is
// refused before anything is written: a block device (a disk), a socket, and a symbolic link to a pipe or device that
// is not one of this process's open files (a link in a cloned output folder must not aim a build at /dev/port).
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, realpathSync, writeSync } from 'node:fs';
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
 * Writes `bytes` into `target` as it is: a pipe or device opened for writing (which waits for a pipe's reader, as a
 * shell's `>` does), an open file of this process appended to. Nothing is written after a signal.
 */
export function writeInPlace(target: string, bytes: Uint8Array, how: InPlace): void {
  if (writesStopped()) throw interruptedError(target);
  let fd: number | undefined;
  try {
    // A pipe or device named directly must still be one when opened (never follow a link swapped in meanwhile); an
    // open file is appended to, after what the shell or the command wrote there before.
    const flags =
      how === 'device' ? constants.O_WRONLY | constants.O_NOFOLLOW : constants.O_WRONLY | constants.O_APPEND;
    fd = openSync(target, flags);
    const stats = fstatSync(fd);
    if (how === 'device' && !stats.isFIFO() && !stats.isCharacterDevice())
      throw refused(target, 'unwritable-output.link-to-special', { real: target });
    let written = 0;
    while (written < bytes.length) {
      if (writesStopped()) throw interruptedError(target);
      written += writeSync(fd, bytes, written, bytes.length - written);
    }
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
