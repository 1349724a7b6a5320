// binaryUnit stands in for fast-check's `unit: 'binary'` only while it draws the very same strings (this file pays
// fast-check's 1.3 CPU seconds for its own, once).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryUnit, codePointAt, indexOf } from './binary-unit.js';

describe("fast-check's binary unit, made with arithmetic", () => {
  it('gives the strings fast-check gives for the same seeds, shrunk alike', () => {
    for (const seed of [1, 20_261_127]) {
      const theirs = fc.sample(fc.string({ unit: 'binary', maxLength: 600 }), { seed, numRuns: 100 });
      const ours = fc.sample(fc.string({ unit: binaryUnit, maxLength: 600 }), { seed, numRuns: 100 });
      expect(ours).toEqual(theirs);
    }
    const counterexample = (unit: 'binary' | fc.Arbitrary<string>) =>
      fc.check(
        fc.property(fc.string({ unit, maxLength: 600 }), (text) => !/[\u{10000}-\u{10ffff}]/u.test(text)),
        { seed: 7 },
      ).counterexample;
    expect(counterexample(binaryUnit)).toEqual(counterexample('binary'));
  });

  it('maps numbers to every code point but the surrogates, in order, and back', () => {
    const edges: [number, string][] = [
      [0, '\u0000'],
      [0xd7ff, '\ud7ff'],
      [0xd800, '\ue000'],
      [0xffff - 0x800, '\uffff'],
      [0x10000 - 0x800, '\u{10000}'],
      [0x10ffff - 0x800, '\u{10ffff}'],
    ];
    for (const [index, text] of edges) {
      expect(codePointAt(index)).toBe(text);
      expect(indexOf(text)).toBe(index);
    }
  });

  it('reads back exactly the code points it draws', () => {
    expect(binaryUnit.canShrinkWithoutContext('a')).toBe(true);
    expect(binaryUnit.canShrinkWithoutContext('\u{10ffff}')).toBe(true);
    expect(binaryUnit.canShrinkWithoutContext('\ue000')).toBe(true);
    for (const value of ['\ud800', '\udfff', 'ab', '', 3, '\ud83d\ude00\u0301'])
      expect(binaryUnit.canShrinkWithoutContext(value)).toBe(false);
  });
});
