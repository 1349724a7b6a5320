// How every cache file is written: whole, under a name of its own, then renamed over the entry, so a reader sees the
// old entry or the new one. No fsync: an entry lost or cut short by a crash fails its seal (cache-seal.ts) and is
// made afresh. A failure (a full disk, a folder that cannot be made) is skipped: a cache is only ever a shortcut.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `contents` to the cache file `file`, making its folder (mode 0700) when missing; false when it could not. */
export function writeCacheFile(file: string, contents: string | Uint8Array): boolean {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, contents, { mode: 0o600 });
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the folder could not be made or written: nothing was left
    }
    return false;
  }
}
