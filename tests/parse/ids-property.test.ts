// slugify copies runs of slug characters as slices instead of adding each character (src/parse/ids.ts): the slug
// must be the one the character-by-character reading gives, kept here as it was, for any text and word limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/parse/ids.js';
import { foldDiacritics } from '../../src/text/normalise.js';
import { binaryUnit } from '../support/binary-unit.js';

/** The slug read one character at a time: slugify before the runs were copied whole. */
function slugByCharacter(text: string, maxWords = 6): string {
  const words: string[] = [];
  let word = '';
  const add = (code: number): void => {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) word += String.fromCharCode(code);
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  };
  for (let at = 0; at < text.length && (maxWords <= 0 || words.length < maxWords); ) {
    const code = text.codePointAt(at) ?? 0;
    at += code > 0xffff ? 2 : 1;
    if (code < 0x80) add(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
    else for (const unit of foldDiacritics(String.fromCodePoint(code)).toLowerCase()) add(unit.charCodeAt(0));
  }
  if (word !== '') words.push(word);
  return words.slice(0, maxWords).join('-');
}

/** Headings as laws and policies write them: letters with and without diacritics, digits, §, punctuation, emoji. */
const headingText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        'z',
        'Q',
        '0',
        '9',
        ' ',
        '-',
        '§',
        '.',
        'ë',
        'Ä',
        'ß',
        'ĳ',
        'İ',
        'Œ',
        '\u0301',
        '🪦',
        '\ud800',
      ),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('slugify', () => {
  it('gives the slug of reading character by character, for any text and word limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(headingText, fc.string({ unit: binaryUnit, maxLength: 60 })),
        fc.constantFrom(-1, 0, 1, 3, 6, 12, Number.POSITIVE_INFINITY),
        (text, maxWords) => {
          expect(slugify(text, maxWords)).toBe(slugByCharacter(text, maxWords));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
