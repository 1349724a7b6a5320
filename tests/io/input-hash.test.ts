// What a run read, hashed to tell it unchanged (src/io/input-hash.ts): by bytes, or by stat lines alone, a file
// rewritten with other bytes of the same size, one renamed over another, added or removed changes the hash; a
// folder untouched hashes alike.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFileStat, addTree, foldersUpTo, relevantEnv } from '../../src/io/input-hash.js';

const treeHash = (dir: string, read: Parameters<typeof addTree>[3]): string => {
  const hash = createHash('sha256');
  addTree(hash, 'tree', dir, read);
  return hash.digest('hex');
};

const fileHash = (path: string): string => {
  const hash = createHash('sha256');
  addFileStat(hash, 'file', path);
  return hash.digest('hex');
};

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-input-hash-'));
  mkdirSync(join(dir, 'brands'));
  writeFileSync(join(dir, 'brands', 'school.yaml'), 'colours:\n  primary: "#123456"\n');
  writeFileSync(join(dir, 'procedure.yaml'), 'sector: po\n');
  return dir;
}

describe('addTree', () => {
  for (const read of ['bytes', 'stats'] as const) {
    it(`by ${read}: the same for a folder untouched, another for a file rewritten, replaced, added or removed`, () => {
      const dir = tree();
      const before = treeHash(dir, read);
      expect(treeHash(dir, read)).toBe(before);
      const file = join(dir, 'brands', 'school.yaml');
      writeFileSync(file, 'colours:\n  primary: "#654321"\n');
      const rewritten = treeHash(dir, read);
      expect(rewritten).not.toBe(before);
      writeFileSync(join(dir, 'other.yaml'), 'colours:\n  primary: "#123456"\n');
      renameSync(join(dir, 'other.yaml'), file);
      const replaced = treeHash(dir, read);
      expect(replaced).not.toBe(rewritten);
      writeFileSync(join(dir, 'brands', 'new.yaml'), 'x: 1\n');
      const added = treeHash(dir, read);
      expect(added).not.toBe(replaced);
      rmSync(join(dir, 'brands', 'new.yaml'));
      expect(treeHash(dir, read)).not.toBe(added);
    });
  }
});

describe('addFileStat', () => {
  it('tells a file rewritten with bytes of the same size, and a missing one', () => {
    const dir = tree();
    const file = join(dir, 'procedure.yaml');
    const before = fileHash(file);
    expect(fileHash(file)).toBe(before);
    writeFileSync(file, 'sector: vo\n');
    const after = fileHash(file);
    expect(after).not.toBe(before);
    rmSync(file);
    expect(fileHash(file)).not.toBe(after);
  });
});

describe('where a run looks', () => {
  it("takes the folders from a file's folder up to the project, and none beside it", () => {
    expect(foldersUpTo('/p/policies/school', '/p')).toEqual(['/p/policies/school', '/p/policies', '/p']);
    // A folder whose name only starts like the project's is not inside it.
    expect(foldersUpTo('/p2/policies', '/p')).toEqual(['/p2/policies']);
    expect(foldersUpTo('/elsewhere', '/p')).toEqual(['/elsewhere']);
  });

  it('takes the environment that changes what a run says, sorted, without what it is told to leave out', () => {
    const env = { TZ: 'UTC', PATH: '/bin', CLAUSEMARK_CACHE_DIR: '/c', NO_COLOR: '1' };
    expect(relevantEnv(env)).toEqual([
      ['CLAUSEMARK_CACHE_DIR', '/c'],
      ['NO_COLOR', '1'],
      ['TZ', 'UTC'],
    ]);
    expect(relevantEnv(env, new Set(['NO_COLOR']))).toEqual([
      ['CLAUSEMARK_CACHE_DIR', '/c'],
      ['TZ', 'UTC'],
    ]);
  });
});
