// The floor of a clause's row (src/compare/scores/row-floor.ts): the score at which the whole clause's own proposals of whole
// clauses already fill a row, counted per group as the clauses it proposes, so that nothing below it is ever kept.
import { describe, expect, it } from 'vitest';
import { CANDIDATES_PER_CLAUSE } from '../../../src/compare/scores/candidates.js';
import { NO_FLOOR, RowFloor } from '../../../src/compare/scores/row-floor.js';

/** A right group: whole or a part, holding `copies` clauses. */
const group = (whole: boolean, copies = 1): { whole: boolean; clauses: number[] } => ({
  whole,
  clauses: Array.from({ length: copies }, (_, index) => index),
});

describe('row floor', () => {
  it('is none while the whole groups proposed hold fewer clauses than a row keeps', () => {
    const groups = Array.from({ length: CANDIDATES_PER_CLAUSE - 1 }, () => group(true));
    const floor = new RowFloor(groups);
    expect(
      floor.of(
        Int32Array.from(groups, (_, at) => at),
        new Float64Array(groups.length).fill(0.5),
      ),
    ).toBe(NO_FLOOR);
  });

  it("is the lower edge of the score bucket where the whole groups reach a row, counting each group's clauses", () => {
    // 32 single clauses at 0.9, a group of 32 copies at 0.5, then clauses at 0.2: the row is full at 0.5.
    const groups = [
      ...Array.from({ length: 32 }, () => group(true)),
      group(true, 32),
      ...Array.from({ length: 10 }, () => group(true)),
    ];
    const values = Float64Array.from(groups, (_, at) => (at < 32 ? 0.9 : at === 32 ? 0.5 : 0.2));
    const floor = new RowFloor(groups).of(
      Int32Array.from(groups, (_, at) => at),
      values,
    );
    expect(floor).toBe(Math.floor(0.5 * 1024) / 1024);
    expect(floor).toBeLessThanOrEqual(0.5);
    expect(floor).toBeGreaterThan(0.2);
  });

  it('counts a group of many copies as the clauses it proposes at most, and parts not at all', () => {
    // A group of 100 copies proposes CANDIDATES_PER_CLAUSE of them: enough alone. Parts may share a clause with a
    // whole group, so they never count.
    const many = new RowFloor([group(true, 100)]);
    expect(many.of([0], [0.75])).toBe(0.75);
    const parts = new RowFloor(Array.from({ length: 200 }, () => group(false)));
    expect(
      parts.of(
        Int32Array.from({ length: 200 }, (_, at) => at),
        new Float64Array(200).fill(0.9),
      ),
    ).toBe(NO_FLOOR);
  });

  it('starts afresh for each clause', () => {
    const groups = Array.from({ length: CANDIDATES_PER_CLAUSE }, () => group(true));
    const floor = new RowFloor(groups);
    const all = Int32Array.from(groups, (_, at) => at);
    expect(floor.of(all, new Float64Array(groups.length).fill(0.25))).toBe(0.25);
    expect(floor.of(all.subarray(0, 10), new Float64Array(10).fill(0.25))).toBe(NO_FLOOR);
  });
});
