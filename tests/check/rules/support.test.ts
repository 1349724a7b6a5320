// excerpt reads only the first words of a clause now (it split the whole text before): the quote must be the one
// the whole split gave, for texts of every kind of white space and length.
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/check/rules/support.js';

/** The quote as it was made from the whole text. */
function bySplit(text: string, words = 5): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  if (all.length === 0) return '""';
  return `"${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}"`;
}

describe('excerpt', () => {
  it('quotes the first five words, with an ellipsis only when there are more', () => {
    expect(excerpt('Casparus College onderkent de waarde van sociale media')).toBe(
      '"Casparus College onderkent de waarde…"',
    );
    expect(excerpt('  Eén twee\ndrie  vier\tvijf ')).toBe('"Eén twee drie vier vijf"');
    expect(excerpt(' \n ')).toBe('""');
  });

  it('gives the quote the whole split gave, for every short arrangement of words and white space', () => {
    const pieces = ['a', 'bc', ' ', '\n', '\u00a0', '\u2028', '\t'];
    const differing: string[] = [];
    // Every text of up to four pieces.
    let round = [''];
    const texts = [''];
    for (let count = 1; count <= 4; count++) {
      round = round.flatMap((text) => pieces.map((piece) => text + piece));
      texts.push(...round);
    }
    for (const text of texts) {
      for (const words of [0, 1, 2, 5]) if (excerpt(text, words) !== bySplit(text, words)) differing.push(text);
    }
    expect(differing).toEqual([]);
    expect(texts.length).toBeGreaterThan(2_000);
  });
});
