// The kept digest of fontkit's runs (tests/support/fontkit-reference.ts) stands for the runs only if every number of
// a run, -0 apart from 0, and the text each belongs to change it, and an entry is used only under its own key.
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
