// Word layout without fontkit's full layout engine, for the words its features cannot change beyond kerning. A cold
// build lays out every distinct word of a policy (a third of its time, issue 30); fontkit sets up a shaping plan,
// runs every active substitution and positioning lookup over every glyph, and decodes each glyph's outline for
// metrics the PDF never reads. Most words of a Latin-script policy are a character-to-glyph mapping plus pair
// kerning. Here each font is prepared once: fontkit lays out one probe word per script class, and the lookups it
// applies are recorded; every glyph that could start a substitution, or a positioning other than pair kerning, is
// a trigger. A word made only of plain Latin and common characters, none of whose glyphs is a trigger, is laid out
// here (cmap, advance widths, the recorded pair lookups in fontkit's order); any other word goes to fontkit. The runs
// equal fontkit's number for number (tests/render/engine/plain-shaping.test.ts checks every distinct word of the
// policies and the development corpus in both shipped fonts), so the PDF bytes do not change.
import type * as fontkit from 'fontkit';

/** A glyph as pdfkit reads it from a run. */
export interface PlainGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** A glyph position scaled to 1000 units per em, in the key order pdfkit's scaling loop leaves fontkit's in. */
export interface PlainPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

export interface PlainRun {
  glyphs: PlainGlyph[];
  positions: PlainPosition[];
  advanceWidth: number;
}

/** The parts of fontkit's OpenType tables read here (restructure's decoded objects). */
interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
}
interface SubTable {
  version: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  ligatureSets?: { get(index: number): Iterable<{ components: number[] }> };
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  pairSets?: { get(index: number): Iterable<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }> };
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: { get(index: number): { get(index: number): { value1: ValueRecord; value2: ValueRecord } } };
}
interface Lookup {
  lookupType: number;
  flags: { flags?: { ignoreBaseGlyphs?: boolean } };
  subTables: Iterable<SubTable>;
}
interface AppliedLookup {
  feature: string;
  lookup: Lookup;
}
interface Processor {
  applyLookups(lookups: AppliedLookup[], glyphs: { features: Record<string, boolean> }[], positions?: unknown): void;
}
interface FontInternals {
  unitsPerEm: number;
  GDEF?: { glyphClassDef?: ClassDef };
  kern?: unknown;
  hmtx: { metrics: { length: number; get(index: number): { advance: number } } };
  _variationProcessor?: unknown;
  _cmapProcessor: { lookup(codePoint: number): number };
  _layoutEngine: { engine?: { GSUBProcessor?: Processor | null; GPOSProcessor?: Processor | null } };
  layout(text: string): unknown;
}

/** A pair-kerning lookup as fontkit applies it: its subtables in order, the first that applies wins. */
type PairTables = SubTable[];

interface ScriptClass {
  /** Glyphs at which some other active lookup could apply. */
  triggers: Set<number>;
  /** Pairs of glyphs (left × 0x10000 + right) at which a ligature could apply. */
  pairTriggers: Set<number>;
  /** The pair lookups fontkit applies, in its order (a lookup in two features is applied twice). */
  pairs: PairTables[];
}

interface Prepared {
  font: FontInternals;
  scale: number;
  latin: ScriptClass;
  common: ScriptClass;
  /** Glyphs by character code. */
  glyphs: Map<number, PlainGlyph | null>;
  pairValues: Map<PairTables, Map<number, [ValueRecord, ValueRecord] | null>>;
}

const prepared = new WeakMap<object, Prepared | null>();

/** Calls `visit` with each glyph of the coverage and its coverage index; false for a coverage format unknown here. */
function eachCovered(coverage: Coverage | undefined, visit: (glyph: number, index: number) => void): boolean {
  if (!coverage) return false;
  if (coverage.version === 1) (coverage.glyphs ?? []).forEach(visit);
  else if (coverage.version === 2)
    for (const range of coverage.rangeRecords ?? [])
      for (let id = range.start; id <= range.end; id++) visit(id, range.startCoverageIndex + id - range.start);
  else return false;
  return true;
}

