import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolderPath, codeFolderPath } from '../../src/cli/cache-place.js';
import {
  alignmentCacheDir,
  checkFindingsCacheDir,
  cacheOption,
  cachesOffNotice,
  codeCacheDir,
  compiledTemplatesCacheDir,
  fontChecksCacheDir,
  messagesCacheDir,
  parsedFilesCacheDir,
  shapingCacheDir,
} from '../../src/cli/cache.js';

describe('cacheFolderPath', () => {
  const home = '/home/anna';

  it("follows each platform's place for caches", () => {
    expect(cacheFolderPath({}, 'linux', home)).toEqual({ folder: join(home, '.cache', 'clausemark') });
    expect(cacheFolderPath({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', home)).toEqual({
      folder: join('/var/cache/anna', 'clausemark'),
    });
    expect(cacheFolderPath({}, 'darwin', home)).toEqual({ folder: join(home, 'Library', 'Caches', 'clausemark') });
    expect(cacheFolderPath({ LOCALAPPDATA: '/c/Users/anna/AppData/Local' }, 'win32', home)).toEqual({
      folder: join('/c/Users/anna/AppData/Local', 'clausemark', 'Cache'),
    });
  });

  it('takes CLAUSEMARK_CACHE_DIR first, and "off" or empty turns the caches off', () => {
    expect(cacheFolderPath({ CLAUSEMARK_CACHE_DIR: '/tmp/cm', XDG_CACHE_HOME: '/x' }, 'linux', home)).toEqual({
      folder: '/tmp/cm',
    });
    expect(cacheFolderPath({ CLAUSEMARK_CACHE_DIR: 'off' }, 'linux', home)).toBeUndefined();
    expect(cacheFolderPath({ CLAUSEMARK_CACHE_DIR: 'OFF' }, 'darwin', home)).toBeUndefined();
    expect(cacheFolderPath({ CLAUSEMARK_CACHE_DIR: '' }, 'linux', home)).toBeUndefined();
  });

  it('never names a relative folder: a relative CLAUSEMARK_CACHE_DIR or HOME says why, a relative XDG_CACHE_HOME is ignored', () => {
    expect(cacheFolderPath({ CLAUSEMARK_CACHE_DIR: 'cache' }, 'linux', home)).toEqual({
      why: { messageId: 'cache-off.relative-setting', params: { name: 'CLAUSEMARK_CACHE_DIR', value: 'cache' } },
    });
    expect(cacheFolderPath({ XDG_CACHE_HOME: 'xdg' }, 'linux', home)).toEqual({
      folder: join(home, '.cache', 'clausemark'),
    });
    for (const empty of ['', '.', 'home/anna'])
      expect(cacheFolderPath({}, 'linux', empty)).toEqual({
        why: { messageId: 'cache-off.no-home', params: { home: empty } },
      });
    expect(cacheFolderPath({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', '')).toEqual({
      folder: join('/var/cache/anna', 'clausemark'),
    });
    expect(cacheFolderPath({ LOCALAPPDATA: 'AppData' }, 'win32', '')).toEqual({
      why: { messageId: 'cache-off.no-home', params: { home: '' } },
    });
  });

  it("names the code caches' folder for the main thread without looking at it", () => {
    expect(codeFolderPath({ CLAUSEMARK_CACHE_DIR: '/nowhere/cm' })).toBe(join('/nowhere/cm', 'code'));
    expect(codeFolderPath({ CLAUSEMARK_CACHE_DIR: 'off' })).toBeUndefined();
    expect(codeFolderPath({ CLAUSEMARK_CACHE_DIR: 'relative' })).toBeUndefined();
  });
});

/** A cache folder and a state folder for the secret, both fresh and this user's. */
function settings(): { folder: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-cache-dirs-'));
  const folder = join(root, 'cache');
  return { folder, env: { CLAUSEMARK_CACHE_DIR: folder, XDG_STATE_HOME: join(root, 'state') } };
}

describe('the cache folders', () => {
  it('are made (mode 0700) and named one per cache, and none when turned off', () => {
    const { folder, env } = settings();
    expect(shapingCacheDir(env)).toBe(join(folder, 'shaping'));
    expect(messagesCacheDir(env)).toBe(join(folder, 'messages'));
    expect(fontChecksCacheDir(env)).toBe(join(folder, 'fonts'));
    expect(compiledTemplatesCacheDir(env)).toBe(join(folder, 'layouts'));
    expect(parsedFilesCacheDir(env)).toBe(join(folder, 'parsed'));
    expect(codeCacheDir(env)).toBe(join(folder, 'code'));
    expect(alignmentCacheDir(env)).toBe(join(folder, 'alignments'));
    expect(checkFindingsCacheDir(env)).toBe(join(folder, 'findings'));
    expect(cacheOption(env)).toEqual({
      shapingCache: join(folder, 'shaping'),
      alignmentCache: join(folder, 'alignments'),
    });
    expect(cachesOffNotice(env)).toBeUndefined();
    for (const off of ['off', '']) {
      const disabled = { ...env, CLAUSEMARK_CACHE_DIR: off };
      expect(shapingCacheDir(disabled)).toBeUndefined();
      expect(messagesCacheDir(disabled)).toBeUndefined();
      expect(codeCacheDir(disabled)).toBeUndefined();
      expect(alignmentCacheDir(disabled)).toBeUndefined();
      expect(checkFindingsCacheDir(disabled)).toBeUndefined();
      expect(cacheOption(disabled)).toEqual({});
      expect(cachesOffNotice(disabled), 'turned off on purpose: nothing to say').toBeUndefined();
    }
  });

  it('are off, with the reason, where the folder is relative, not a folder, or writable by others', () => {
    const { folder, env } = settings();
    const relative = { ...env, CLAUSEMARK_CACHE_DIR: 'cache' };
    expect(codeCacheDir(relative)).toBeUndefined();
    expect(cachesOffNotice(relative)?.messageId).toBe('cache-off.relative-setting');
    writeFileSync(join(folder, '..', 'file'), 'not a folder');
    const file = { ...env, CLAUSEMARK_CACHE_DIR: join(folder, '..', 'file') };
    expect(codeCacheDir(file)).toBeUndefined();
    expect(cachesOffNotice(file)?.messageId).toBe('cache-off.not-a-folder');
    expect(codeCacheDir(env)).toBe(join(folder, 'code'));
    chmodSync(folder, 0o770);
    expect(codeCacheDir(env), 'judged afresh: a folder made unsafe since is not used').toBeUndefined();
    expect(cachesOffNotice(env)).toEqual({ messageId: 'cache-off.writable', params: { folder, mode: '0770' } });
  });

  it('are off, with the reason, where the secret has no safe place or others may read it', () => {
    const { env } = settings();
    const noHome: NodeJS.ProcessEnv = { CLAUSEMARK_CACHE_DIR: env.CLAUSEMARK_CACHE_DIR };
    expect(shapingCacheDir(noHome, 'linux', '')).toBeUndefined();
    expect(cachesOffNotice(noHome, 'linux', '')).toEqual({ messageId: 'cache-off.no-home', params: { home: '' } });
    const state = join(env.XDG_STATE_HOME!, 'clausemark');
    mkdirSync(state, { recursive: true, mode: 0o700 });
    const key = join(state, 'cache-key');
    writeFileSync(key, `${'ab'.repeat(32)}\n`);
    chmodSync(key, 0o644);
    expect(codeCacheDir(env)).toBeUndefined();
    expect(cachesOffNotice(env)).toEqual({ messageId: 'cache-off.secret-unsafe', params: { file: key, mode: '0644' } });
  });
});
