// IdAllocator hands out `x`, `x-2`, `x-3` … skipping IDs already taken. It remembers where each wanted ID's
// suffixes stand (a law's thousand untitled sections of one name were quadratic); the IDs must be the same as
// trying every suffix from the start.
import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from '../../src/parse/ids.js';

describe('IdAllocator', () => {
  it('numbers repeats from -2 on, skipping IDs the author wrote', () => {
    const ids = new IdAllocator(['doel', 'doel-3', 'regels-2']);
    expect([ids.allocate('doel'), ids.allocate('doel'), ids.allocate('doel'), ids.allocate('doel')]).toEqual([
      'doel-2',
      'doel-4',
      'doel-5',
      'doel-6',
    ]);
    expect([ids.allocate('regels'), ids.allocate('regels'), ids.allocate('regels')]).toEqual([
      'regels',
      'regels-3',
      'regels-4',
    ]);
  });

  it('skips an ID handed out for another wanted ID after the suffixes were remembered', () => {
    const ids = new IdAllocator([]);
    expect(ids.allocate('a')).toBe('a');
    expect(ids.allocate('a')).toBe('a-2');
    // `a-3` is now wanted (and given) as itself, so the next `a` goes on to `a-4`.
    expect(ids.allocate('a-3')).toBe('a-3');
    expect(ids.allocate('a')).toBe('a-4');
    expect(ids.allocate('a-3')).toBe('a-3-2');
    expect(ids.has('a-4')).toBe(true);
    expect(ids.has('a-5')).toBe(false);
  });

  it('gives thousands of repeats of one ID in order', () => {
    const ids = new IdAllocator(['x-500']);
    const given = Array.from({ length: 5000 }, () => ids.allocate('x'));
    expect(given[0]).toBe('x');
    expect(given[498]).toBe('x-499');
    expect(given[499]).toBe('x-501');
    expect(given.at(-1)).toBe('x-5001');
    expect(new Set(given).size).toBe(5000);
  });
});

describe('slugify', () => {
  it('lower-cases, folds diacritics and joins the first six words with hyphens', () => {
    expect(slugify('§ 807 Inhaberkarten und Marken')).toBe('807-inhaberkarten-und-marken');
    expect(slugify('Één Ĳzeren ÄRZTE-Kammer, ß und Œuvre')).toBe('een-ijzeren-arzte-kammer-ss-und');
    expect(slugify('a b c d e f g h', 3)).toBe('a-b-c');
    expect(slugify('a b c d e f g h', Number.POSITIVE_INFINITY)).toBe('a-b-c-d-e-f-g-h');
  });

  it('makes an empty slug of text without letters or digits', () => {
    expect(slugify('')).toBe('');
    expect(slugify(' -- ! 🪦 ')).toBe('');
  });
});
