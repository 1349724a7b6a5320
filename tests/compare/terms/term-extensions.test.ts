// The table of term extensions (src/compare/terms/term-extensions.ts) answers as a Map keyed by (term, word) does, across
// its growth and with keys that collide in their low bits.
import { describe, expect, it } from 'vitest';
import { TermExtensions } from '../../../src/compare/terms/term-extensions.js';

describe('TermExtensions', () => {
  it('finds every extension set and no other, as a Map of the same pairs', () => {
    const table = new TermExtensions();
    const reference = new Map<string, number>();
    const wrong: string[] = [];
    let state = 12345;
    const next = (limit: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % limit;
    };
    // 300,000 pairs: the table grows from 65,536 slots several times; terms that differ by multiples of 2^16 share
    // their low bits.
    for (let k = 0; k < 300_000; k++) {
      const term = next(4) * 65_536 + next(2_000);
      const word = next(5_000);
      const key = `${term}:${word}`;
      if (reference.has(key)) continue;
      if (table.get(term, word) !== -1) wrong.push(`${key} before it was set`);
      table.set(term, word, k);
      reference.set(key, k);
    }
    expect(reference.size).toBeGreaterThan(200_000);
    for (const [key, value] of reference) {
      const [term, word] = key.split(':').map(Number) as [number, number];
      if (table.get(term, word) !== value) wrong.push(`${key}: ${table.get(term, word)}, not ${value}`);
    }
    expect(wrong).toEqual([]);
    expect(table.get(7 * 65_536, 1)).toBe(-1);
    expect(table.get(0, 5_001)).toBe(-1);
  });
});
