// Where the CLI keeps its disk caches, one folder each under clausemark's cache folder: word layouts (shaping/,
// src/pipeline/shaping-cache.ts), the parsed messages files (messages/, src/io/messages-cache.ts), the fonts that
// passed the brand check and the characters each draws (fonts/, src/brand/font-checks.ts), the compiled wording
// templates (layouts/, src/wording/compiled-cache.ts), the label files as read (parsed/, src/io/parsed-cache.ts) and
// the command thread's compiled code (code/, src/cli/code-cache.ts).
// CLAUSEMARK_CACHE_DIR, else the user's cache folder. CLAUSEMARK_CACHE_DIR=off (or empty) runs without them.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** clausemark's cache folder, or undefined when the caches are turned off. */
function cacheFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string | undefined {
  const chosen = env.CLAUSEMARK_CACHE_DIR;
  if (chosen !== undefined) return chosen === '' || chosen.toLowerCase() === 'off' ? undefined : chosen;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'clausemark', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'clausemark');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'clausemark');
}

export function shapingCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string | undefined {
  const folder = cacheFolder(env, platform, home);
  return folder === undefined ? undefined : join(folder, 'shaping');
}

/** Where the parsed messages files are kept, or undefined when the caches are turned off. */
export function messagesCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = cacheFolder(env);
  return folder === undefined ? undefined : join(folder, 'messages');
}

/** Where the verdicts of the brand's font check are kept, or undefined when the caches are turned off. */
export function fontChecksCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = cacheFolder(env);
  return folder === undefined ? undefined : join(folder, 'fonts');
}

/** Where the compiled wording templates are kept, or undefined when the caches are turned off. */
export function compiledTemplatesCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = cacheFolder(env);
  return folder === undefined ? undefined : join(folder, 'layouts');
}

/** Where settings files are kept as read (the label files), or undefined when the caches are turned off. */
export function parsedFilesCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = cacheFolder(env);
  return folder === undefined ? undefined : join(folder, 'parsed');
}

/** Where the command thread's compiled code is kept (src/cli/code-cache.ts), or undefined when caches are off. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = cacheFolder(env);
  return folder === undefined ? undefined : join(folder, 'code');
}

/** The build option for it, or nothing when it is turned off. */
export function cacheOption(env: NodeJS.ProcessEnv = process.env): { shapingCache?: string } {
  const dir = shapingCacheDir(env);
  return dir ? { shapingCache: dir } : {};
}
