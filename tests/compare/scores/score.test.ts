// The score matrix read a row or a column at a time (rowEntries, columnEntries: how splits are looked for) gives the
// same candidates, scores and whole-clause cosines as at() and wholeAt() asked one pair at a time; a matrix of a few
// rows (pass two's) gives those rows as the whole matrix does, from a plan of their clauses' units alone.
import { describe, expect, it } from 'vitest';
import { indexedRightSide, rowPlan, ScoreMatrix } from '../../../src/compare/scores/score.js';
import { seedPair } from '../fixtures.js';

describe('score matrix entries', () => {
  const [left, right] = seedPair('casparus-college', 'aeres-mbo');
  const scores = new ScoreMatrix(left, right);

  it("give each row's candidates with at() and wholeAt() of each", () => {
    let scored = 0;
    left.clauses.forEach((_, i) => {
      const entries = scores.rowEntries(i);
      expect(Array.from(entries.clauses)).toEqual(scores.rowCandidates(i));
      Array.from(entries.clauses).forEach((j, k) => {
        expect(entries.score[k]).toBe(scores.at(i, j));
        expect(entries.whole[k]).toBe(scores.wholeAt(i, j));
        if (scores.at(i, j) > 0) scored++;
      });
    });
    expect(scored).toBeGreaterThan(left.clauses.length);
  });

  it("give each column's clauses with at() and wholeAt() of each", () => {
    let differ = 0;
    right.clauses.forEach((_, j) => {
      const entries = scores.columnEntries(j);
      expect(Array.from(entries.clauses)).toEqual(scores.columnCandidates(j));
      Array.from(entries.clauses).forEach((i, k) => {
        expect(scores.rowCandidates(i)).toContain(j);
        expect(entries.score[k]).toBe(scores.at(i, j));
        expect(entries.whole[k]).toBe(scores.wholeAt(i, j));
        if (entries.score[k] !== entries.whole[k]) differ++;
      });
    });
    // A part's match scores above its whole clause's somewhere: the two arrays are not one read twice.
    expect(differ).toBeGreaterThan(0);
  });
});

describe('a score matrix of a few rows', () => {
  const [left, right] = seedPair('casparus-college', 'aeres-mbo');
  const rowsOf = left.clauses.map((_, clause) => clause % 7 === 3);

  it("plans the units of its rows' clauses alone", () => {
    for (const basis of ['terms', 'words'] as const) {
      const plan = rowPlan(left, right, basis, rowsOf);
      const units = new Set(plan.groupsOfClause.flat());
      expect(units.size).toBe(plan.sides.left.length);
      expect(plan.sides.left.length).toBeLessThan(rowPlan(left, right, basis).sides.left.length / 3);
    }
  });

  it('gives those rows as the whole matrix does, and no other', () => {
    for (const basis of ['terms', 'words'] as const) {
      const [few, all] = [new ScoreMatrix(left, right, basis, rowsOf), new ScoreMatrix(left, right, basis)];
      left.clauses.forEach((_, clause) => {
        const [got, full] = [few.rowEntries(clause), all.rowEntries(clause)];
        if (!rowsOf[clause]) expect(got.clauses).toHaveLength(0);
        else
          expect([got.clauses, got.score, got.whole].map((list) => Array.from(list))).toEqual(
            [full.clauses, full.score, full.whole].map((list) => Array.from(list)),
          );
      });
    }
  });

  it('gives them from a right side made ahead as from one made with the matrix, and reads its index', () => {
    for (const basis of ['terms', 'words'] as const) {
      const made = indexedRightSide(right, basis);
      expect(rowPlan(left, right, basis, rowsOf, made).rightDots).toBe(made.dots);
      const [ahead, here] = [
        new ScoreMatrix(left, right, basis, rowsOf, { right: made }),
        new ScoreMatrix(left, right, basis, rowsOf),
      ];
      left.clauses.forEach((_, clause) => {
        const [got, want] = [ahead.rowEntries(clause), here.rowEntries(clause)];
        expect([got.clauses, got.score, got.whole].map((list) => Array.from(list))).toEqual(
          [want.clauses, want.score, want.whole].map((list) => Array.from(list)),
        );
      });
    }
  });
});
