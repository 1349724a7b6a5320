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

export function classOf(classDef: ClassDef, glyph: number): number {
  if (classDef.version === 1) {
    const index = glyph - (classDef.startGlyph ?? 0);
    const values = classDef.classValueArray ?? [];
    return index >= 0 && index < values.length ? values[index]! : 0;
  }
  for (const range of classDef.classRangeRecord ?? [])
    if (range.start <= glyph && glyph <= range.end) return range.class;
  return 0;
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
  for (const range of coverage.rangeRecords ?? [])
    if (range.start <= glyph && glyph <= range.end) return range.startCoverageIndex + glyph - range.start;
  return -1;
}