/** Where a lookup could apply to a word of plain glyphs: at a glyph, or at a glyph followed by another. */
interface Triggers {
  /** The glyphs of plain characters (the only glyphs a plain word holds: nothing substitutes them). */
  plain: Set<number>;
  glyphs: Set<number>;
  pairs: Set<number>;
}

const pairKey = (left: number, right: number): number => left * 0x10000 + right;

/** A contextual subtable of format 3 applies only where every glyph of its sequence can be a plain one. */
function contextual(table: SubTable, chaining: boolean, triggers: Triggers): boolean {
  const sequence = chaining
    ? [...(table.backtrackCoverage ?? []), ...(table.inputCoverage ?? []), ...(table.lookaheadCoverage ?? [])]
    : (table.coverages ?? []);
  const first = chaining ? table.inputCoverage?.[0] : table.coverages?.[0];
  const reachable = sequence.every((coverage) => {
    let any = false;
    const known = eachCovered(coverage, (glyph) => {
      any ||= triggers.plain.has(glyph);
    });
    return known && any;
  });
  if (!reachable) return first !== undefined;
  return eachCovered(first, (glyph) => {
    if (triggers.plain.has(glyph)) triggers.glyphs.add(glyph);
  });
}

/** A ligature applies where its first glyph is followed by its second; one of non-plain glyphs never applies. */
function ligatures(table: SubTable, triggers: Triggers): boolean {
  return eachCovered(table.coverage, (glyph, index) => {
    if (!triggers.plain.has(glyph)) return;
    for (const ligature of table.ligatureSets!.get(index)) {
      if (!ligature.components.every((component) => triggers.plain.has(component))) continue;
      if (ligature.components.length === 0) triggers.glyphs.add(glyph);
      else triggers.pairs.add(pairKey(glyph, ligature.components[0]!));
    }
  });
}

/** The coverage a subtable checks the current glyph against before anything else, by lookup type (GSUB, GPOS). */
function firstCoverage(table: SubTable, type: number, gpos: boolean): Coverage | undefined {
  if (gpos && (type === 4 || type === 5)) return table.markCoverage;
  if (gpos && type === 6) return table.mark1Coverage;
  return table.coverage;
}

/** Adds where the subtable could apply, or returns false when it is of a kind not understood here. */
function addSubTable(table: SubTable, type: number, gpos: boolean, triggers: Triggers): boolean {
  const contextType = gpos ? 7 : 5;
  if ((type === contextType || type === contextType + 1) && table.version === 3)
    return contextual(table, type === contextType + 1, triggers);
  if (!gpos && type === 4) return ligatures(table, triggers);
  return eachCovered(firstCoverage(table, type, gpos), (glyph) => {
    if (triggers.plain.has(glyph)) triggers.glyphs.add(glyph);
  });
}

function addTriggers(lookup: Lookup, gpos: boolean, triggers: Triggers): boolean {
  const extension = gpos ? 9 : 7;
  for (const sub of lookup.subTables) {
    const table = lookup.lookupType === extension ? sub.extension : sub;
    const type = lookup.lookupType === extension ? sub.lookupType : lookup.lookupType;
    if (!table || type === undefined || !addSubTable(table, type, gpos, triggers)) return false;
  }
  return true;
}

function pairTables(lookup: Lookup): PairTables | undefined {
  const tables: SubTable[] = [];
  for (const sub of lookup.subTables) {
    const table = lookup.lookupType === 9 ? sub.extension : sub;
    const type = lookup.lookupType === 9 ? sub.lookupType : lookup.lookupType;
    if (type !== 2 || !table || (table.version !== 1 && table.version !== 2)) return undefined;
    tables.push(table);
  }
  return tables;
}

