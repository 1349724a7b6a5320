// The preparation of a font for the plain word layout (plain-shaping.ts): which characters it takes, the lookups
// fontkit would apply to a word of a script class (recorded from fontkit's own plan for a probe word, neither decoded
// whole nor applied), the glyphs and glyph pairs at which any of them other than pair kerning and plain ligatures could
// act (a word holding one goes to fontkit), and the kerning and ligature lookups to apply, in fontkit's order.
import type * as fontkit from 'fontkit';
import { type GposBytes, markLookupGlyphs } from './gpos-marks.js';
import { pairLookup } from './gpos-pairs.js';
import {
  type ClassDef,
  classOf,
  type Coverage,
  eachCovered,
  type Lookup,
  type SubTable,
  type ValueRecord,
} from './otl-tables.js';

/** A glyph as pdfkit reads it from a run. */
export interface PlainGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface RecordedLookup {
  feature: string;
  index: number;
}
interface Processor {
  glyphs: unknown;
  positions: unknown;
  features: Record<string, { lookupListIndexes: number[] } | undefined>;
  lookupsForFeatures(userFeatures?: string[], exclude?: number[]): RecordedLookup[];
  applyLookups(lookups: RecordedLookup[], glyphs: { features: Record<string, boolean> }[], positions?: unknown): void;
}
interface LayoutTable {
  lookupList: { get(index: number): Lookup };
}
interface FontInternals extends GposBytes {
  unitsPerEm: number;
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  kern?: unknown;
  hmtx: { metrics: { length: number; get(index: number): { advance: number } } };
  _variationProcessor?: unknown;
  _cmapProcessor: { lookup(codePoint: number): number };
  _layoutEngine: { engine?: { GSUBProcessor?: Processor | null; GPOSProcessor?: Processor | null } };
  layout(text: string): unknown;
}

/** A pair-kerning lookup as fontkit applies it: its subtables in order, the first that applies wins. */
export type PairTables = SubTable[];

export interface ScriptClass {
  /** Glyphs at which some other active lookup could apply. */
  triggers: Set<number>;
  /** Pairs of glyphs (left × 0x10000 + right) at which a ligature could apply. */
  pairTriggers: Set<number>;
  /** The ligature lookups applied here, in fontkit's order (each a list of subtables). */
  ligatures: SubTable[][];
  /** The glyphs they start at: a word holding none of them is no business of theirs. */
  ligatureStarts: Set<number>;
  /**
   * Per ligature lookup (as in `ligatures`), the places one of its ligatures could start: its first glyph and the
   * glyph after (pairKey), or the first glyph alone (soloKey) for a ligature of one glyph; undefined where a coverage
   * is of a kind not read here (every place is tried). A word is matched against a lookup only where it could apply:
   * trying every glyph against every subtable's coverage was most of the plain layout's time.
   */
  ligatureOpenings: (Set<number> | undefined)[];
  /** The pair lookups fontkit applies, in its order (a lookup in two features is applied twice). */
  pairs: PairTables[];
}

export interface Prepared {
  font: FontInternals;
  scale: number;
  latin: ScriptClass;
  common: ScriptClass;
  /** Glyphs by character code. */
  glyphs: Map<number, PlainGlyph | null>;
  /** Ligature glyphs by glyph id and characters. */
  made: Map<string, PlainGlyph>;
  pairValues: Map<PairTables, Map<number, [ValueRecord, ValueRecord] | null>>;
}

const prepared = new WeakMap<object, Prepared | null>();

/** Where a lookup could apply to a word of plain glyphs: at a glyph, or at a glyph followed by another. */
interface Triggers {
  /** The glyphs of plain characters (the only glyphs a plain word holds: nothing substitutes them). */
  plain: Set<number>;
  glyphs: Set<number>;
  pairs: Set<number>;
  /** Glyphs the applied ligature lookups make of plain ones. */
  made: Set<number>;
}

export const pairKey = (left: number, right: number): number => left * 0x10000 + right;
/** A ligature of one glyph (no components) applies at that glyph whatever follows. */
export const soloKey = (glyph: number): number => -1 - glyph;

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

/**
 * The subtables of a ligature lookup that is applied here: one whose flags skip no glyph of a plain word (marks are
 * not in one), so that a ligature's components are the glyphs that follow, as fontkit matches them.
 */
function exactLigatures(lookup: Lookup): SubTable[] | undefined {
  const flags = lookup.flags.flags;
  if (flags?.ignoreBaseGlyphs || flags?.ignoreLigatures) return undefined;
  const tables: SubTable[] = [];
  for (const sub of lookup.subTables) {
    const table = lookup.lookupType === 7 ? sub.extension : sub;
    const type = lookup.lookupType === 7 ? sub.lookupType : lookup.lookupType;
    if (type !== 4 || !table?.coverage || !table.ligatureSets) return undefined;
    tables.push(table);
  }
  return tables;
}

function addLigatureGlyphs(table: SubTable, triggers: Triggers): void {
  eachCovered(table.coverage, (glyph, index) => {
    if (!triggers.plain.has(glyph)) return;
    for (const ligature of table.ligatureSets!.get(index))
      if (ligature.components.every((component) => triggers.plain.has(component))) triggers.made.add(ligature.glyph);
  });
}

