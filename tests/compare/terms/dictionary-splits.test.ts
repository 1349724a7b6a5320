// The dictionary splits a clause-words entry keeps (src/compare/terms/dictionary-splits.ts): made for a Dutch document's
// words without reading the lemma table for an English one, kept and read back as they were, and anything else an
// entry could hold in their place refused (the entry is then made anew).
import { describe, expect, it } from 'vitest';
import { dictionarySplit } from '../../../src/compare/terms/compounds.js';
import { documentSplits, restoredSplits, storedSplits } from '../../../src/compare/terms/dictionary-splits.js';

const english = new Set(
  'staff may publish school related subjects provided that no confidential information is shared and that pupils and parents come to no harm on social media'.split(
    ' ',
  ),
);
const dutch = new Set(
  'het is de medewerker toegestaan om geluidsopnamen van persvoorlichting te publiceren mits het geen vertrouwelijke informatie betreft en de leerlingen en ouders niet schaadt'.split(
    ' ',
  ),
);

describe('documentSplits', () => {
  it('splits no word of an English document, so its entry never reads the lemma table', () => {
    expect(documentSplits(english)).toBeUndefined();
  });

  it("gives each of a Dutch document's words its dictionary split", () => {
    const splits = documentSplits(dutch);
    expect(splits?.get('geluidsopnamen')).toEqual(['geluid', 'opname']);
    expect(splits?.get('persvoorlichting')).toEqual(['pers', 'voorlichting']);
    expect(splits?.get('medewerker')).toBeNull();
    expect([...(splits?.keys() ?? [])]).toEqual([...dutch]);
    for (const word of dutch) expect(splits?.get(word), word).toEqual(dictionarySplit(word));
  });
});

describe('storedSplits and restoredSplits', () => {
  const vocabulary = ['leerlingen', 'geluidsopnamen', 'maken'];
  const splits = new Map<string, readonly string[] | null>([
    ['leerlingen', null],
    ['geluidsopnamen', ['geluid', 'opname']],
    ['maken', null],
    ['persvoorlichting', ['pers', 'voorlichting']],
    ['rooster', null],
  ]);

  it("keep each word's split, those beyond the vocabulary (a table's words) too, and read them back", () => {
    const stored = storedSplits(vocabulary, splits);
    expect(stored).toEqual({
      more: ['persvoorlichting', 'rooster'],
      at: Int32Array.from([1, 3]),
      parts: ['geluid opname', 'pers voorlichting'],
    });
    expect(restoredSplits(stored, vocabulary)).toEqual(splits);
  });

  it('keep nothing for a document without splits, and read back nothing', () => {
    expect(storedSplits(vocabulary, undefined)).toBeNull();
    expect(restoredSplits(null, vocabulary)).toBeUndefined();
  });

  it('refuse anything else in their place', () => {
    const honest = {
      more: ['persvoorlichting'],
      at: Int32Array.from([1, 3]),
      parts: ['geluid opname', 'pers voorlichting'],
    };
    const planted: [string, unknown][] = [
      ['no splits', undefined],
      ['places not ascending', { ...honest, at: Int32Array.from([3, 1]) }],
      ['a place past the words', { ...honest, at: Int32Array.from([1, 4]) }],
      ['a place before them', { ...honest, at: Int32Array.from([-1, 3]) }],
      ['fewer parts than places', { ...honest, parts: ['geluid opname'] }],
      ['one part', { ...honest, parts: ['geluid', 'pers voorlichting'] }],
      ['four parts', { ...honest, parts: ['a b c d', 'pers voorlichting'] }],
      ['a part not of lower-case letters', { ...honest, parts: ['geluid Opname', 'pers voorlichting'] }],
      ['a part not a string', { ...honest, parts: [7, 'pers voorlichting'] }],
      ['more words not strings', { ...honest, more: [7] }],
      ['places as numbers', { ...honest, at: [1, 3] }],
    ];
    expect(restoredSplits(honest, vocabulary)).not.toBe(false);
    for (const [what, value] of planted) expect(restoredSplits(value, vocabulary), what).toBe(false);
  });
});
