// A clause's row (src/compare/scores/score-rows.ts) leaves out the proposals below its floor (row-floor.ts) and ranks only the
// best of the rest: it must keep exactly what ranking every proposal of every unit gives, with the same scores and
// whole-clause cosines bit for bit, on clauses whose wholes and sentences each share words with hundreds of others.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CANDIDATES_PER_CLAUSE,
  type Proposal,
  proposes,
  strongestCandidates,
} from '../../../src/compare/scores/candidates.js';
import { NO_FLOOR, RowFloor } from '../../../src/compare/scores/row-floor.js';
import { rowPlan } from '../../../src/compare/scores/score.js';
import { ProposedDots, RowScorer, type RowPlan, type UnitGroup } from '../../../src/compare/scores/score-rows.js';
import { orgPolicy, preparedPair, verbApartRules } from '../fixtures.js';

afterEach(() => vi.restoreAllMocks());

/** `count` clauses of two rules each (two sentences: the clause has parts), every rule a verb apart from the other side's. */
function twoRuleClauses(count: number, shift: number): string[] {
  const rules = verbApartRules(2 * count, shift);
  return Array.from({ length: count }, (_, index) => `${rules[2 * index]} ${rules[2 * index + 1]}`);
}

/** What a row keeps when every proposal of every unit of the clause is ranked, none left out. */
function rankedInFull(plan: RowPlan, clause: number): { columns: number[]; score: number[]; whole: number[] } {
  const { sides } = plan;
  const dots = new ProposedDots(sides.right);
  const best = new Map<number, number>();
  const wholeOf = new Map<number, number>();
  for (const leftGroup of new Set(plan.groupsOfClause[clause])) {
    const unit = sides.left[leftGroup] as UnitGroup;
    const { groups, values } = dots.of(unit.vector);
    groups.forEach((group, k) => {
      const value = values[k] as number;
      const bothWhole = unit.whole && sides.rightWhole[group] === 1;
      if (bothWhole) wholeOf.set(group, value);
      const scored = bothWhole ? value : Math.min(unit.discount, sides.rightDiscount[group] as number) * value;
      best.set(group, Math.max(best.get(group) ?? 0, scored));
    });
  }
  // Best first and, at one score, in the order first proposed (a stable sort).
  const ranked: Proposal[] = [...best]
    .map(([group, score]) => ({ clauses: (sides.right[group] as UnitGroup).clauses, score }))
    .sort((a, b) => b.score - a.score);
  const position = clause * plan.stretch;
  const kept = strongestCandidates(ranked, position, new Set());
  return {
    columns: kept.map(({ column }) => column),
    score: kept.map(({ score }) => score),
    whole: kept.map(({ column }) => {
      const group = sides.wholeOfRight[column] as number;
      const value = wholeOf.get(group);
      return value !== undefined && proposes((sides.right[group] as UnitGroup).clauses, column, position) ? value : 0;
    }),
  };
}

describe('score rows with a floor', () => {
  const count = 300;
  const [left, right] = preparedPair(
    orgPolicy('noord', 'School Noord', [{ title: 'Regels', clauses: twoRuleClauses(count, 0) }]),
    orgPolicy('zuid', 'School Zuid', [{ title: 'Regels', clauses: twoRuleClauses(count, 1) }]),
  );

  it('keep what ranking every proposal keeps, with the same scores and whole-clause cosines', () => {
    for (const basis of ['terms', 'words'] as const) {
      const plan = rowPlan(left, right, basis);
      const scorer = new RowScorer(plan);
      for (let clause = 0; clause < count; clause++) {
        const row = scorer.row(clause);
        const full = rankedInFull(plan, clause);
        expect({ clause, columns: Array.from(row.columns) }).toEqual({ clause, columns: full.columns });
        expect(Array.from(row.score)).toEqual(full.score);
        expect(Array.from(row.whole)).toEqual(full.whole);
      }
    }
  });

  it("leave out of a part's dots only the groups that fall below the floor, the rest as computed in full", () => {
    const plan = rowPlan(left, right);
    const dots = new ProposedDots(plan.sides.right);
    const least = 0.2;
    let [leftOut, kept] = [0, 0];
    for (const unit of plan.sides.left.filter((group) => !group.whole)) {
      const full = dots.of(unit.vector);
      const expected = Array.from(full.groups, (group, k) => ({ group, value: full.values[k] as number })).filter(
        ({ value }) => unit.discount * value >= least,
      );
      const floored = dots.of(unit.vector, least, unit.discount);
      expect(Array.from(floored.groups, (group, k) => ({ group, value: floored.values[k] }))).toEqual(expected);
      leftOut += full.groups.length - expected.length;
      kept += expected.length;
    }
    expect(leftOut).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  });

  it('are floored: the whole clause alone fills most rows, and its parts propose below that', () => {
    const of = vi.spyOn(RowFloor.prototype, 'of');
    const plan = rowPlan(left, right);
    const scorer = new RowScorer(plan);
    for (let clause = 0; clause < count; clause++)
      expect(scorer.row(clause).columns).toHaveLength(CANDIDATES_PER_CLAUSE);
    const floors = of.mock.results.map((result) => result.value as number);
    expect(floors).toHaveLength(count);
    expect(floors.filter((floor) => floor !== NO_FLOOR).length).toBeGreaterThan(count / 2);
  });
});
