// Word layout without fontkit's full layout engine, for the words its features change at most by plain ligatures
// and pair kerning. A cold build lays out every distinct word of a policy (a third of its time, issue 30); fontkit
// sets up a shaping plan, decodes every active lookup whole and runs it over every glyph, and decodes each glyph's
// outline for metrics the PDF never reads. Each font is prepared once (plain-shaping-plan.ts): the lookups fontkit
// would apply to a word are recorded from its own plan, and every glyph or pair at which one of them other than a
// ligature or pair kerning could act is a trigger. A word made only of plain Latin and common characters, meeting
// no trigger, is laid out here (cmap, hmtx advances, the ligature and kerning lookups in fontkit's order); any other
// word goes to fontkit. The runs equal fontkit's number for number (tests/render/engine/plain-shaping*.test.ts check
// every distinct word of the policies and of ../shared/dev-corpus in all shipped font files), so the PDF bytes do
// not change. The Word output sizes its table columns by the same layout's advance (plainAdvance).
import type * as fontkit from 'fontkit';
import { classOf, coverageIndex, type SubTable, type ValueRecord } from './otl-tables.js';
import {
  isLatinLetter,
  isPlainCommon,
  type PairTables,
  type PlainGlyph,
  type Prepared,
  pairKey,
  prepare,
  type ScriptClass,
  soloKey,
} from './plain-shaping-plan.js';

export type { PlainGlyph };

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

/** A glyph's advance as fontkit's glyph metrics read it from hmtx (the last advance for glyphs past the table). */
function advanceOf(ready: Prepared, id: number): number {
  const metrics = ready.font.hmtx.metrics;
  return id < metrics.length ? metrics.get(id).advance : (metrics.get(metrics.length - 1)?.advance ?? 0);
}

/** The glyph of a character (null: not plain, or GDEF does not class its glyph as a base), kept per character. */
function glyphFor(ready: Prepared, code: number): PlainGlyph | null {
  let glyph = ready.glyphs.get(code);
  if (glyph === undefined) {
    glyph = null;
    const id = isLatinLetter(code) || isPlainCommon(code) ? ready.font._cmapProcessor.lookup(code) : -1;
    if (id >= 0 && classOf(ready.font.GDEF!.glyphClassDef!, id) <= 1) {
      glyph = { id, advanceWidth: advanceOf(ready, id), codePoints: [code] };
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
  if (touched(glyphs, script)) return null;
  const ligated = glyphs.some((glyph) => script.ligatureStarts.has(glyph.id))
    ? applyLigatures(ready, glyphs, script)
    : glyphs;
  if (!ligated || (ligated !== glyphs && touched(ligated, script))) return null;
  return { glyphs: ligated, script };
}

/** Whether some lookup not followed here could apply to the glyphs. */
function touched(glyphs: readonly PlainGlyph[], script: ScriptClass): boolean {
  for (let index = 0; index < glyphs.length; index++) {
    const id = glyphs[index]!.id;
    if (script.triggers.has(id)) return true;
    if (index > 0 && script.pairTriggers.has(pairKey(glyphs[index - 1]!.id, id))) return true;
  }
  return false;
}

const ligatureSets = new WeakMap<SubTable, Map<number, { glyph: number; components: number[] }[]>>();

function ligatureSet(table: SubTable, index: number): { glyph: number; components: number[] }[] {
  let sets = ligatureSets.get(table);
  if (!sets) {
    sets = new Map();
    ligatureSets.set(table, sets);
  }
  let set = sets.get(index);
  if (!set) {
    set = [...table.ligatureSets!.get(index)];
    sets.set(index, set);
  }
  return set;
}

/** The ligature at `at` as fontkit's GSUB makes it (its first match in its set), or undefined. */
function ligatureAt(table: SubTable, glyphs: readonly PlainGlyph[], at: number) {
  const index = coverageIndex(table.coverage!, glyphs[at]!.id);
  if (index === -1) return undefined;
  return ligatureSet(table, index).find(
    ({ components }) =>
      at + components.length < glyphs.length &&
      components.every((component, offset) => glyphs[at + 1 + offset]!.id === component),
  );
}

/**
 * The glyphs after the applied ligature lookups, each over every position in order, its subtables in order until one
 * applies (as fontkit runs them); null for a ligature glyph GDEF classes as a mark.
 */
function applyLigatures(ready: Prepared, glyphs: PlainGlyph[], script: ScriptClass): PlainGlyph[] | null {
  let out = glyphs;
  for (const [lookup, tables] of script.ligatures.entries()) {
    const opening = script.ligatureOpenings[lookup];
    for (let at = 0; at < out.length; at++) {
      if (opening && !opensAt(opening, out, at)) continue;
      for (const table of tables) {
        const ligature = ligatureAt(table, out, at);
        if (!ligature) continue;
        const parts = out.slice(at, at + 1 + ligature.components.length);
        const made = madeGlyph(
          ready,
          ligature.glyph,
          parts.flatMap((part) => part.codePoints),
        );
        if (!made) return null;
        out = [...out.slice(0, at), made, ...out.slice(at + parts.length)];
        break;
      }
    }
  }
  return out;
}

/** Whether a ligature of the lookup with these openings could start at `at` (else none of its subtables applies). */
function opensAt(opening: Set<number>, glyphs: readonly PlainGlyph[], at: number): boolean {
  const id = glyphs[at]!.id;
  if (opening.has(soloKey(id))) return true;
  const next = glyphs[at + 1];
  return next !== undefined && opening.has(pairKey(id, next.id));
}

function madeGlyph(ready: Prepared, id: number, codePoints: number[]): PlainGlyph | null {
  if (classOf(ready.font.GDEF!.glyphClassDef!, id) === 3) return null;
  const key = `${id}:${codePoints.join(',')}`;
  let glyph = ready.made.get(key);
  if (!glyph) {
    glyph = { id, advanceWidth: advanceOf(ready, id), codePoints };
    ready.made.set(key, glyph);
  }
  return glyph;
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

/** The glyphs of `text` and their positions in font units, as fontkit keeps them (integer sums); else undefined. */
function unscaledRun(
  font: fontkit.Font,
  text: string,
): { ready: Prepared; glyphs: PlainGlyph[]; positions: PlainPosition[] } | undefined {
  const ready = prepare(font);
  if (!ready || text.length === 0) return undefined;
  const plain = plainGlyphs(ready, text);
  if (!plain) return undefined;
  const { glyphs, script } = plain;
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
  return { ready, glyphs, positions };
}

/**
 * The advance width of fontkit's layout of `text` (`font.layout(text).advanceWidth`, in font units), or undefined
 * when the text needs fontkit. The Word output sizes table columns by it (src/render/docx/measure.ts), where the
 * first text fontkit itself lays out in a font decodes every lookup it applies, whole.
 */
export function plainAdvance(font: fontkit.Font, text: string): number | undefined {
  const laid = unscaledRun(font, text);
  if (!laid) return undefined;
  let advance = 0;
  for (const position of laid.positions) advance += position.xAdvance;
  return advance;
}

/**
 * The run fontkit would lay out for `text` in `font`, scaled as pdfkit scales it, or undefined when the word needs
 * fontkit (a character or glyph this module does not take, or a font it cannot prepare).
 */
export function plainRun(font: fontkit.Font, text: string): PlainRun | undefined {
  const laid = unscaledRun(font, text);
  if (!laid) return undefined;
  const { ready, glyphs, positions } = laid;
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