/** An applied ligature lookup that could act on a glyph another ligature made: a word holding that glyph goes to fontkit. */
function ligaturesOnMade(table: SubTable, triggers: Triggers): void {
  eachCovered(table.coverage, (glyph, index) => {
    if (triggers.made.has(glyph)) triggers.glyphs.add(glyph);
    for (const ligature of table.ligatureSets!.get(index))
      for (const component of ligature.components) if (triggers.made.has(component)) triggers.glyphs.add(component);
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

/**
 * The lookups fontkit applies to `probe` (one stage after another, by index), with the features the probe's glyphs
 * carry. fontkit's plan runs as it would, but the lookups are neither decoded (fontkit decodes every active lookup
 * whole, every mark anchor included) nor applied: only the list is wanted.
 */
function recordLookups(font: FontInternals, probe: string): { gsub: RecordedLookup[]; gpos: RecordedLookup[] } | null {
  const engine = font._layoutEngine.engine;
  if (!engine) return null;
  const seen = { gsub: [] as RecordedLookup[], gpos: [] as RecordedLookup[] };
  const wrap = (processor: Processor | null | undefined, into: RecordedLookup[]) => {
    if (!processor) return () => undefined;
    const { lookupsForFeatures, applyLookups } = processor;
    // fontkit's lookupsForFeatures, less the decoding of each lookup.
    processor.lookupsForFeatures = function (userFeatures = [], exclude) {
      const lookups: RecordedLookup[] = [];
      for (const tag of userFeatures)
        for (const index of this.features[tag]?.lookupListIndexes ?? [])
          if (!exclude || exclude.indexOf(index) === -1) lookups.push({ feature: tag, index });
      return lookups.sort((a, b) => a.index - b.index);
    };
    processor.applyLookups = function (lookups, glyphs, positions) {
      // As fontkit's: GPOS's fix-ups after this read the glyphs of this layout, never those of an earlier one.
      this.glyphs = glyphs;
      this.positions = positions;
      const features = glyphs[0]?.features ?? {};
      for (const applied of lookups) if (applied.feature in features) into.push(applied);
    };
    return () => {
      processor.lookupsForFeatures = lookupsForFeatures;
      processor.applyLookups = applyLookups;
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

/** Adds where a positioning lookup could apply to plain glyphs, or records it as pair kerning; false if unknown. */
function addPositioning(font: FontInternals, index: number, triggers: Triggers, pairs: PairTables[]): boolean {
  const marks = markLookupGlyphs(font, index);
  if (marks) {
    for (const glyph of marks) if (triggers.plain.has(glyph)) triggers.glyphs.add(glyph);
    return true;
  }
  // Pair kerning is read from the bytes (gpos-pairs.ts); any other lookup is decoded by fontkit.
  const read = pairLookup(font, index);
  const lookup = read ? undefined : font.GPOS!.lookupList.get(index);
  const flags = read ?? lookup!.flags.flags;
  // A lookup that skips base glyphs would match across them: not followed here.
  if (flags?.ignoreBaseGlyphs) return false;
  const tables = read ? read.tables : pairTables(lookup!);
  if (tables) pairs.push(tables);
  // Kerning that skips ligatures would pair the glyphs around one: a word with a ligature goes to fontkit.
  if (tables && flags?.ignoreLigatures) for (const glyph of triggers.made) triggers.glyphs.add(glyph);
  return tables !== undefined || addTriggers(lookup!, true, triggers);
}

function starts(ligatures: (SubTable[] | undefined)[]): Set<number> {
  const glyphs = new Set<number>();
  for (const tables of ligatures)
    for (const table of tables ?? []) eachCovered(table.coverage, (glyph) => glyphs.add(glyph));
  return glyphs;
}

/** Every place a ligature of the lookup's subtables could start, from every glyph of their coverage. */
function openings(tables: SubTable[]): Set<number> | undefined {
  const keys = new Set<number>();
  for (const table of tables) {
    const known = eachCovered(table.coverage, (glyph, index) => {
      for (const { components } of table.ligatureSets!.get(index))
        keys.add(components.length === 0 ? soloKey(glyph) : pairKey(glyph, components[0]!));
    });
    if (!known) return undefined;
  }
  return keys;
}

function scriptClass(font: FontInternals, probe: string, plain: Set<number>): ScriptClass | null {
  const seen = recordLookups(font, probe);
  if (!seen || !font.GSUB || !font.GPOS || !seen.gpos.some((applied) => applied.feature === 'kern')) return null;
  const triggers: Triggers = { plain, glyphs: new Set(), pairs: new Set(), made: new Set() };
  const gsub = seen.gsub.map(({ index }) => font.GSUB!.lookupList.get(index));
  const ligatures = gsub.map(exactLigatures);
  // Glyphs the applied ligatures make: every other lookup is checked against them too.
  for (const tables of ligatures) for (const table of tables ?? []) addLigatureGlyphs(table, triggers);
  triggers.plain = new Set([...plain, ...triggers.made]);
  for (const [at, lookup] of gsub.entries()) {
    if (lookup.flags.flags?.ignoreBaseGlyphs) return null;
    const tables = ligatures[at];
    if (tables) for (const table of tables) ligaturesOnMade(table, triggers);
    else if (!addTriggers(lookup, false, triggers)) return null;
  }
  const pairs: PairTables[] = [];
  for (const { index } of seen.gpos) if (!addPositioning(font, index, triggers, pairs)) return null;
  const applied = ligatures.filter((tables) => tables !== undefined);
  return {
    triggers: triggers.glyphs,
    pairTriggers: triggers.pairs,
    ligatures: applied,
    ligatureStarts: starts(ligatures),
    ligatureOpenings: applied.map(openings),
    pairs,
  };
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
export function prepare(font: fontkit.Font): Prepared | null {
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
        made: new Map(),
        pairValues: new Map(),
      };
  }
  prepared.set(font, ready);
  return ready;
}

/** Latin letters: the script fontkit detects for a word holding any of them. */
export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0xaa ||
    code === 0xba ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Characters of the Common script taken here: no default-ignorables (soft hyphen), no fraction slash, no marks. */
export function isPlainCommon(code: number): boolean {
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
