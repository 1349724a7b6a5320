// Whether a source is gone, as build and the report ask before removing what was made from it: only where nothing is
// at its path, never where it merely cannot be looked at now (a folder not allowed to be read), so that no output of a
// policy still there is removed.
import { statSync } from 'node:fs';

/** Whether nothing is at `path`: not one that cannot be looked at now. */
export function isGone(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}