/** The lookups fontkit applies to `probe` (one stage after another), with the features the probe's glyphs carry. */
function recordLookups(font: FontInternals, probe: string): { gsub: AppliedLookup[]; gpos: AppliedLookup[] } | null {
  const engine = font._layoutEngine.engine;
  if (!engine) return null;
  const seen = { gsub: [] as AppliedLookup[], gpos: [] as AppliedLookup[] };
  const wrap = (processor: Processor | null | undefined, into: AppliedLookup[]) => {
    if (!processor) return () => undefined;
    const original = processor.applyLookups;
    processor.applyLookups = function (lookups, glyphs, positions) {
      const features = glyphs[0]?.features ?? {};
      for (const applied of lookups) if (applied.feature in features) into.push(applied);
      return original.call(this, lookups, glyphs, positions);
    };
    return () => {
      processor.applyLookups = original;
    };
  };
  const restoreGsub = wrap(engine.GSUBProcessor, seen.gsub);
  const restoreGpos = wrap(engine.GPOSProcessor, seen.gpos);
  try {
    font.layout(probe);
  } finally {
    restoreGsub();
    restoreGpos();
  }
  return seen;
}

function scriptClass(font: FontInternals, probe: string, plain: Set<number>): ScriptClass | null {
  const seen = recordLookups(font, probe);
  if (!seen || !seen.gpos.some((applied) => applied.feature === 'kern')) return null;
  // A lookup that skips base glyphs would match across them: not followed here.
  if ([...seen.gsub, ...seen.gpos].some((applied) => applied.lookup.flags.flags?.ignoreBaseGlyphs)) return null;
  const triggers: Triggers = { plain, glyphs: new Set(), pairs: new Set() };
  for (const { lookup } of seen.gsub) if (!addTriggers(lookup, false, triggers)) return null;
  const pairs: PairTables[] = [];
  for (const { lookup } of seen.gpos) {
    const tables = pairTables(lookup);
    if (tables) pairs.push(tables);
    else if (!addTriggers(lookup, true, triggers)) return null;
  }
  return { triggers: triggers.glyphs, pairTriggers: triggers.pairs, pairs };
}

/** The glyphs of the plain characters, leaving out any GDEF does not class as a base glyph (or leaves unclassed). */
function plainGlyphIds(font: FontInternals): Set<number> {
  const ids = new Set<number>();
  for (let code = 0x20; code <= 0x24f; code++)
    if (isLatinLetter(code) || isPlainCommon(code)) {
      const id = font._cmapProcessor.lookup(code);
      if (classOf(font.GDEF!.glyphClassDef!, id) <= 1) ids.add(id);
    }
  for (let code = 0x2010; code <= 0x20ac; code++)
    if (isPlainCommon(code)) {
      const id = font._cmapProcessor.lookup(code);
      if (classOf(font.GDEF!.glyphClassDef!, id) <= 1) ids.add(id);
    }
  return ids;
}

/** What this module needs of a font (static, with GDEF glyph classes and GPOS kerning), prepared once; else null. */
function prepare(font: fontkit.Font): Prepared | null {
  let ready = prepared.get(font);
  if (ready !== undefined) return ready;
  const internals = font as unknown as FontInternals;
  ready = null;
  if (!internals._variationProcessor && internals.GDEF?.glyphClassDef) {
    const plain = plainGlyphIds(internals);
    const latin = scriptClass(internals, 'a', plain);
    const common = scriptClass(internals, '1', plain);
    if (latin && common)
      ready = {
        font: internals,
        scale: 1000 / internals.unitsPerEm,
        latin,
        common,
        glyphs: new Map(),
        pairValues: new Map(),
      };
  }
  prepared.set(font, ready);
  return ready;
}

/** Latin letters: the script fontkit detects for a word holding any of them. */
function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0xaa ||
    code === 0xba ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Characters of the Common script taken here: no default-ignorables (soft hyphen), no fraction slash, no marks. */
function isPlainCommon(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xbf && code !== 0xad && code !== 0xaa && code !== 0xba) ||
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x203a) ||
    code === 0x20ac
  );
}

