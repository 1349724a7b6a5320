// Every file clausemark writes goes through here: write a temp file beside the target, fsync, rename.
// A crash, an error or Ctrl-C therefore leaves either the old file or the new one, never half of one.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ClausemarkError } from '../model/errors.js';

const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // Remove temp files of writes cut short by the process ending; the targets are untouched.
  process.on('exit', () => {
    for (const temp of pending) rmSync(temp, { force: true });
  });
}

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  installCleanup();
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ClausemarkError(`cannot create the folder ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      place: { file: target },
      hint: 'choose an output folder you can write to (--out)',
      ruleId: 'unwritable-output',
    });
  }
  const temp = join(dir, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  pending.add(temp);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new ClausemarkError(`cannot write the file (${code ?? String(error)})`, {
      place: { file: target },
      hint: code === 'EACCES' || code === 'EROFS' ? 'choose an output folder you can write to (--out)' : 'check the path and free disk space',
      ruleId: 'unwritable-output',
    });
  } finally {
    pending.delete(temp);
  }
}
