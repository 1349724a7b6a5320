// The cache folder and the secret's folder (src/io/private-folder.ts): made 0700 with every missing parent, else
// judged: a folder of another user, one others may write, a link another user made, or a file in its place is refused
// with the reason; one that cannot be made is refused quietly.
import {
  chmodSync,
  chownSync,
  lchownSync,
  mkdirSync,
  mkdtempSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateFolder } from '../../src/io/private-folder.js';

const root = (): string => mkdtempSync(join(tmpdir(), 'clausemark-private-'));
const isRoot = process.getuid?.() === 0;

describe('privateFolder', () => {
  it('makes the folder and its missing parents for this user alone', () => {
    const base = root();
    const folder = join(base, 'a', 'b', 'cache');
    expect(privateFolder(folder)).toEqual({ safe: true });
    for (const made of [join(base, 'a'), join(base, 'a', 'b'), folder])
      expect(statSync(made).mode & 0o777, made).toBe(0o700);
    expect(privateFolder(folder), 'and takes it when it is there').toEqual({ safe: true });
  });

  it('takes a folder of this user that only the user may write (0755 too)', () => {
    const folder = join(root(), 'cache');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    expect(privateFolder(folder)).toEqual({ safe: true });
  });

  it('refuses, saying why, a folder group or others may write, a file in its place, and a relative path', () => {
    const base = root();
    for (const mode of [0o777, 0o775, 0o1777]) {
      const folder = join(base, `open-${mode.toString(8)}`);
      mkdirSync(folder);
      chmodSync(folder, mode);
      expect(privateFolder(folder)).toEqual({
        safe: false,
        why: { messageId: 'cache-off.writable', params: { folder, mode: `0${(mode & 0o777).toString(8)}` } },
      });
    }
    writeFileSync(join(base, 'file'), 'not a folder');
    for (const folder of [join(base, 'file'), join(base, 'file', 'cache')])
      expect(privateFolder(folder)).toEqual({
        safe: false,
        why: { messageId: 'cache-off.not-a-folder', params: { folder } },
      });
    expect(privateFolder('cache')).toEqual({
      safe: false,
      why: { messageId: 'cache-off.relative', params: { folder: 'cache' } },
    });
  });

  it.skipIf(!isRoot)('refuses a folder of another user, and a link to a folder that another user made', () => {
    const base = root();
    const theirs = join(base, 'theirs');
    mkdirSync(theirs, { mode: 0o700 });
    chownSync(theirs, 65534, 65534);
    expect(privateFolder(theirs)).toEqual({
      safe: false,
      why: { messageId: 'cache-off.not-owned', params: { folder: theirs, owner: 65534 } },
    });
    const mine = join(base, 'mine');
    mkdirSync(mine, { mode: 0o700 });
    const link = join(base, 'link');
    symlinkSync(mine, link);
    expect(privateFolder(link), 'a link of my own to my folder').toEqual({ safe: true });
    lchownSync(link, 65534, 65534);
    expect(privateFolder(link)).toEqual({
      safe: false,
      why: { messageId: 'cache-off.link-of-another', params: { folder: link, owner: 65534 } },
    });
  });

  it.skipIf(process.platform !== 'linux')('refuses quietly a folder that cannot be made', () => {
    expect(privateFolder('/proc/clausemark-cache')).toEqual({ safe: false });
  });
});
