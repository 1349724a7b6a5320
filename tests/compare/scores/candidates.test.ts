// The candidates one clause keeps (src/compare/scores/candidates.ts), against the plain definition: every proposal's
// nearest clauses scored, the best kept, ties going to the nearer, then the earlier.
import { describe, expect, it } from 'vitest';
import {
  CANDIDATES_PER_CLAUSE,
  nearestRange,
  type Proposal,
  strongestCandidates,
} from '../../../src/compare/scores/candidates.js';
import { prng } from '../../../bench/corpus.js';

/** The `count` of `clauses` nearest to `position`, ties to the earlier: sorted by that order, not searched. */
function nearestByDefinition(clauses: readonly number[], position: number, count: number): number[] {
  const key = (clause: number): number => Math.abs(clause - position);
  return [...clauses].sort((a, b) => key(a) - key(b) || a - b).slice(0, count);
}

function strongestByDefinition(proposals: readonly Proposal[], position: number): string[] {
  const best = new Map<number, number>();
  for (const proposal of proposals) {
    for (const clause of nearestByDefinition(proposal.clauses, position, CANDIDATES_PER_CLAUSE))
      best.set(clause, Math.max(best.get(clause) ?? 0, proposal.score));
  }
  const key = (clause: number): number => Math.abs(clause - position);
  return [...best.keys()]
    .sort((a, b) => (best.get(b) as number) - (best.get(a) as number) || key(a) - key(b) || a - b)
    .slice(0, CANDIDATES_PER_CLAUSE)
    .sort((a, b) => a - b)
    .map((clause) => `${clause}:${best.get(clause)}`);
}

/** Ascending distinct clauses out of `range`, about one in `every`. */
function someClauses(random: () => number, range: number, every: number): number[] {
  return Array.from({ length: range }, (_, clause) => clause).filter(() => random() * every < 1);
}

describe('nearestRange', () => {
  it('is the window of the clauses nearest to the position, ties going to the earlier', () => {
    const random = prng(7);
    for (let trial = 0; trial < 500; trial++) {
      const clauses = someClauses(random, 400, 1 + random() * 6);
      // Whole and half positions, so that ties between a clause before and one after occur.
      const position = Math.floor(random() * 800) / 2;
      const count = 1 + Math.floor(random() * 100);
      const { from, to } = nearestRange(clauses, position, count);
      const expected = nearestByDefinition(clauses, position, count).sort((a, b) => a - b);
      expect(clauses.slice(from, to)).toEqual(expected);
    }
  });
});

describe('strongestCandidates', () => {
  it('keeps the best-scoring clauses of all proposals, nearest first among equal scores', () => {
    const random = prng(11);
    const reached = new Set<number>();
    for (let trial = 0; trial < 300; trial++) {
      // Few distinct scores, so that many clauses tie and the nearest-first order decides.
      const proposals = Array.from({ length: 1 + Math.floor(random() * 12) }, () => ({
        clauses: someClauses(random, 600, 1 + random() * 20),
        score: Math.floor(random() * 4) / 4,
      })).sort((a, b) => b.score - a.score);
      const position = Math.floor(random() * 1200) / 2;
      const kept = strongestCandidates(proposals, position, reached).map(({ column, score }) => `${column}:${score}`);
      expect(kept).toEqual(strongestByDefinition(proposals, position));
    }
  });

  it('keeps the same where most scores hold one clause alone, some of them proposed again lower down', () => {
    const random = prng(13);
    const reached = new Set<number>();
    for (let trial = 0; trial < 300; trial++) {
      // As in a law's matrix: many levels of one clause each (a clause's twin, its neighbours), a few groups of
      // repeated clauses among them, and a clause proposed again at a lower score by another of its groups.
      const proposals = Array.from({ length: 1 + Math.floor(random() * 150) }, () => ({
        clauses: random() < 0.9 ? [Math.floor(random() * 200)] : someClauses(random, 200, 1 + random() * 30),
        score: Math.floor(random() * 64) / 64,
      })).sort((a, b) => b.score - a.score);
      const position = Math.floor(random() * 400) / 2;
      const kept = strongestCandidates(proposals, position, reached).map(({ column, score }) => `${column}:${score}`);
      expect(kept).toEqual(strongestByDefinition(proposals, position));
    }
  });
});
