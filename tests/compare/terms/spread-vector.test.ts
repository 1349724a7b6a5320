// A split's parts are asked whether half their weight lies in a whole (src/compare/passes/pairwise.ts) through
// SpreadVector.holdsShare, which rules most wholes out by a bound before adding them up: its answer must be
// containedIn()'s, for every pair of the seeds' clauses and at the very share a part has in a whole, or a split
// would come or go.
import { describe, expect, it } from 'vitest';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { SpreadVector } from '../../../src/compare/terms/spread-vector.js';
import { containedIn, cosine, type SparseVector } from '../../../src/compare/terms/vectors.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { SEED_ORGS, policyPath } from '../../support/paths.js';

const vectorOf = (terms: [number, number][]): SparseVector => {
  const norm = Math.sqrt(terms.reduce((sum, [, weight]) => sum + weight * weight, 0));
  return {
    ids: Int32Array.from(terms, ([id]) => id),
    weights: Float64Array.from(terms, ([, weight]) => weight / norm),
  };
};

describe('SpreadVector', () => {
  it("answers holdsShare as containedIn() >= share for every two clauses of the seeds, at 0.5 and at the pair's own share", () => {
    const { documents } = prepareDocuments(SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy));
    const vectors = documents.flatMap((document) => document.clauses.map((clause) => clause.vector));
    const spread = new SpreadVector(1 + Math.max(...vectors.map((vector) => vector.ids.at(-1) ?? 0)));
    const answers = { yes: 0, no: 0 };
    // Differences are collected (an expect per pair of ~190 clauses each way took seconds).
    const wrong: string[] = [];
    vectors.forEach((part, p) => {
      spread.load(part);
      vectors.forEach((whole, w) => {
        const share = containedIn(part, whole);
        if (spread.containedIn(whole) !== share) wrong.push(`containedIn ${p} ${w}`);
        if (spread.cosine(whole) !== cosine(part, whole)) wrong.push(`cosine ${p} ${w}`);
        if (spread.holdsShare(whole, 0.5) !== share >= 0.5) wrong.push(`holdsShare 0.5 ${p} ${w}`);
        // At exactly its own share the answer is yes, however the bound rounds.
        if (share > 0 && !spread.holdsShare(whole, share)) wrong.push(`holdsShare own ${p} ${w}`);
        answers[share >= 0.5 ? 'yes' : 'no']++;
      });
    });
    expect(wrong).toEqual([]);
    expect(answers.yes).toBeGreaterThan(200);
    expect(answers.no).toBeGreaterThan(10_000);
  });

  it('rules out a whole that shares only light terms, and keeps one that shares the heavy ones, across the id space', () => {
    // Ids far apart fall in different blocks of the bound; the part's weight lies mostly on its two high ids.
    const part = vectorOf([
      [3, 1],
      [5, 1],
      [40_000, 6],
      [90_000, 6],
    ]);
    const spread = new SpreadVector(100_000);
    spread.load(part);
    const light = vectorOf([
      [3, 1],
      [5, 1],
      [70_000, 1],
    ]);
    const heavy = vectorOf([
      [5, 1],
      [40_000, 1],
      [95_000, 1],
    ]);
    expect(containedIn(part, light)).toBeLessThan(0.5);
    expect(spread.holdsShare(light, 0.5)).toBe(false);
    expect(containedIn(part, heavy)).toBeGreaterThanOrEqual(0.5);
    expect(spread.holdsShare(heavy, 0.5)).toBe(true);
    expect(spread.holdsShare(heavy, containedIn(part, heavy))).toBe(true);
    expect(spread.holdsShare(vectorOf([]), 0.5)).toBe(false);
  });

  it('loads one vector after another with nothing of the first left over', () => {
    const spread = new SpreadVector(100);
    spread.load(
      vectorOf([
        [1, 1],
        [50, 1],
      ]),
    );
    const second = vectorOf([
      [2, 1],
      [60, 1],
    ]);
    spread.load(second);
    const whole = vectorOf([
      [1, 1],
      [50, 1],
      [60, 1],
    ]);
    expect(spread.containedIn(whole)).toBe(containedIn(second, whole));
    expect(spread.cosine(whole)).toBe(cosine(second, whole));
    expect(spread.holdsShare(whole, 0.5)).toBe(true);
    expect(
      spread.holdsShare(
        vectorOf([
          [1, 1],
          [50, 1],
        ]),
        0.01,
      ),
    ).toBe(false);
  });
});
