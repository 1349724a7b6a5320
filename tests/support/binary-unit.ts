// fast-check's `unit: 'binary'` (every code point but the surrogates' halves, which a string can only hold in pairs)
// made here, with the same values for the same seeds: fast-check maps a number 0 … 1,112,063 to a code point in
// order and, to read a string back into numbers (its "dangerous strings", which it mixes into what it generates, are
// read back when a string arbitrary is made), first builds a Map of all 1.1 million code points: 1.3 CPU seconds in
// every test process that makes such a string arbitrary. The way back here is arithmetic. The same strings as
// fast-check's own for the same seeds: tests/support/binary-unit.test.ts.
import fc from 'fast-check';

/** The first code point after the surrogates (U+D800 … U+DFFF). */
const AFTER_SURROGATES = 0xe000;
const SURROGATES = 0x800;
const LAST_CODE_POINT = 0x10ffff;

/** The code point fast-check's binary unit maps `index` to: those before the surrogates, then those after them. */
export function codePointAt(index: number): string {
  return String.fromCodePoint(index < 0xd800 ? index : index + SURROGATES);
}

/** The number codePointAt maps to `value`; throws for anything else, as fast-check's own way back does. */
export function indexOf(value: unknown): number {
  const codePoint = typeof value === 'string' ? value.codePointAt(0) : undefined;
  if (
    codePoint === undefined ||
    String.fromCodePoint(codePoint) !== value ||
    (codePoint >= 0xd800 && codePoint < AFTER_SURROGATES)
  )
    throw new Error('not one code point of the binary unit');
  return codePoint < 0xd800 ? codePoint : codePoint - SURROGATES;
}

/** One code point, as `fc.string({ unit: 'binary' })` draws each. */
export const binaryUnit: fc.Arbitrary<string> = fc.nat({ max: LAST_CODE_POINT - SURROGATES }).map(codePointAt, indexOf);
