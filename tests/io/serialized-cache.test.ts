// Values kept in V8's serialisation (src/io/serialized-cache.ts): kept the second time they are made (the first
// leaves only a marker) and read back for the same parts and build only, never from an entry whose seal does not hold, nothing kept without a folder or a build stamp, and the
// folder bounded in entries and bytes, the least recently written going first. The attacks on the built binary:
// tests/cli/cache-attacks-policies.test.ts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDS, cachedSerialized, serializedCache } from '../../src/io/serialized-cache.js';

const folder = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-serialized-cache-')), 'policies');
const asIs = <T>(value: T): T => value;
const refuse = (): never => {
  throw new Error('made again although the cache holds it');
};
const restoreObject = (stored: unknown): { n: number } | undefined =>
  typeof stored === 'object' && stored !== null && typeof (stored as { n?: unknown }).n === 'number'
    ? (stored as { n: number })
    : undefined;

describe('cachedSerialized', () => {
  it('keeps a value the second time it is made, then reads it back for the same parts and build without making it', () => {
    const cache = serializedCache(folder(), 'build-a');
    const dir = cache?.dir ?? '';
    const value = { n: 1, nested: { list: [1, undefined, 'x'], shared: {} as object } };
    expect(cachedSerialized(cache, ['a', 'text'], () => value, asIs, restoreObject)).toBe(value);
    expect(
      readdirSync(dir).map((name) => name.replace(/^[0-9a-f]{64}/, '')),
      'only a marker',
    ).toEqual(['.seen']);
    expect(cachedSerialized(cache, ['a', 'text'], () => value, asIs, restoreObject)).toBe(value);
    expect(readdirSync(dir).map((name) => name.replace(/^[0-9a-f]{64}/, ''))).toEqual(['.bin']);
    expect(cachedSerialized(cache, ['a', 'text'], refuse, asIs, restoreObject)).toStrictEqual(value);
    // Other parts (the same text split otherwise too), or another build, make the value again.
    expect(cachedSerialized(cache, ['at', 'ext'], () => ({ n: 2 }), asIs, restoreObject)).toEqual({ n: 2 });
    const other = serializedCache(dir, 'build-b');
    expect(cachedSerialized(other, ['a', 'text'], () => ({ n: 3 }), asIs, restoreObject)).toEqual({ n: 3 });
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('names a text given with its UTF-8 as the text alone, and other bytes otherwise', () => {
    const cache = serializedCache(folder(), 'build-a');
    const text = 'Größe — € ✓ 𝄞';
    cachedSerialized(cache, ['a', text], () => ({ n: 1 }), asIs, restoreObject);
    cachedSerialized(cache, ['a', text], () => ({ n: 1 }), asIs, restoreObject);
    const utf8 = Buffer.from(text, 'utf8');
    expect(cachedSerialized(cache, ['a', { text, utf8 }], refuse, asIs, restoreObject)).toStrictEqual({ n: 1 });
    // The same bytes as bytes, or named as a text of another length, are another entry.
    expect(cachedSerialized(cache, ['a', utf8], () => ({ n: 2 }), asIs, restoreObject)).toEqual({ n: 2 });
    const shorter = { text: text.slice(1), utf8 };
    expect(cachedSerialized(cache, ['a', shorter], () => ({ n: 3 }), asIs, restoreObject)).toEqual({ n: 3 });
  });

  it('makes the value again for an entry edited, cut short or unreadable, and keeps the new one', () => {
    const cache = serializedCache(folder(), 'build');
    cachedSerialized(cache, ['k'], () => ({ n: 1 }), asIs, restoreObject);
    cachedSerialized(cache, ['k'], () => ({ n: 1 }), asIs, restoreObject);
    const [name = ''] = readdirSync(cache?.dir ?? '');
    const file = join(cache?.dir ?? '', name);
    const kept = readFileSync(file);
    const edited = Buffer.from(kept);
    edited[edited.length - 1] = (edited.at(-1) ?? 0) ^ 1;
    for (const damaged of [edited, kept.subarray(0, kept.length - 3), kept.subarray(0, 32), Buffer.alloc(0)]) {
      writeFileSync(file, damaged);
      expect(cachedSerialized(cache, ['k'], () => ({ n: 2 }), asIs, restoreObject)).toEqual({ n: 2 });
      expect(cachedSerialized(cache, ['k'], refuse, asIs, restoreObject)).toEqual({ n: 2 });
    }
    // A sealed value the reader does not recognise is made again too.
    const wrongShape = (): { n: string } => ({ n: 'not a number' });
    for (let times = 0; times < 2; times++) cachedSerialized(cache, ['shape'], wrongShape, asIs, () => undefined);
    expect(cachedSerialized(cache, ['shape'], () => ({ n: 4 }), asIs, restoreObject)).toEqual({ n: 4 });
    expect(cachedSerialized(cache, ['shape'], refuse, asIs, restoreObject)).toEqual({ n: 4 });
  });

  it('keeps nothing without a folder, outside the bundle (no stamp), or when the value is not to be kept', () => {
    let made = 0;
    const make = (): { n: number } => ({ n: ++made });
    expect(serializedCache(undefined, 'build')).toBeUndefined();
    expect(serializedCache(folder(), '')).toBeUndefined();
    cachedSerialized(undefined, ['k'], make, asIs, restoreObject);
    cachedSerialized(undefined, ['k'], make, asIs, restoreObject);
    const cache = serializedCache(folder(), 'build');
    cachedSerialized(cache, ['k'], make, () => undefined, restoreObject);
    cachedSerialized(cache, ['k'], make, () => undefined, restoreObject);
    expect(made).toBe(4);
    const blocker = join(mkdtempSync(join(tmpdir(), 'clausemark-serialized-cache-')), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const unwritable = serializedCache(join(blocker, 'policies'), 'build');
    expect(cachedSerialized(unwritable, ['k'], make, asIs, restoreObject)).toEqual({ n: 5 });
  });

  it('keeps at most its bounds of entries and bytes (and of markers), dropping the least recently written', () => {
    expect(BOUNDS.bytes).toBeGreaterThan(8 * 1024 * 1024 * 4); // a civil code's entry (~8 MB) is kept
    const bounded = (bounds: { files: number; bytes: number }) => {
      const cache = serializedCache(folder(), 'build', bounds);
      const dir = cache?.dir ?? '';
      let clock = 1_000_000;
      const names = (): string[] => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.bin')) : []);
      const keep = (key: string, size: number): void => {
        const before = new Set(names());
        for (let times = 0; times < 2; times++)
          cachedSerialized(cache, [key], () => ({ n: 0, text: 'x'.repeat(size) }), asIs, restoreObject);
        // Each entry written a second after the one before, whatever the file system's clock says.
        for (const name of names().filter((entry) => !before.has(entry))) utimesSync(join(dir, name), clock, ++clock);
      };
      const kept = (key: string): boolean => {
        let found = false;
        const restore = (stored: unknown): { n: number } | undefined => {
          found = true;
          return restoreObject(stored);
        };
        cachedSerialized(
          cache,
          [key],
          () => ({ n: -1 }),
          () => undefined,
          restore,
        );
        return found;
      };
      const bytes = (): number => names().reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
      return { keep, kept, names, bytes, dir };
    };
    const byCount = bounded({ files: 3, bytes: 1_000_000 });
    for (const key of ['a', 'b', 'c', 'd']) byCount.keep(key, 100);
    expect(byCount.names()).toHaveLength(3);
    expect([byCount.kept('a'), byCount.kept('b'), byCount.kept('d')], 'the oldest entry went').toEqual([
      false,
      true,
      true,
    ]);
    const bySize = bounded({ files: 100, bytes: 4000 });
    // Entries of about 950 bytes: four fit in 4,000, the fifth pushes out the first.
    for (const key of ['a', 'b', 'c', 'd', 'e']) bySize.keep(key, 900);
    expect(bySize.bytes()).toBeLessThanOrEqual(4000);
    expect(['a', 'b', 'c', 'd', 'e'].map(bySize.kept)).toEqual([false, true, true, true, true]);
    // An entry over a quarter of the bytes is not kept at all.
    bySize.keep('big', 1200);
    expect(bySize.kept('big')).toBe(false);
    expect(bySize.names()).toHaveLength(4);
    // Markers of values made once are bounded in number too, and never push out an entry.
    for (const key of Array.from({ length: 150 }, (_, index) => `once-${index}`)) bySize.kept(key);
    const markers = readdirSync(bySize.dir).filter((name) => name.endsWith('.seen'));
    // Bounded after every few writes (a thirty-second of the files): at most that many over between two.
    expect(markers.length).toBeLessThanOrEqual(100 + Math.ceil(100 / 32));
    expect(markers.length).toBeGreaterThanOrEqual(100);
    expect(bySize.names()).toHaveLength(4);
  });
});
