// The parts of fontkit's OpenType layout tables (GSUB, GPOS, GDEF: restructure's decoded objects) that the plain word
// layout reads (plain-shaping.ts, plain-shaping-plan.ts), and the lookups into them as fontkit does them.
export interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
export interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
export interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
}
export interface SubTable {
  version: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  ligatureSets?: { get(index: number): Iterable<{ glyph: number; components: number[] }> };
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  pairSets?: { get(index: number): Iterable<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }> };
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: { get(index: number): { get(index: number): { value1: ValueRecord; value2: ValueRecord } } };
}
export interface Lookup {
  lookupType: number;
  flags: { flags?: { ignoreBaseGlyphs?: boolean; ignoreLigatures?: boolean } };
  subTables: Iterable<SubTable>;
}
/** Calls `visit` with each glyph of the coverage and its coverage index; false for a coverage format unknown here. */
export function eachCovered(coverage: Coverage | undefined, visit: (glyph: number, index: number) => void): boolean {
  if (!coverage) return false;
  if (coverage.version === 1) (coverage.glyphs ?? []).forEach(visit);
  else if (coverage.version === 2)
    for (const range of coverage.rangeRecords ?? [])
      for (let id = range.start; id <= range.end; id++) visit(id, range.startCoverageIndex + id - range.start);
  else return false;
  return true;
}

/** Whether the ranges are in order and apart, as the OpenType spec has them: then a binary search finds the one. */
function inOrder(ranges: readonly { start: number; end: number }[]): boolean {
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index]!;
    if (range.end < range.start || (index > 0 && range.start <= ranges[index - 1]!.end)) return false;
  }
  return true;
}

const orderedRanges = new WeakMap<object, boolean>();
const NO_RANGES: { start: number; end: number; class: number; startCoverageIndex: number }[] = [];

/**
 * The range holding `glyph` (the first, as a walk through them finds it), or undefined. A font's ranges are searched
 * by halves when they are in order (Source Sans 3 classes its glyphs in 200 ranges, asked for every plain glyph when a
 * font is prepared), else walked through.
 */
function rangeOf<Range extends { start: number; end: number }>(
  ranges: readonly Range[],
  glyph: number,
): Range | undefined {
  let ordered = orderedRanges.get(ranges);
  if (ordered === undefined) {
    ordered = inOrder(ranges);
    orderedRanges.set(ranges, ordered);
  }
  if (!ordered) return ranges.find((range) => range.start <= glyph && glyph <= range.end);
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (glyph < range.start) high = middle - 1;
    else if (glyph > range.end) low = middle + 1;
    else return range;
  }
  return undefined;
}

export function classOf(classDef: ClassDef, glyph: number): number {
  if (classDef.version === 1) {
    const index = glyph - (classDef.startGlyph ?? 0);
    const values = classDef.classValueArray ?? [];
    return index >= 0 && index < values.length ? values[index]! : 0;
  }
  return rangeOf(classDef.classRangeRecord ?? NO_RANGES, glyph)?.class ?? 0;
}

const coverageIndexes = new WeakMap<Coverage, Map<number, number>>();

export function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) {
    // A list of hundreds of glyphs, asked for every new pair of every kerning subtable: indexed once.
    let indexes = coverageIndexes.get(coverage);
    if (!indexes) {
      indexes = new Map();
      // indexOf's answer: the first place a glyph is listed.
      for (const [index, id] of (coverage.glyphs ?? []).entries()) if (!indexes.has(id)) indexes.set(id, index);
      coverageIndexes.set(coverage, indexes);
    }
    return indexes.get(glyph) ?? -1;
  }
  const range = rangeOf(coverage.rangeRecords ?? NO_RANGES, glyph);
  return range ? range.startCoverageIndex + glyph - range.start : -1;
}
