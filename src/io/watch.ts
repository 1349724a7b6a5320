// Watching folders for `clausemark serve --watch`. Editors (and sed -i) save by writing a temp file and renaming it
// over the original: a watch on the file, or Node 20's recursive watch on Linux (which watches each file it found),
// follows the old file's inode and sees nothing after the first save. So every folder is watched on its own,
// without `recursive`: a folder's watch reports every name created, renamed or changed in it, whatever the inode.
// A rename in a folder may be a new or removed subfolder, so the folder's subfolders are looked at again then.
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';

export interface FolderWatch {
  /** The folders being watched now (for tests and messages). */
  folders(): string[];
  close(): void;
}

/** Hidden files (an editor's temp and swap files) and backups (`name~`) are not edits of the report's inputs. */
function isScratchName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~');
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => join(dir, entry.name));
  } catch {
    return [];
  }
}

/**
 * Calls `onChange` with the path of every file that changes under `roots` (subfolders included, also those made
 * later). Roots that do not exist, or cannot be watched, are passed to `onUnwatchable` and left out.
 */
export function watchFolders(
  roots: readonly string[],
  onChange: (path: string) => void,
  onUnwatchable: (root: string) => void = () => undefined,
): FolderWatch {
  const watchers = new Map<string, FSWatcher>();

  const forget = (dir: string): void => {
    for (const [folder, watcher] of watchers) {
      if (folder === dir || folder.startsWith(`${dir}${sep}`)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
  };

  /** Watches `dir` and every folder below it not yet watched; false when `dir` itself cannot be watched. */
  const add = (dir: string): boolean => {
    if (!watchers.has(dir)) {
      let watcher: FSWatcher;
      try {
        watcher = watch(dir, { persistent: true }, (event, name) => {
          if (event === 'rename') rescan(dir);
          if (name && !isScratchName(name)) onChange(join(dir, name));
        });
      } catch {
        return false;
      }
      // A folder that is deleted ends its watch with an error on some systems: drop it, its parent's rescan decides.
      watcher.on('error', () => forget(dir));
      watchers.set(dir, watcher);
    }
    for (const sub of subfolders(dir)) add(sub);
    return true;
  };

  /** After a rename in `dir`: watch subfolders that appeared, drop the watches of those that are gone. */
  const rescan = (dir: string): void => {
    const present = new Set(subfolders(dir));
    for (const folder of [...watchers.keys()]) {
      const parent = folder.slice(0, folder.lastIndexOf(sep));
      if (parent === dir && !present.has(folder)) forget(folder);
    }
    for (const sub of present) add(sub);
  };

  for (const root of roots) if (!add(root)) onUnwatchable(root);
  return {
    folders: () => [...watchers.keys()].sort(),
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
