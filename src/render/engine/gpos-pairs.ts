// GPOS pair-kerning lookups read from the table's bytes, in the shapes fontkit decodes them to (otl-tables.ts), for the
// plain word layout (plain-shaping-plan.ts). fontkit decodes a lookup whole when it is first asked: each coverage range
// and each class range of every subtable an object of restructure's, 15-19 ms per font for Source Sans 3's kerning,
// the largest part of preparing a font. Here the coverage and class definitions are plain arrays read at once, and a
// pair set or class record is read only when a pair asks for it.
import { coverageAt, type GposBytes, gposLookup } from './gpos-marks.js';
import type { ClassDef, SubTable, ValueRecord } from './otl-tables.js';

const PAIR = 2;

/** A pair-kerning lookup: its subtables in order and the flags the plain layout asks of it. */
export interface PairLookup {
  tables: SubTable[];
  ignoreBaseGlyphs: boolean;
  ignoreLigatures: boolean;
}

function classDefAt(view: DataView, at: number): ClassDef {
  const format = view.getUint16(at);
  if (format === 1) {
    const count = view.getUint16(at + 4);
    const classValueArray: number[] = [];
    for (let index = 0; index < count; index++) classValueArray.push(view.getUint16(at + 6 + index * 2));
    return { version: 1, startGlyph: view.getUint16(at + 2), classValueArray };
  }
  if (format !== 2) throw new RangeError(`class definition format ${format}`);
  const classRangeRecord: NonNullable<ClassDef['classRangeRecord']> = [];
  for (let index = 0; index < view.getUint16(at + 2); index++) {
    const record = at + 4 + index * 6;
    classRangeRecord.push({
      start: view.getUint16(record),
      end: view.getUint16(record + 2),
      class: view.getUint16(record + 4),
    });
  }
  return { version: 2, classRangeRecord };
}

/** The fields of a value record of `format` (fontkit's: the four numbers, device tables not read), in bytes. */
function valueSize(format: number): number {
  let size = 0;
  for (let bit = 0; bit < 8; bit++) if (format & (1 << bit)) size += 2;
  return size;
}

function valueAt(view: DataView, at: number, format: number): ValueRecord {
  const value: ValueRecord = {};
  let field = at;
  const next = (): number => {
    const number = view.getInt16(field);
    field += 2;
    return number;
  };
  if (format & 1) value.xPlacement = next();
  if (format & 2) value.yPlacement = next();
  if (format & 4) value.xAdvance = next();
  if (format & 8) value.yAdvance = next();
  return value;
}

/** Items read when first asked (as restructure's LazyArray): undefined past the end, as fontkit's. */
function lazy<T>(count: number, read: (index: number) => T): { get(index: number): T | undefined } {
  const items: T[] = [];
  return {
    get(index) {
      if (index < 0 || index >= count) return undefined;
      items[index] ??= read(index);
      return items[index];
    },
  };
}

function pairSubTable(view: DataView, at: number): SubTable {
  const format = view.getUint16(at);
  const format1 = view.getUint16(at + 4);
  const format2 = view.getUint16(at + 6);
  const size1 = valueSize(format1);
  const size2 = valueSize(format2);
  const coverage = coverageAt(view, at + view.getUint16(at + 2));
  if (format === 1) {
    const pairSets = lazy(view.getUint16(at + 8), (index) => {
      const set = at + view.getUint16(at + 10 + index * 2);
      const pairs: { secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[] = [];
      for (let pair = 0; pair < view.getUint16(set); pair++) {
        const record = set + 2 + pair * (2 + size1 + size2);
        pairs.push({
          secondGlyph: view.getUint16(record),
          value1: valueAt(view, record + 2, format1),
          value2: valueAt(view, record + 2 + size1, format2),
        });
      }
      return pairs;
    });
    return { version: 1, coverage, pairSets: pairSets as SubTable['pairSets'] };
  }
  const class1Count = view.getUint16(at + 12);
  const class2Count = view.getUint16(at + 14);
  const records = at + 16;
  const classRecords = lazy(class1Count, (class1) =>
    lazy(class2Count, (class2) => {
      const record = records + (class1 * class2Count + class2) * (size1 + size2);
      return { value1: valueAt(view, record, format1), value2: valueAt(view, record + size1, format2) };
    }),
  );
  return {
    version: 2,
    coverage,
    classDef1: classDefAt(view, at + view.getUint16(at + 8)),
    classDef2: classDefAt(view, at + view.getUint16(at + 10)),
    classRecords: classRecords as SubTable['classRecords'],
  };
}

const read = new WeakMap<object, Map<number, PairLookup | undefined>>();

/**
 * GPOS lookup `index` when every subtable of it is pair positioning of format 1 or 2 (through extensions or not),
 * or undefined when it is of another kind or its bytes cannot be read so. Read once per font and lookup.
 */
export function pairLookup(font: GposBytes, index: number): PairLookup | undefined {
  let lookups = read.get(font);
  if (!lookups) {
    lookups = new Map();
    read.set(font, lookups);
  }
  if (!lookups.has(index)) lookups.set(index, readPairLookup(font, index));
  return lookups.get(index);
}

function readPairLookup(font: GposBytes, index: number): PairLookup | undefined {
  try {
    const lookup = gposLookup(font, index);
    if (!lookup) return undefined;
    const tables: SubTable[] = [];
    for (const { type, at } of lookup.subTables) {
      const format = lookup.view.getUint16(at);
      if (type !== PAIR || (format !== 1 && format !== 2)) return undefined;
      tables.push(pairSubTable(lookup.view, at));
    }
    return { tables, ignoreBaseGlyphs: (lookup.flags & 0x2) !== 0, ignoreLigatures: (lookup.flags & 0x4) !== 0 };
  } catch {
    return undefined;
  }
}
