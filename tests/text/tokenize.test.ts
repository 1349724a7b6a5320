// Dutch-aware tokens (src/text/tokenize.ts) on chosen examples; that any text comes back exactly from its tokens is
// checked over generated texts in tokenize-property.test.ts (the property lane).
import { describe, expect, it } from 'vitest';
import { tokenize, type TokenKind } from '../../src/text/tokenize.js';

const texts = (text: string): string[] => tokenize(text).map((token) => token.text);
const kindOf = (text: string, unit: string): TokenKind | undefined =>
  tokenize(text).find((token) => token.text === unit)?.kind;

describe('tokenize', () => {
  it('keeps Dutch abbreviations whole, dots included', () => {
    for (const abbreviation of ['o.a.', 'art.', 'e.d.', 'bijv.', 'm.b.t.', 'z.s.m.', 'd.w.z.', 'i.p.v.', 't/m']) {
      const text = `Dit geldt ${abbreviation} voor iedereen.`;
      expect(texts(text)).toContain(abbreviation);
      expect(kindOf(text, abbreviation)).toBe('abbreviation');
    }
  });

  it('keeps diacritics and the ĳ ligature inside words', () => {
    expect(texts('geïnformeerd over ĳs en één café')).toEqual([
      'geïnformeerd',
      ' ',
      'over',
      ' ',
      'ĳs',
      ' ',
      'en',
      ' ',
      'één',
      ' ',
      'café',
    ]);
    // Decomposed accents (e + combining diaeresis) stay in the word too.
    expect(texts('geı\u0308nformeerd'.normalize('NFD'))).toHaveLength(1);
    expect(texts("zo'n auto's")).toEqual(["zo'n", ' ', "auto's"]);
  });

  it('keeps dates, times, amounts and phone numbers whole', () => {
    const text = 'Vanaf 25 mei 2018 om 12:30 uur, € 1.000,- boete; bel 0900 - 1113111 of 06-12345678 op 2024-08-01.';
    expect(texts(text)).toEqual(
      expect.arrayContaining(['25 mei 2018', '12:30 uur', '€ 1.000,-', '0900 - 1113111', '06-12345678', '2024-08-01']),
    );
    expect(kindOf(text, '25 mei 2018')).toBe('date');
    expect(kindOf(text, '12:30 uur')).toBe('time');
    expect(kindOf(text, '€ 1.000,-')).toBe('amount');
    expect(kindOf(text, '0900 - 1113111')).toBe('phone');
    expect(kindOf('binnen 5 dagen', '5')).toBe('number');
    expect(texts('1.000,- en 2,5% en 12.30 uur')).toEqual([
      '1.000,-',
      ' ',
      'en',
      ' ',
      '2,5%',
      ' ',
      'en',
      ' ',
      '12.30 uur',
    ]);
  });

  it('ends a number before a full stop', () => {
    expect(texts('zie artikel 5. Daarna')).toEqual(['zie', ' ', 'artikel', ' ', '5', '.', ' ', 'Daarna']);
  });

  it('splits hyphens and punctuation off words', () => {
    expect(texts('school-en onderwijs, (ouders)')).toEqual([
      'school',
      '-',
      'en',
      ' ',
      'onderwijs',
      ',',
      ' ',
      '(',
      'ouders',
      ')',
    ]);
  });

  it('records where each token starts', () => {
    const text = 'Leerlingen mogen o.a. bellen.';
    for (const token of tokenize(text))
      expect(text.slice(token.start, token.start + token.text.length)).toBe(token.text);
  });
});
