// The folders of outputs left empty by a removal (src/io/empty-folders.ts): removed up to, never including, the output
// folder; never one that holds anything, nor anything a symbolic link points to, nor a folder outside it.
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeEmptiedFolders } from '../../src/io/empty-folders.js';

function folder() {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-empty-folders-'));
  const out = join(root, 'out');
  const dir = (...path: string[]): string => {
    mkdirSync(join(out, ...path), { recursive: true });
    return join(out, ...path);
  };
  return { root, out, dir };
}

describe('removing the folders outputs left empty', () => {
  it('removes an emptied folder and the emptied ones above it, but never the output folder', () => {
    const { out, dir } = folder();
    dir('linde', 'de-es');
    dir('compare');
    removeEmptiedFolders([join(out, 'linde/de-es/x.pdf'), join(out, 'compare/meldcode.json')], out);
    expect(existsSync(join(out, 'linde'))).toBe(false);
    expect(existsSync(join(out, 'compare'))).toBe(false);
    expect(existsSync(out)).toBe(true);
    // A file straight in out/: out/ itself stays, empty or not.
    removeEmptiedFolders([join(out, 'overview.pdf')], out);
    expect(existsSync(out)).toBe(true);
  });

  it('keeps a folder that holds anything (a file of the user’s, a hidden one, a folder), and those above it', () => {
    const { out, dir } = folder();
    writeFileSync(join(dir('linde'), 'eigen.txt'), 'mijn bestand');
    writeFileSync(join(dir('eik'), '.DS_Store'), '');
    dir('wilg', 'eigen-map');
    dir('beuk', 'sub');
    removeEmptiedFolders(
      ['linde/a.pdf', 'eik/a.pdf', 'wilg/a.pdf', 'beuk/sub/a.pdf'].map((name) => join(out, name)),
      out,
    );
    for (const kept of ['linde/eigen.txt', 'eik/.DS_Store', 'wilg/eigen-map'])
      expect(existsSync(join(out, kept)), kept).toBe(true);
    expect(existsSync(join(out, 'beuk'))).toBe(false);
  });

  it('removes no folder outside the output folder, and follows no symbolic link', () => {
    const { root, out, dir } = folder();
    dir();
    mkdirSync(join(root, 'elders'));
    symlinkSync(join(root, 'elders'), join(out, 'link'));
    removeEmptiedFolders([join(root, 'elders', 'a.pdf'), join(out, 'link', 'a.pdf'), join(root, 'a.pdf')], out);
    expect(existsSync(join(root, 'elders'))).toBe(true);
    expect(existsSync(join(out, 'link'))).toBe(true);
  });
});
