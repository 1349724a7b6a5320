// The glyphs a GPOS mark-attachment lookup starts at, read from the table's bytes. fontkit decodes a lookup's
// subtables whole, and a mark lookup's whole is every anchor of every mark and base glyph: the largest part of a
// font's first word layout (issue 30). The plain word layout (plain-shaping.ts) needs only the mark coverage, to know
// that a word without marks never meets these lookups.
import type { Coverage } from './otl-tables.js';

/** The bytes of a font's GPOS table, as fontkit keeps them. */
export interface GposBytes {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { buffer: Uint8Array };
}

const MARK_TYPES = new Set([4, 5, 6]);
const EXTENSION = 9;

/** A GPOS lookup as its bytes have it: the table's view, the lookup's flags, each subtable's type and offset. */
export interface GposLookup {
  view: DataView;
  flags: number;
  /** An extension subtable (type 9) read through to the subtable it points at. */
  subTables: { type: number; at: number }[];
}

/**
 * GPOS lookup `index` of the font, or undefined when the font has no GPOS table or no such lookup; a RangeError
 * where the bytes end before what they point at (the callers read such a font as fontkit would not).
 */
export function gposLookup(font: GposBytes, index: number): GposLookup | undefined {
  const entry = font.directory.tables.GPOS;
  if (!entry) return undefined;
  const bytes = font.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, entry.length);
  const lookupList = view.getUint16(8);
  if (index >= view.getUint16(lookupList)) return undefined;
  const lookup = lookupList + view.getUint16(lookupList + 2 + index * 2);
  const subTables: GposLookup['subTables'] = [];
  for (let sub = 0; sub < view.getUint16(lookup + 4); sub++) {
    let at = lookup + view.getUint16(lookup + 6 + sub * 2);
    let type = view.getUint16(lookup);
    if (type === EXTENSION) {
      type = view.getUint16(at + 2);
      at += view.getUint32(at + 4);
    }
    subTables.push({ type, at });
  }
  return { view, flags: view.getUint16(lookup + 2), subTables };
}

/** A coverage table read from its bytes, in the shape fontkit decodes it to (otl-tables.ts). */
export function coverageAt(view: DataView, at: number): Coverage {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  if (format === 1) {
    const glyphs: number[] = [];
    for (let index = 0; index < count; index++) glyphs.push(view.getUint16(at + 4 + index * 2));
    return { version: 1, glyphs };
  }
  if (format !== 2) throw new RangeError(`coverage format ${format}`);
  const rangeRecords: NonNullable<Coverage['rangeRecords']> = [];
  for (let index = 0; index < count; index++) {
    const record = at + 4 + index * 6;
    rangeRecords.push({
      start: view.getUint16(record),
      end: view.getUint16(record + 2),
      startCoverageIndex: view.getUint16(record + 4),
    });
  }
  return { version: 2, rangeRecords };
}

/** Every glyph a coverage table lists, in its order (a range's glyphs one by one). */
function coverageGlyphs(view: DataView, at: number): number[] {
  const coverage = coverageAt(view, at);
  if (coverage.version === 1) return coverage.glyphs ?? [];
  const glyphs: number[] = [];
  for (const range of coverage.rangeRecords ?? []) for (let id = range.start; id <= range.end; id++) glyphs.push(id);
  return glyphs;
}

/**
 * The glyphs in the mark coverage (MarkBasePos, MarkLigPos) or mark-1 coverage (MarkMarkPos) of every subtable of
 * GPOS lookup `index`, or undefined when the lookup is of another type or the bytes cannot be read so.
 */
export function markLookupGlyphs(font: GposBytes, index: number): number[] | undefined {
  try {
    const lookup = gposLookup(font, index);
    if (!lookup) return undefined;
    const glyphs: number[] = [];
    for (const { type, at } of lookup.subTables) {
      if (!MARK_TYPES.has(type) || lookup.view.getUint16(at) !== 1) return undefined;
      glyphs.push(...coverageGlyphs(lookup.view, at + lookup.view.getUint16(at + 2)));
    }
    return glyphs;
  } catch {
    return undefined;
  }
}
