// The mark coverage read from a GPOS table's bytes (src/render/engine/gpos-marks.ts) must list the glyphs fontkit
// decodes for the same lookup, for every mark-attachment lookup of every shipped font file; other lookups are not
// read so.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFont } from '../../../src/brand/assets.js';
import { type GposBytes, markLookupGlyphs } from '../../../src/render/engine/gpos-marks.js';
import { eachCovered, type Lookup } from '../../../src/render/engine/otl-tables.js';
import { shippedFonts } from '../../support/plain-shaping.js';

interface Decoded {
  GPOS: { lookupList: { length: number; get(index: number): Lookup } };
}

/** fontkit's mark (or mark-1) coverage glyphs of a lookup, or undefined for a lookup of another type. */
function decodedMarks(lookup: Lookup): number[] | undefined {
  const glyphs: number[] = [];
  for (const sub of lookup.subTables) {
    const table = lookup.lookupType === 9 ? sub.extension! : sub;
    const type = lookup.lookupType === 9 ? sub.lookupType! : lookup.lookupType;
    if (type < 4 || type > 6) return undefined;
    const coverage = type === 6 ? table.mark1Coverage : table.markCoverage;
    eachCovered(coverage, (glyph) => glyphs.push(glyph));
  }
  return glyphs;
}

describe('mark coverage from the bytes', () => {
  it.each(shippedFonts().map((file) => [basename(file), file]))('equals fontkit’s in %s', (_name, file) => {
    const font = openFont(readFileSync(file)) as unknown as Decoded & GposBytes;
    let marks = 0;
    for (let index = 0; index < font.GPOS.lookupList.length; index++) {
      const expected = decodedMarks(font.GPOS.lookupList.get(index));
      expect(markLookupGlyphs(font, index), `lookup ${index}`).toEqual(expected);
      if (expected) marks++;
    }
    expect(marks).toBeGreaterThan(0);
  });
});
