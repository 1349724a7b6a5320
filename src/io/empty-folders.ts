// The folders clausemark writes its outputs into (out/<org>/, out/compare/), removed when removing its outputs left
// them empty, so that out/ does not fill with empty folders of organisations and comparisons no longer there. Only a
// folder a removed output was in, and those above it inside the output folder, never the output folder itself; and
// only while empty: rmdir removes no folder that holds anything (a file of the user's, one written meanwhile), and
// follows no symbolic link. Called by each removal while it is counted in as a write (src/io/write-stop.ts), so a
// signal waits for the folders as for the files, and after one nothing is removed.
import { rmdirSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** Removes the folders of `files` (outputs just removed) and those above them inside `top`, while each is empty. */
export function removeEmptiedFolders(files: readonly string[], top: string): void {
  const inside = `${resolve(top)}${sep}`;
  // The deepest first, so a folder that empties once its subfolder is gone goes too.
  const folders = [...new Set(files.map((file) => dirname(resolve(file))))].sort((a, b) => b.length - a.length);
  for (const first of folders) {
    for (let folder = first; folder.startsWith(inside); folder = dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break; // Not empty (or already gone, or not a folder): it and those above it stay.
      }
    }
  }
}
