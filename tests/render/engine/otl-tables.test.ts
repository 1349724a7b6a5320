// Glyph classes and coverage indexes read from range records (src/render/engine/otl-tables.ts) must be what fontkit's
// walk through the ranges finds, whether the ranges are in the spec's order (searched by halves) or not (walked).
import { describe, expect, it } from 'vitest';
import { type ClassDef, type Coverage, classOf, coverageIndex } from '../../../src/render/engine/otl-tables.js';

type Range = { start: number; end: number; class: number; startCoverageIndex: number };

/** fontkit's way: the first range that holds the glyph. */
const walked = (ranges: Range[], glyph: number): Range | undefined =>
  ranges.find((range) => range.start <= glyph && glyph <= range.end);

const ordered: Range[] = [
  { start: 3, end: 3, class: 1, startCoverageIndex: 0 },
  { start: 5, end: 9, class: 2, startCoverageIndex: 1 },
  { start: 10, end: 10, class: 3, startCoverageIndex: 6 },
  { start: 40, end: 60, class: 1, startCoverageIndex: 7 },
  { start: 61, end: 61, class: 4, startCoverageIndex: 28 },
];
// Overlapping and out of order: the first listed wins, as in fontkit.
const unordered: Range[] = [
  { start: 40, end: 60, class: 1, startCoverageIndex: 0 },
  { start: 5, end: 9, class: 2, startCoverageIndex: 21 },
  { start: 50, end: 70, class: 3, startCoverageIndex: 26 },
];

describe('OpenType range records', () => {
  it.each([
    ['in order', ordered],
    ['out of order and overlapping', unordered],
  ])('give the class and coverage index fontkit finds, ranges %s', (_name, ranges) => {
    const classDef: ClassDef = { version: 2, classRangeRecord: ranges };
    const coverage: Coverage = { version: 2, rangeRecords: ranges };
    for (let glyph = 0; glyph <= 80; glyph++) {
      const range = walked(ranges, glyph);
      expect(classOf(classDef, glyph), `class of ${glyph}`).toBe(range?.class ?? 0);
      expect(coverageIndex(coverage, glyph), `coverage index of ${glyph}`).toBe(
        range ? range.startCoverageIndex + glyph - range.start : -1,
      );
    }
  });

  it('reads a class that no range holds as class 0, and a glyph no range covers as not covered', () => {
    expect(classOf({ version: 2 }, 7)).toBe(0);
    expect(coverageIndex({ version: 2 }, 7)).toBe(-1);
    expect(classOf({ version: 2, classRangeRecord: ordered }, 4)).toBe(0);
  });
});
