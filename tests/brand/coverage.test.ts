// missingGlyphs passes over the characters it has found drawable before without looking at them again (a pattern of
// the characters not yet known, per brand's fonts): its answer must be the one a plain walk over every character
// gives, for text after text with the same fonts, whatever mix of drawable and undrawable characters they hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coveredCodePoints, drawableForm, isLayoutCharacter, missingGlyphs } from '../../src/brand/coverage.js';
import { SOURCE_SANS_REGULAR } from './temp-project.js';

const bytes = readFileSync(SOURCE_SANS_REGULAR);
const covered = new Set(coveredCodePoints(bytes));

/** Every character of the NFC text in order, the undrawable ones once each: the answer by a plain walk. */
function byWalk(text: string): string[] {
  const lacking: string[] = [];
  for (const character of text.normalize('NFC')) {
    if (isLayoutCharacter(character) || lacking.includes(character)) continue;
    if (drawableForm(character, (code) => covered.has(code)) === undefined) lacking.push(character);
  }
  return lacking;
}

const PIECES = ['Zie', ' ', '\n', 'ملف', 'é', 'e\u0301', '😀', '\ud800', '\u2212', '\ufb01', 'Ω', '\u0007', '§ 1', 'ß'];

/** Texts of up to five pieces, in a fixed pseudo-random order (the fonts' memory carries from one to the next). */
function texts(count: number): string[] {
  let seed = 7;
  const next = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(5) }, () => PIECES[next(PIECES.length)]).join(''),
  );
}

describe('missingGlyphs', () => {
  it('names the characters a plain walk names, in the same order, text after text with one brand', () => {
    const fonts = { regular: bytes, bold: bytes, italic: bytes, boldItalic: bytes };
    const brand = { fonts, fontPaths: { regular: 'r.ttf', bold: 'b.ttf', italic: 'i.ttf', boldItalic: 'bi.ttf' } };
    const differing: string[] = [];
    for (const text of texts(3_000)) {
      const expected = byWalk(text);
      const found = missingGlyphs(text, brand);
      if (JSON.stringify(found?.characters ?? []) !== JSON.stringify(expected)) differing.push(text);
      if (found) expect(found.face).toBe('regular');
    }
    expect(differing).toEqual([]);
    // The texts hold undrawable characters (Arabic, emoji) as well as drawable ones.
    expect(texts(3_000).filter((text) => byWalk(text).length > 0).length).toBeGreaterThan(500);
  });
});
