// A folder only this user can change: the cache folder (src/cli/cache.ts) and the folder of the key that seals its
// entries (src/io/cache-secret.ts). A cache holds code clausemark runs and layouts it prints, so a folder another user
// (or a cloned repository, through a relative path) could write must not be used: it is made with mode 0700 (every
// missing parent too), and an existing one must be a folder of this user's, not writable by group or others. A
// symbolic link in its place counts only when this user or root made it. Parents that already existed are not
// judged: whoever could swap the folder through them still meets the owner check here and the seal on every entry.
import { lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { MessageRef } from '../model/diagnostics.js';

/** Made or found safe; refused with the reason to tell the user; or not to be had, which is said to nobody. */
export type FolderVerdict = { safe: true } | { safe: false; why: MessageRef } | { safe: false; why?: undefined };

/** The octal permission bits, as `ls -l` users know them from chmod. */
const octal = (mode: number): string => `0${(mode & 0o777).toString(8)}`;

/**
 * Makes `folder` and its missing parents, each with mode 0700, one at a time from the deepest one there: node's own
 * recursive mkdir loops for ever where a parent exists but refuses a child with ENOENT (/proc).
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    try {
      lstatSync(at);
      break;
    } catch {
      if (dirname(at) === at) break;
      missing.push(at);
    }
  }
  for (const made of missing.reverse()) {
    try {
      mkdirSync(made, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Makes `folder` (mode 0700, missing parents too) or judges the one there. A folder that cannot be made (a read-only
 * disk, no permission) is not a danger, only no cache: its verdict carries no reason, and the run goes on quietly.
 */
export function privateFolder(folder: string): FolderVerdict {
  if (!isAbsolute(folder)) return { safe: false, why: { messageId: 'cache-off.relative', params: { folder } } };
  try {
    makeFolders(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EEXIST')
      return { safe: false, why: { messageId: 'cache-off.not-a-folder', params: { folder } } };
    return { safe: false };
  }
  const uid = process.geteuid?.();
  try {
    const link = lstatSync(folder);
    const target = statSync(folder);
    if (!target.isDirectory()) return { safe: false, why: { messageId: 'cache-off.not-a-folder', params: { folder } } };
    if (uid === undefined) return { safe: true }; // Windows: no owner or mode bits to judge
    if (link.isSymbolicLink() && link.uid !== uid && link.uid !== 0)
      return { safe: false, why: { messageId: 'cache-off.link-of-another', params: { folder, owner: link.uid } } };
    if (target.uid !== uid)
      return { safe: false, why: { messageId: 'cache-off.not-owned', params: { folder, owner: target.uid } } };
    if ((target.mode & 0o022) !== 0)
      return { safe: false, why: { messageId: 'cache-off.writable', params: { folder, mode: octal(target.mode) } } };
    return { safe: true };
  } catch {
    return { safe: false };
  }
}
