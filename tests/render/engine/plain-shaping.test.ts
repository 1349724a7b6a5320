// The plain word layout (src/render/engine/plain-shaping.ts) must give fontkit's run number for number, or the PDF
// bytes change: checked for every distinct word of the project's policies in every shipped font file (fontkit's side
// kept as a digest in tests/fixtures/render/plain-shaping-policies.json while what it depends on holds:
// tests/support/fontkit-reference.ts). The development corpus's words are checked in
// tests/render/engine/plain-shaping-corpus.integration.test.ts.
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFont } from '../../../src/brand/assets.js';
import { plainAdvance, plainRun } from '../../../src/render/engine/plain-shaping.js';
import { shippedPolicyPaths } from '../../support/paths.js';
import { POLICIES_REFERENCE } from '../../support/fontkit-reference.js';
import { compareWithReference, distinctStretches, distinctWords, shippedFonts } from '../../support/plain-shaping.js';

// The corpus clausemark ships, not whatever a school keeps in its clone's policies/ (issue 39 item 7).
const words = distinctWords(shippedPolicyPaths());
const stretches = distinctStretches(shippedPolicyPaths());

describe('plain word layout', () => {
  it.each(shippedFonts().map((file) => [basename(file), file]))(
    'lays out the words of policies/ as fontkit does in %s',
    (_name, file) => {
      const comparison = compareWithReference(POLICIES_REFERENCE, file, words);
      expect(comparison.differing).toEqual([]);
      // Most words take the plain path (else the test would pass by sending everything to fontkit).
      expect(comparison.plain).toBeGreaterThan(comparison.total / 2);
    },
    60_000,
  );

  it.each(shippedFonts().map((file) => [basename(file), file]))(
    "gives the advance of fontkit's layout of whole stretches of text (the Word output's table cells) in %s",
    (_name, file) => {
      const font = openFont(readFileSync(file));
      if ('fonts' in font) throw new Error('collection');
      const differing: string[] = [];
      let plain = 0;
      for (const text of stretches) {
        const advance = plainAdvance(font, text);
        if (advance === undefined) continue;
        plain++;
        if (!Object.is(advance, font.layout(text).advanceWidth)) differing.push(text);
      }
      expect(differing).toEqual([]);
      expect(plain).toBeGreaterThan(stretches.length / 2);
    },
    60_000,
  );

  it.each(shippedFonts().map((file) => [basename(file), file]))(
    'makes the ligatures fontkit makes, wherever in the word they start, in %s',
    (_name, file) => {
      const font = openFont(readFileSync(file));
      if ('fonts' in font) throw new Error('collection');
      // Each a word with a ligature (ffi, or ff and fi) after its first glyph: only some places of a word are tried (ligatureOpenings).
      for (const word of ['officieel', 'affiche', 'Koffie']) {
        const run = plainRun(font, word);
        expect(
          run?.glyphs.map((glyph) => glyph.id),
          word,
        ).toEqual(font.layout(word).glyphs.map((glyph) => glyph.id));
        expect(run!.glyphs.length, word).toBeLessThan(word.length);
      }
    },
  );

  it('leaves to fontkit the characters it treats apart: soft hyphens, combining marks, other scripts, fractions', () => {
    const file = shippedFonts().find((path) => basename(path) === 'SourceSans3_400Regular.ttf')!;
    const font = openFont(readFileSync(file));
    if ('fonts' in font) throw new Error('collection');
    for (const text of ['ge\u00adval', 'e\u0301', 'Ελλάδα', '1\u20442'])
      expect([plainRun(font, text), plainAdvance(font, text)], text).toEqual([undefined, undefined]);
    expect(plainRun(font, 'Toegang')).toBeDefined();
  });
});
