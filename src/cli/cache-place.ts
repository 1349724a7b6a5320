// Where clausemark's cache folder is, as the settings name it, without looking at a file: CLAUSEMARK_CACHE_DIR, else
// the user's cache folder by the platform's rule. Only an absolute folder counts (the XDG rule: a relative
// XDG_CACHE_HOME is ignored; a relative CLAUSEMARK_CACHE_DIR, or HOME empty, leaves none). Kept apart from
// src/cli/cache.ts, which judges the folder, so the binary's main thread can name it (to remove its run marker,
// src/cli/startup/code-cache-runs.ts) while loading next to nothing.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { MessageRef } from '../model/diagnostics.js';

/** The cache folder the settings name, or why there is none; undefined: turned off (CLAUSEMARK_CACHE_DIR=off or empty). */
export function cacheFolderPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): { folder: string } | { why: MessageRef } | undefined {
  const chosen = env.CLAUSEMARK_CACHE_DIR;
  if (chosen !== undefined) {
    if (chosen === '' || chosen.toLowerCase() === 'off') return undefined;
    return isAbsolute(chosen)
      ? { folder: chosen }
      : { why: { messageId: 'cache-off.relative-setting', params: { name: 'CLAUSEMARK_CACHE_DIR', value: chosen } } };
  }
  const local = env.LOCALAPPDATA;
  if (platform === 'win32' && local && isAbsolute(local)) return { folder: join(local, 'clausemark', 'Cache') };
  const xdg = env.XDG_CACHE_HOME;
  if (platform !== 'win32' && platform !== 'darwin' && xdg && isAbsolute(xdg))
    return { folder: join(xdg, 'clausemark') };
  if (!isAbsolute(home)) return { why: { messageId: 'cache-off.no-home', params: { home } } };
  if (platform === 'win32') return { folder: join(home, 'AppData', 'Local', 'clausemark', 'Cache') };
  if (platform === 'darwin') return { folder: join(home, 'Library', 'Caches', 'clausemark') };
  return { folder: join(home, '.cache', 'clausemark') };
}

/** The code caches' folder inside the cache folder (src/cli/startup/code-cache.ts). */
export const CODE_FOLDER = 'code';

/** Where the code caches and run markers are, as the settings name it (nothing looked at): for the marker's removal. */
export function codeFolderPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const place = cacheFolderPath(env);
  return place && 'folder' in place ? join(place.folder, CODE_FOLDER) : undefined;
}
