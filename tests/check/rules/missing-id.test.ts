import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, sites } from './helpers.js';

describe('missing-id', () => {
  const result = checkFixture('missing-id.md');

  it('warns once per clause and section without an ID, never for the title or the preamble itself', () => {
    expect(sites(result.findings)).toEqual([
      '10:1 warning missing-id', // preamble paragraph
      '12:1 warning missing-id', // ## Uitgangspunten
      '14:1 warning missing-id', // 1. Casparus College …
      '16:4 warning missing-id', // - Leerlingen …
    ]);
  });

  it('quotes the text and tells the author to run fmt --write', () => {
    expect(result.findings[1]?.message).toContain('section "Uitgangspunten"');
    expect(result.findings[2]?.message).toContain('clause "Casparus College onderkent de mogelijkheden…"');
    for (const finding of result.findings) expect(finding.fix).toContain('clausemark fmt --write');
  });

  it('gives one warning per clause for a plain Markdown document', () => {
    const plain = checkText('---\nid: x\ntitle: X\norganisation: X\nversion: "1"\n---\n\nEen.\n\nTwee.\n\n- Drie\n');
    expect(sites(plain.findings)).toEqual([
      '8:1 warning missing-id',
      '10:1 warning missing-id',
      '12:1 warning missing-id',
    ]);
  });
});
