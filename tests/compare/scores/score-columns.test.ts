// A score matrix read by column (src/compare/scores/score-columns.ts): each right clause's left clauses, ascending, with the
// scores and whole-clause cosines their rows gave it; a column no row keeps is empty.
import { describe, expect, it } from 'vitest';
import { ScoreColumns } from '../../../src/compare/scores/score-columns.js';
import type { Row } from '../../../src/compare/scores/score-rows.js';

const row = (columns: number[], score: number[], whole: number[]): Row => ({
  columns: Int32Array.from(columns),
  score: Float64Array.from(score),
  whole: Float64Array.from(whole),
});

describe('ScoreColumns', () => {
  const rows = [
    row([0, 2], [0.5, 0.25], [0.5, 0.125]),
    row([], [], []),
    row([2, 3], [0.75, 0.3], [0.7, 0.3]),
    row([0, 2, 3], [0.1, 0.2, 0.4], [0, 0.2, 0.35]),
  ];
  const columns = new ScoreColumns(rows, 5);
  const read = (column: number) => {
    const { clauses, score, whole } = columns.of(column);
    return { clauses: Array.from(clauses), score: Array.from(score), whole: Array.from(whole) };
  };

  it("gives each column's left clauses in ascending order, with their rows' scores and cosines", () => {
    expect(read(0)).toEqual({ clauses: [0, 3], score: [0.5, 0.1], whole: [0.5, 0] });
    expect(read(2)).toEqual({ clauses: [0, 2, 3], score: [0.25, 0.75, 0.2], whole: [0.125, 0.7, 0.2] });
    expect(read(3)).toEqual({ clauses: [2, 3], score: [0.3, 0.4], whole: [0.3, 0.35] });
  });

  it('leaves a column no row keeps empty, and one past the last', () => {
    for (const column of [1, 4, 5]) expect(read(column)).toEqual({ clauses: [], score: [], whole: [] });
  });
});
