// Values prepared with clausemark (src/io/prepared.ts, read through src/io/json-cache.ts's cachedJson): a prepared
// copy answers before the run's cache folder and even with caches off, only for its own input, and a damaged or
// missing one is made again as before. The build's own dist/prepared/ is checked in tests/cli/messages-cache.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedJson } from '../../src/io/json-cache.js';
import { keepParsedMessagesIn } from '../../src/io/messages-cache.js';
import { preparedFile, preparedFolder, usePreparedFolder } from '../../src/io/prepared.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const refuse = (): string => {
  throw new Error('made again although a prepared copy holds it');
};

afterEach(() => {
  usePreparedFolder(null);
  keepParsedMessagesIn(undefined);
});

function preparedWith(kind: string, name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-prepared-'));
  mkdirSync(join(dir, kind));
  writeFileSync(join(dir, kind, name), content);
  return dir;
}

describe('cachedJson with prepared values', () => {
  it('answers from the prepared copy first, with caches off, and writes nothing to the cache folder', () => {
    usePreparedFolder(preparedWith('parsed', 'labels-x.json', '"prepared words"'));
    expect(cachedJson('parsed', undefined, 'labels-x.json', isText, refuse)).toBe('prepared words');
    const cache = join(mkdtempSync(join(tmpdir(), 'clausemark-prepared-cache-')), 'parsed');
    expect(cachedJson('parsed', cache, 'labels-x.json', isText, refuse)).toBe('prepared words');
    expect(() => readdirSync(cache)).toThrow();
  });

  it('makes the value as before for another name, another kind, or a prepared copy of the wrong shape', () => {
    usePreparedFolder(preparedWith('parsed', 'labels-x.json', '7'));
    expect(cachedJson('parsed', undefined, 'labels-x.json', isText, () => 'made')).toBe('made');
    expect(cachedJson('parsed', undefined, 'labels-y.json', isText, () => 'made')).toBe('made');
    expect(cachedJson('layouts', undefined, 'labels-x.json', isText, () => 'made')).toBe('made');
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-prepared-cache-'));
    expect(cachedJson('parsed', cache, 'labels-x.json', isText, () => 'kept')).toBe('kept');
    // Kept in the cache folder under its seal (src/io/json-cache.ts); the prepared copies are plain JSON.
    expect(readFileSync(join(cache, 'labels-x.json'), 'utf8')).toMatch(/^[0-9a-f]{64}\n"kept"$/);
  });

  it('reads no prepared folder when run from source, where none is made', () => {
    expect(preparedFolder()).toBeUndefined();
  });

  it("names a prepared value's file by its kind and name, and none without a prepared folder", () => {
    const dir = preparedWith('font-coverage', 'x.covers', '[[65, 90]]');
    usePreparedFolder(dir);
    expect(preparedFile('font-coverage', 'x.covers')).toBe(join(dir, 'font-coverage', 'x.covers'));
    usePreparedFolder(undefined);
    expect(preparedFile('font-coverage', 'x.covers')).toBeUndefined();
  });
});
