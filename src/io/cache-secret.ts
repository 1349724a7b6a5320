// The secret that seals every cache entry (src/io/cache-seal.ts): 32 random bytes made on a user's first run, kept
// OUTSIDE the cache folder, in the user's state folder ($XDG_STATE_HOME/clausemark, else ~/.local/state/clausemark;
// ~/Library/Application Support/clausemark on macOS, %LOCALAPPDATA%\clausemark on Windows), in a file only the user may
// read (0600, in a folder of mode 0700, src/io/private-folder.ts). Whoever can write the cache folder but not read this
// file (another user through a shared or misconfigured folder, a cache restored from elsewhere: a CI cache, a backup,
// a copied home folder) cannot make an entry clausemark takes. A secret anyone else could read or change, or a state
// folder that is not an absolute folder of the user's own, turns the caches off (src/cli/cache.ts says why).
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { MessageRef } from '../model/diagnostics.js';
import { privateFolder } from './private-folder.js';

/** The secret, or why there is none: a reason to tell, or none (the state folder cannot be made: no cache, quietly). */
export type CacheSecret = { secret: Buffer; why?: undefined } | { secret?: undefined; why?: MessageRef };

const FILE = 'cache-key';
const BYTES = 32;

/** The folder that holds the secret, or why there is none (HOME empty or relative, and no XDG_STATE_HOME). */
export function secretFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): { folder: string } | { why: MessageRef } {
  const state = env.XDG_STATE_HOME;
  if (state && isAbsolute(state)) return { folder: join(state, 'clausemark') };
  const local = env.LOCALAPPDATA;
  if (platform === 'win32' && local && isAbsolute(local)) return { folder: join(local, 'clausemark') };
  if (!isAbsolute(home)) return { why: { messageId: 'cache-off.no-home', params: { home } } };
  if (platform === 'win32') return { folder: join(home, 'AppData', 'Local', 'clausemark') };
  if (platform === 'darwin') return { folder: join(home, 'Library', 'Application Support', 'clausemark') };
  return { folder: join(home, '.local', 'state', 'clausemark') };
}

/** The secret in `file`: its bytes, 'missing', 'malformed' (made again), or why it must not be used. */
function readSecret(file: string): Buffer | 'missing' | 'malformed' | MessageRef {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    return { messageId: 'cache-off.secret-unsafe', params: { file, mode: code ?? 'error' } };
  }
  try {
    const stats = fstatSync(fd);
    const uid = process.geteuid?.();
    const exposed = uid !== undefined && (stats.uid !== uid || (stats.mode & 0o077) !== 0);
    if (!stats.isFile() || exposed)
      return { messageId: 'cache-off.secret-unsafe', params: { file, mode: `0${(stats.mode & 0o777).toString(8)}` } };
    const hex = readFileSync(fd, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : 'malformed';
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes a new secret in `file`: written whole (0600) under a name of its own, then linked into place, so two first
 * runs at once agree on one secret (the second finds the first's). `replace` puts it over a malformed one.
 */
function makeSecret(file: string, replace: boolean): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${randomBytes(BYTES).toString('hex')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (replace) renameSync(temporary, file);
    else linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function loadSecret(folder: string): CacheSecret {
  const verdict = privateFolder(folder);
  if (!verdict.safe) return verdict.why ? { why: verdict.why } : {};
  const file = join(folder, FILE);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = readSecret(file);
      if (Buffer.isBuffer(found)) return { secret: found };
      if (typeof found === 'object') return { why: found };
      makeSecret(file, found === 'malformed');
    }
  } catch {
    // The state folder cannot be written (a read-only home): no secret, so no cache, as without a cache folder.
  }
  return {};
}

/** Secrets loaded in this thread, by folder (a test may point XDG_STATE_HOME elsewhere between runs). */
const loaded = new Map<string, CacheSecret>();

/** This user's cache secret, made on first use; or why there is none. Read once per thread. */
export function cacheSecret(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): CacheSecret {
  const place = secretFolder(env, platform, home);
  if ('why' in place) return { why: place.why };
  let secret = loaded.get(place.folder);
  if (secret === undefined) {
    secret = loadSecret(place.folder);
    loaded.set(place.folder, secret);
  }
  return secret;
}
