// The pair-kerning lookups read from GPOS's bytes (src/render/engine/gpos-pairs.ts) must be fontkit's decoded ones:
// for every lookup of every shipped font file read so, each subtable's coverage, class definitions and every pair set
// or class record's values equal what fontkit decodes, and the flags the plain layout asks.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { openFont } from '../../../src/brand/assets.js';
import type { GposBytes } from '../../../src/render/engine/gpos-marks.js';
import { pairLookup } from '../../../src/render/engine/gpos-pairs.js';
import type { Lookup, SubTable, ValueRecord } from '../../../src/render/engine/otl-tables.js';
import { shippedFonts } from '../../support/plain-shaping.js';

type Decoded = fontkit.Font & { GPOS?: { lookupList: { length: number; get(index: number): Lookup } } };

const numbers = (value: ValueRecord | undefined) =>
  value && {
    xPlacement: value.xPlacement,
    yPlacement: value.yPlacement,
    xAdvance: value.xAdvance,
    yAdvance: value.yAdvance,
  };

/**
 * expect(ours).toEqual(theirs), asked of vitest only where node's strict deep equality (Object.is on each number, the
 * same keys) finds a difference: an expect for every pair set and class record of the ten fonts was about a third
 * of the test's time, and toEqual fails wherever they differ, with its report.
 */
function sameValues(ours: unknown, theirs: unknown): void {
  if (!isDeepStrictEqual(ours, theirs)) expect(ours).toEqual(theirs);
}

/**
 * Whether `numbers` of the two records are strictly deep equal, without making them: both absent alike, or Object.is
 * on each of the four numbers (numbers gives every record the same four keys). Asked for every class record and
 * pair, where the deep equality of the made objects was most of the test's own time.
 */
function sameNumbers(a: ValueRecord | undefined, b: ValueRecord | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    Object.is(a.xPlacement, b.xPlacement) &&
    Object.is(a.yPlacement, b.yPlacement) &&
    Object.is(a.xAdvance, b.xAdvance) &&
    Object.is(a.yAdvance, b.yAdvance)
  );
}

type Pair = { secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord };

/** Whether the pair sets give the same [secondGlyph, numbers(value1), numbers(value2)] lists (see sameNumbers). */
function samePairs(ours: readonly Pair[], theirs: readonly Pair[]): boolean {
  if (ours.length !== theirs.length) return false;
  return ours.every(
    (pair, at) =>
      Object.is(pair.secondGlyph, theirs[at]!.secondGlyph) &&
      sameNumbers(pair.value1, theirs[at]!.value1) &&
      sameNumbers(pair.value2, theirs[at]!.value2),
  );
}

const pairNumbers = (pairs: readonly Pair[]) =>
  pairs.map((pair) => [pair.secondGlyph, numbers(pair.value1), numbers(pair.value2)]);

function sameTable(ours: SubTable, theirs: SubTable): void {
  expect(ours.version).toBe(theirs.version);
  expect(theirs.coverage).toMatchObject(ours.coverage!);
  if (theirs.version === 1) {
    const sets = (theirs as unknown as { pairSetCount: number }).pairSetCount;
    for (let index = 0; index < sets; index++) {
      const mine = [...ours.pairSets!.get(index)] as Pair[];
      const fontkits = [...theirs.pairSets!.get(index)] as Pair[];
      if (!samePairs(mine, fontkits)) sameValues(pairNumbers(mine), pairNumbers(fontkits));
    }
    return;
  }
  expect(theirs.classDef1).toMatchObject(ours.classDef1!);
  expect(theirs.classDef2).toMatchObject(ours.classDef2!);
  const counts = theirs as unknown as { class1Count: number; class2Count: number };
  for (let class1 = 0; class1 < counts.class1Count; class1++)
    for (let class2 = 0; class2 < counts.class2Count; class2++) {
      const mine = ours.classRecords!.get(class1).get(class2);
      const fontkits = theirs.classRecords!.get(class1).get(class2);
      if (!sameNumbers(mine.value1, fontkits.value1) || !sameNumbers(mine.value2, fontkits.value2))
        sameValues([numbers(mine.value1), numbers(mine.value2)], [numbers(fontkits.value1), numbers(fontkits.value2)]);
    }
  expect(ours.classRecords!.get(counts.class1Count)).toBeUndefined();
}

describe('pair kerning read from the bytes', () => {
  it.each(shippedFonts().map((file) => [basename(file), file]))('equals what fontkit decodes in %s', (_name, file) => {
    const font = openFont(readFileSync(file)) as Decoded;
    const lookups = font.GPOS!.lookupList;
    let read = 0;
    for (let index = 0; index < lookups.length; index++) {
      const ours = pairLookup(font as unknown as GposBytes, index);
      const lookup = lookups.get(index);
      const type = (sub: SubTable) => (lookup.lookupType === 9 ? sub.lookupType : lookup.lookupType);
      const subTables = [...lookup.subTables];
      // Read here exactly when every subtable is pair positioning.
      expect(ours !== undefined, `lookup ${index}`).toBe(subTables.every((sub) => type(sub) === 2));
      if (!ours) continue;
      read++;
      expect([ours.ignoreBaseGlyphs, ours.ignoreLigatures]).toEqual([
        Boolean(lookup.flags.flags?.ignoreBaseGlyphs),
        Boolean(lookup.flags.flags?.ignoreLigatures),
      ]);
      expect(ours.tables).toHaveLength(subTables.length);
      subTables.forEach((sub, at) => sameTable(ours.tables[at]!, lookup.lookupType === 9 ? sub.extension! : sub));
    }
    expect(read).toBeGreaterThan(0);
  });
});
