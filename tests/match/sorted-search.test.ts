// Binary searches in ascending lists (src/match/sorted-search.ts), held against a linear scan over lists with runs
// of equal values, in every kind of list the comparison searches, and within bounds; and the values two ascending
// lists share, held against a Set.
import { describe, expect, it } from 'vitest';
import { firstAbove, firstAtLeast, sharedCount } from '../../src/match/sorted-search.js';

const values = [1, 3, 3, 3, 7, 9, 9];
const linear = (test: (value: number) => boolean, from = 0, to = values.length): number => {
  for (let index = from; index < to; index++) if (test(values[index] as number)) return index;
  return to;
};

describe('sorted search', () => {
  it('finds where each value, between and beside those in the list, would go', () => {
    for (const list of [values, Int32Array.from(values), Float64Array.from(values)]) {
      for (let value = 0; value <= 10; value += 0.5) {
        expect(firstAtLeast(list, value), `at least ${value}`).toBe(linear((v) => v >= value));
        expect(firstAbove(list, value), `above ${value}`).toBe(linear((v) => v > value));
      }
    }
    expect(firstAtLeast([], 1)).toBe(0);
    expect(firstAbove([], 1)).toBe(0);
  });

  it('searches only within [from, to)', () => {
    for (const [from, to] of [
      [2, 5],
      [4, 4],
      [0, 3],
    ] as const) {
      for (let value = 0; value <= 10; value++) {
        expect(firstAtLeast(values, value, from, to)).toBe(linear((v) => v >= value, from, to));
        expect(firstAbove(values, value, from, to)).toBe(linear((v) => v > value, from, to));
      }
    }
  });
});

describe('sharedCount', () => {
  it('counts the values two ascending lists both hold, as a Set of one finds them', () => {
    const lists = [[], [0], [1, 4, 9], [2, 3, 4, 5, 9, 12], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [13, 14]];
    for (const a of lists)
      for (const b of lists) {
        const expected = a.filter((value) => new Set(b).has(value)).length;
        expect(sharedCount(Int32Array.from(a), Int32Array.from(b)), `${a} / ${b}`).toBe(expected);
        expect(sharedCount(a, b)).toBe(expected);
      }
  });
});
