// Where the CLI keeps its disk cache of word layouts (src/build/shaping-cache.ts): CLAUSEMARK_CACHE_DIR, else the
// user's cache folder. CLAUSEMARK_CACHE_DIR=off (or empty) builds without it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function shapingCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string | undefined {
  const chosen = env.CLAUSEMARK_CACHE_DIR;
  if (chosen !== undefined)
    return chosen === '' || chosen.toLowerCase() === 'off' ? undefined : join(chosen, 'shaping');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'clausemark', 'Cache', 'shaping');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'clausemark', 'shaping');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'clausemark', 'shaping');
}

/** The build option for it, or nothing when it is turned off. */
export function cacheOption(env: NodeJS.ProcessEnv = process.env): { shapingCache?: string } {
  const dir = shapingCacheDir(env);
  return dir ? { shapingCache: dir } : {};
}