function classOf(classDef: ClassDef, glyph: number): number {
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

function coverageIndex(coverage: Coverage, glyph: number): number {
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

/** The values fontkit's PairPos applies to the pair, or null when no subtable applies (the next lookup goes on). */
function pairValue(tables: PairTables, left: number, right: number): [ValueRecord, ValueRecord] | null {
  for (const table of tables) {
    const index = coverageIndex(table.coverage!, left);
    if (index === -1) continue;
    if (table.version === 1) {
      for (const pair of table.pairSets!.get(index)) if (pair.secondGlyph === right) return [pair.value1, pair.value2];
      continue;
    }
    const record = table.classRecords!.get(classOf(table.classDef1!, left)).get(classOf(table.classDef2!, right));
    return [record.value1, record.value2];
  }
  return null;
}

/** The glyph of a character (null: not plain, or GDEF does not class its glyph as a base), kept per character. */
function glyphFor(ready: Prepared, code: number): PlainGlyph | null {
  let glyph = ready.glyphs.get(code);
  if (glyph === undefined) {
    glyph = null;
    const id = isLatinLetter(code) || isPlainCommon(code) ? ready.font._cmapProcessor.lookup(code) : -1;
    if (id >= 0 && classOf(ready.font.GDEF!.glyphClassDef!, id) <= 1) {
      const metrics = ready.font.hmtx.metrics;
      const advance = id < metrics.length ? metrics.get(id).advance : (metrics.get(metrics.length - 1)?.advance ?? 0);
      glyph = { id, advanceWidth: advance, codePoints: [code] };
    }
    ready.glyphs.set(code, glyph);
  }
  return glyph;
}

/** The glyphs of `text` when every character is plain and no glyph is a trigger, with the script class; else null. */
function plainGlyphs(ready: Prepared, text: string): { glyphs: PlainGlyph[]; script: ScriptClass } | null {
  const glyphs: PlainGlyph[] = [];
  let latin = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const glyph = glyphFor(ready, code);
    if (!glyph) return null;
    latin ||= isLatinLetter(code);
    glyphs.push(glyph);
  }
  const script = latin ? ready.latin : ready.common;
  for (let index = 0; index < glyphs.length; index++) {
    const id = glyphs[index]!.id;
    if (script.triggers.has(id)) return null;
    if (index > 0 && script.pairTriggers.has(pairKey(glyphs[index - 1]!.id, id))) return null;
  }
  return { glyphs, script };
}

function cachedPairValue(ready: Prepared, tables: PairTables, left: number, right: number) {
  let values = ready.pairValues.get(tables);
  if (!values) {
    values = new Map();
    ready.pairValues.set(tables, values);
  }
  const key = left * 0x10000 + right;
  let value = values.get(key);
  if (value === undefined) {
    value = pairValue(tables, left, right);
    values.set(key, value);
  }
  return value;
}

function apply(position: PlainPosition, value: ValueRecord): void {
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}

/**
 * The run fontkit would lay out for `text` in `font`, scaled as pdfkit scales it, or undefined when the word needs
 * fontkit (a character or glyph this module does not take, or a font it cannot prepare).
 */
export function plainRun(font: fontkit.Font, text: string): PlainRun | undefined {
  const ready = prepare(font);
  if (!ready || text.length === 0) return undefined;
  const plain = plainGlyphs(ready, text);
  if (!plain) return undefined;
  const { glyphs, script } = plain;
  // In font units first, as fontkit keeps them (integer sums), then scaled once, as pdfkit does.
  const positions: PlainPosition[] = glyphs.map((glyph) => ({
    xAdvance: glyph.advanceWidth,
    yAdvance: 0,
    xOffset: 0,
    yOffset: 0,
    advanceWidth: 0,
  }));
  for (const tables of script.pairs)
    for (let index = 0; index + 1 < glyphs.length; index++) {
      const value = cachedPairValue(ready, tables, glyphs[index]!.id, glyphs[index + 1]!.id);
      if (!value) continue;
      apply(positions[index]!, value[0]);
      apply(positions[index + 1]!, value[1]);
    }
  let advanceWidth = 0;
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index]!;
    position.xAdvance *= ready.scale;
    position.yAdvance *= ready.scale;
    position.xOffset *= ready.scale;
    position.yOffset *= ready.scale;
    position.advanceWidth = glyphs[index]!.advanceWidth * ready.scale;
    advanceWidth += position.xAdvance;
  }
  return { glyphs, positions, advanceWidth };
}
