// The secret that seals the caches (src/io/cache-secret.ts, src/io/cache-seal.ts): made once per user, outside the
// cache folder, readable by the user alone; a secret others may read, or no safe place for one, leaves no secret.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheSecret, secretFolder } from '../../src/io/cache-secret.js';
import { sealWith } from '../../src/io/cache-seal.js';

const state = (): string => mkdtempSync(join(tmpdir(), 'clausemark-secret-'));

describe('secretFolder', () => {
  it("is the user's state folder, never the cache folder, and never a relative one", () => {
    expect(secretFolder({ XDG_STATE_HOME: '/s' }, 'linux', '/home/anna')).toEqual({ folder: '/s/clausemark' });
    expect(secretFolder({}, 'linux', '/home/anna')).toEqual({ folder: '/home/anna/.local/state/clausemark' });
    expect(secretFolder({ XDG_STATE_HOME: 'rel' }, 'linux', '/home/anna')).toEqual({
      folder: '/home/anna/.local/state/clausemark',
    });
    expect(secretFolder({}, 'darwin', '/Users/anna')).toEqual({
      folder: '/Users/anna/Library/Application Support/clausemark',
    });
    expect(secretFolder({ CLAUSEMARK_CACHE_DIR: '/c' }, 'linux', '')).toEqual({
      why: { messageId: 'cache-off.no-home', params: { home: '' } },
    });
  });
});

describe('cacheSecret', () => {
  it('is made on first use (32 random bytes, mode 0600 in a 0700 folder) and read back the same after', () => {
    const home = state();
    const made = cacheSecret({ XDG_STATE_HOME: home }, 'linux', '/nowhere');
    expect(made.secret?.length).toBe(32);
    const file = join(home, 'clausemark', 'cache-key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'clausemark')).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, 'utf8')).toBe(`${made.secret!.toString('hex')}\n`);
    expect(cacheSecret({ XDG_STATE_HOME: home }, 'linux', '/nowhere')).toEqual(made);
    expect(cacheSecret({ XDG_STATE_HOME: state() }, 'linux', '/nowhere').secret?.equals(made.secret!)).toBe(false);
  });

  it('is not used when others may read or change it, or when it is a link; a malformed one is made again', () => {
    for (const [mode, shown] of [
      [0o644, '0644'],
      [0o620, '0620'],
    ] as const) {
      const home = state();
      mkdirSync(join(home, 'clausemark'), { mode: 0o700 });
      const file = join(home, 'clausemark', 'cache-key');
      writeFileSync(file, `${'ab'.repeat(32)}\n`);
      chmodSync(file, mode);
      expect(cacheSecret({ XDG_STATE_HOME: home }, 'linux', '/nowhere')).toEqual({
        why: { messageId: 'cache-off.secret-unsafe', params: { file, mode: shown } },
      });
    }
    const linked = state();
    mkdirSync(join(linked, 'clausemark'), { mode: 0o700 });
    writeFileSync(join(linked, 'elsewhere'), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    symlinkSync(join(linked, 'elsewhere'), join(linked, 'clausemark', 'cache-key'));
    expect(cacheSecret({ XDG_STATE_HOME: linked }, 'linux', '/nowhere').why?.messageId).toBe('cache-off.secret-unsafe');
    const malformed = state();
    mkdirSync(join(malformed, 'clausemark'), { mode: 0o700 });
    writeFileSync(join(malformed, 'clausemark', 'cache-key'), 'half a ke', { mode: 0o600 });
    expect(cacheSecret({ XDG_STATE_HOME: malformed }, 'linux', '/nowhere').secret?.length).toBe(32);
  });

  it('has no place where the state folder is not safe', () => {
    const open = state();
    chmodSync(open, 0o777);
    const folder = join(open, 'clausemark');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    expect(cacheSecret({ XDG_STATE_HOME: open }, 'linux', '/nowhere')).toEqual({
      why: { messageId: 'cache-off.writable', params: { folder, mode: '0777' } },
    });
  });
});

describe('sealWith', () => {
  it('differs for another secret, another part, or the same bytes cut into other parts', () => {
    const secret = Buffer.alloc(32, 1);
    const seal = sealWith(secret, ['kind', 'name', 'payload']);
    expect(seal.length).toBe(32);
    expect(sealWith(Buffer.alloc(32, 2), ['kind', 'name', 'payload']).equals(seal)).toBe(false);
    expect(sealWith(secret, ['kind', 'name', 'payloaD']).equals(seal)).toBe(false);
    expect(sealWith(secret, ['kin', 'dname', 'payload']).equals(seal)).toBe(false);
    expect(sealWith(secret, ['kind', 'name', Buffer.from('payload')]).equals(seal)).toBe(false);
    expect(sealWith(secret, ['kind', 'name', 'payload']).equals(seal)).toBe(true);
  });
});
