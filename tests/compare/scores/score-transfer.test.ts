// The row plan and the rows cross to the helper thread as flat typed arrays (src/compare/scores/score-transfer.ts): rows
// computed from the unpacked plan must be those of the plan itself, bit for bit, or the comparison would depend on
// which thread computed a row.
import { describe, expect, it } from 'vitest';
import { rowPlan } from '../../../src/compare/scores/score.js';
import { type Row, RowScorer } from '../../../src/compare/scores/score-rows.js';
import { seedPair } from '../fixtures.js';
import { packPlan, packRows, planBuffers, unpackPlan, unpackRows } from '../../../src/compare/scores/score-transfer.js';

const [left, right] = seedPair('aloysius', 'flex-college');

/** A row's numbers as bytes, so -0 and 0, or two NaNs, are told apart as a thread would see them. */
function bytesOf(row: Row): Buffer[] {
  return [row.columns, row.score, row.whole].map((array) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength),
  );
}

function allRows(scorer: RowScorer, clauses: number): Row[] {
  return Array.from({ length: clauses }, (_, clause) => scorer.row(clause));
}

describe('score rows across threads', () => {
  for (const [name, rowsOf] of [
    ['every clause', undefined],
    ['every third clause', left.clauses.map((_, clause) => clause % 3 === 0)],
  ] as const) {
    it(`computes the same rows from the unpacked plan as from the plan (${name})`, () => {
      for (const basis of ['terms', 'words'] as const) {
        const plan = rowPlan(left, right, basis, rowsOf);
        const here = allRows(new RowScorer(plan), left.clauses.length);
        const there = allRows(new RowScorer(unpackPlan(packPlan(plan))), left.clauses.length);
        expect(here.some((row) => row.columns.length > 0)).toBe(true);
        expect(there.map(bytesOf)).toEqual(here.map(bytesOf));
      }
    });
  }

  it('hands over only buffers made for the message: the plan here still computes its rows, the moved one the same', () => {
    const plan = rowPlan(left, right);
    const packed = packPlan(plan);
    const moved = structuredClone(packed, { transfer: planBuffers(packed) });
    // Every buffer went: what stays here of the packed plan is empty.
    expect(packed.right.ids.length + packed.left.weights.length + packed.wholeOfRight.length).toBe(0);
    const here = allRows(new RowScorer(plan), left.clauses.length);
    const there = allRows(new RowScorer(unpackPlan(moved)), left.clauses.length);
    expect(plan.sides.wholeOfRight.length).toBe(right.clauses.length);
    expect(there.map(bytesOf)).toEqual(here.map(bytesOf));
  });

  it('puts packed rows back at their clauses, with their numbers unchanged', () => {
    const rows = allRows(new RowScorer(rowPlan(left, right)), left.clauses.length);
    const first = 5;
    const back: (Row | undefined)[] = [];
    unpackRows(packRows(first, rows.slice(first, first + 7)), back);
    expect(back.slice(0, first).every((row) => row === undefined)).toBe(true);
    expect(back.slice(first).map((row) => bytesOf(row as Row))).toEqual(rows.slice(first, first + 7).map(bytesOf));
  });
});
