// The kept digest of fontkit's runs (tests/support/fontkit-reference.ts) stands for the runs only if every number of
// a run, -0 apart from 0, and the text each belongs to change it, and an entry is used only under its own key.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlainRun } from '../../src/render/engine/plain-shaping.js';
import { RunDigest, storedReference, storeReference } from './fontkit-reference.js';

function run(overrides: { id?: number; xOffset?: number; codePoints?: number[] } = {}): PlainRun {
  return {
    glyphs: [{ id: overrides.id ?? 7, advanceWidth: 500, codePoints: overrides.codePoints ?? [97] }],
    positions: [{ xAdvance: 250, yAdvance: 0, xOffset: overrides.xOffset ?? 0, yOffset: 0, advanceWidth: 250 }],
    advanceWidth: 250,
  };
}

function digestOf(...runs: [string, PlainRun][]): string {
  const digest = new RunDigest();
  for (const [text, laid] of runs) digest.add(text, laid);
  return digest.digest();
}

describe('the digest of fontkit runs', () => {
  it('changes with any number, -0 for 0, the code points and the text, and not otherwise', () => {
    const base = digestOf(['a', run()]);
    expect(digestOf(['a', run()])).toBe(base);
    expect(digestOf(['a', run({ id: 8 })])).not.toBe(base);
    expect(digestOf(['a', run({ xOffset: -0 })])).not.toBe(base);
    expect(digestOf(['a', run({ codePoints: [97, 98] })])).not.toBe(base);
    expect(digestOf(['b', run()])).not.toBe(base);
    expect(digestOf(['a', run()], ['a', run()])).not.toBe(base);
  });

  it('is SHA-256 of each text, a zero byte and its numbers as little-endian float64s, however many and long the words', () => {
    const texts = ['a', 'ĳs ', 'x'.repeat(70_000), ...Array.from({ length: 3000 }, (_, n) => `woord${n}`)];
    const laid = texts.map((text, n): [string, PlainRun] => [text, run({ id: n, xOffset: n % 2 ? -0 : 1.5 })]);
    const expected = createHash('sha256');
    for (const [text, { advanceWidth, glyphs, positions }] of laid) {
      const numbers = [advanceWidth, glyphs.length, positions.length];
      for (const glyph of glyphs)
        numbers.push(glyph.id, glyph.advanceWidth, glyph.codePoints.length, ...glyph.codePoints);
      for (const p of positions) numbers.push(p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth);
      const bytes = Buffer.alloc(numbers.length * 8);
      numbers.forEach((value, at) => bytes.writeDoubleLE(value, at * 8));
      expected.update(text).update('\0').update(bytes);
    }
    expect(digestOf(...laid)).toBe(expected.digest('hex'));
  });

  it('keeps an entry per font file and gives it back only under the same key', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-reference-')), 'reference.json');
    expect(storedReference(file, '/fonts/A.ttf', 'k1')).toBeUndefined();
    storeReference(file, '/fonts/B.ttf', { key: 'k2', digest: 'd2' });
    storeReference(file, '/fonts/A.ttf', { key: 'k1', digest: 'd1' });
    expect(storedReference(file, '/fonts/A.ttf', 'k1')).toEqual({ key: 'k1', digest: 'd1' });
    expect(storedReference(file, '/fonts/A.ttf', 'k2')).toBeUndefined();
    expect(storedReference(file, '/fonts/B.ttf', 'k2')).toEqual({ key: 'k2', digest: 'd2' });
  });
});
