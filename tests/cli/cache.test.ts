import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  cacheOption,
  compiledTemplatesCacheDir,
  fontChecksCacheDir,
  messagesCacheDir,
  parsedFilesCacheDir,
  shapingCacheDir,
} from '../../src/cli/cache.js';

describe('shapingCacheDir', () => {
  const home = '/home/anna';

  it("follows each platform's place for caches", () => {
    expect(shapingCacheDir({}, 'linux', home)).toBe(join(home, '.cache', 'clausemark', 'shaping'));
    expect(shapingCacheDir({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', home)).toBe(
      join('/var/cache/anna', 'clausemark', 'shaping'),
    );
    expect(shapingCacheDir({}, 'darwin', home)).toBe(join(home, 'Library', 'Caches', 'clausemark', 'shaping'));
    expect(shapingCacheDir({ LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' }, 'win32', home)).toBe(
      join('C:\\Users\\anna\\AppData\\Local', 'clausemark', 'Cache', 'shaping'),
    );
  });

  it('takes CLAUSEMARK_CACHE_DIR first, and "off" or empty turns the cache off', () => {
    expect(shapingCacheDir({ CLAUSEMARK_CACHE_DIR: '/tmp/cm', XDG_CACHE_HOME: '/x' }, 'linux', home)).toBe(
      join('/tmp/cm', 'shaping'),
    );
    expect(shapingCacheDir({ CLAUSEMARK_CACHE_DIR: 'off' }, 'linux', home)).toBeUndefined();
    expect(shapingCacheDir({ CLAUSEMARK_CACHE_DIR: 'OFF' }, 'darwin', home)).toBeUndefined();
    expect(shapingCacheDir({ CLAUSEMARK_CACHE_DIR: '' }, 'linux', home)).toBeUndefined();
    expect(cacheOption({ CLAUSEMARK_CACHE_DIR: 'off' })).toEqual({});
    expect(cacheOption({ CLAUSEMARK_CACHE_DIR: '/tmp/cm' })).toEqual({ shapingCache: join('/tmp/cm', 'shaping') });
  });

  it('keeps the parsed messages files beside the layouts, and turns them off with them', () => {
    expect(messagesCacheDir({ CLAUSEMARK_CACHE_DIR: '/tmp/cm' })).toBe(join('/tmp/cm', 'messages'));
    expect(messagesCacheDir({ CLAUSEMARK_CACHE_DIR: 'off' })).toBeUndefined();
    expect(messagesCacheDir({ CLAUSEMARK_CACHE_DIR: '' })).toBeUndefined();
  });

  it('keeps the font verdicts, compiled wording templates and label files beside the layouts, and turns them off with them', () => {
    expect(fontChecksCacheDir({ CLAUSEMARK_CACHE_DIR: '/tmp/cm' })).toBe(join('/tmp/cm', 'fonts'));
    expect(compiledTemplatesCacheDir({ CLAUSEMARK_CACHE_DIR: '/tmp/cm' })).toBe(join('/tmp/cm', 'layouts'));
    expect(parsedFilesCacheDir({ CLAUSEMARK_CACHE_DIR: '/tmp/cm' })).toBe(join('/tmp/cm', 'parsed'));
    for (const off of ['off', '']) {
      expect(parsedFilesCacheDir({ CLAUSEMARK_CACHE_DIR: off })).toBeUndefined();
      expect(fontChecksCacheDir({ CLAUSEMARK_CACHE_DIR: off })).toBeUndefined();
      expect(compiledTemplatesCacheDir({ CLAUSEMARK_CACHE_DIR: off })).toBeUndefined();
    }
  });
});
