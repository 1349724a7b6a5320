// A score matrix read by column (score.ts): per right clause, the left clauses that keep it as a candidate, ascending,
// with their scores and whole-clause cosines. Counted first, then filled into one typed array of each (a column is a
// view of its stretch): three arrays per right clause, grown a push at a time, took the command thread ~35 ms of a
// Boek 2 BW comparison (525,000 pushes) after the matrix, with the helper thread idle, and left that much garbage.
import type { Row } from './score-rows.js';

/** One clause's candidates in the other document with their scores and whole-clause cosines (aligned). */
export interface ColumnEntries {
  clauses: Int32Array;
  score: Float64Array;
  whole: Float64Array;
}

export class ScoreColumns {
  /** Column c is `[start[c], start[c + 1])` of each array. */
  private readonly start: Int32Array;
  private readonly clauses: Int32Array;
  private readonly score: Float64Array;
  private readonly whole: Float64Array;

  /** The columns of `rows` (left clause i's row at i) over `columns` right clauses. */
  constructor(rows: readonly Row[], columns: number) {
    const start = new Int32Array(columns + 1);
    for (const row of rows)
      for (let k = 0; k < row.columns.length; k++) {
        const after = (row.columns[k] as number) + 1;
        start[after] = (start[after] as number) + 1;
      }
    for (let column = 0; column < columns; column++)
      start[column + 1] = (start[column + 1] as number) + (start[column] as number);
    const size = start[columns] as number;
    [this.start, this.clauses] = [start, new Int32Array(size)];
    [this.score, this.whole] = [new Float64Array(size), new Float64Array(size)];
    // Rows in ascending order, so each column's left clauses are too.
    const next = start.slice(0, columns);
    rows.forEach((row, clause) => {
      for (let k = 0; k < row.columns.length; k++) {
        const column = row.columns[k] as number;
        const at = next[column] as number;
        next[column] = at + 1;
        this.clauses[at] = clause;
        this.score[at] = row.score[k] as number;
        this.whole[at] = row.whole[k] as number;
      }
    });
  }

  /** The left clauses that keep right clause `column`, ascending, with their scores and whole-clause cosines. */
  of(column: number): ColumnEntries {
    const [from, to] = [this.start[column] ?? 0, this.start[column + 1] ?? 0];
    return {
      clauses: this.clauses.subarray(from, to),
      score: this.score.subarray(from, to),
      whole: this.whole.subarray(from, to),
    };
  }
}
