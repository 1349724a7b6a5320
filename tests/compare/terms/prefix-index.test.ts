// The prefix index of compare (src/compare/terms/prefix-index.ts) finds every vector that reaches a cosine threshold with
// a query without reading them all; firstEqual (src/compare/terms/vectors.ts) finds repeated vectors.
import { describe, expect, it } from 'vitest';
import { CosinePrefixIndex, rarestFirst } from '../../../src/compare/terms/prefix-index.js';
import { cosine, firstEqual, type SparseVector } from '../../../src/compare/terms/vectors.js';
import { seededRandom } from '../../support/seeded-random.js';

/** A unit vector over `terms` term ids, the low ids (common words) far more likely than the high ones. */
function vectorOf(next: () => number, terms: number): SparseVector {
  const ids = new Set<number>();
  const size = 2 + Math.floor(next() * 12);
  while (ids.size < size) ids.add(Math.floor(next() ** 3 * terms));
  const sorted = Int32Array.from(ids).sort();
  const weights = Float64Array.from(sorted, () => 0.1 + next());
  const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0));
  return { ids: sorted, weights: weights.map((weight) => weight / norm) };
}

describe('cosine prefix index', () => {
  const next = seededRandom(41);
  const vectors = Array.from({ length: 600 }, () => vectorOf(next, 300));
  const queries = Array.from({ length: 200 }, () => vectorOf(next, 300));

  for (const threshold of [0.05, 0.27, 0.5, 0.9]) {
    it(`finds every vector whose cosine with a query reaches ${threshold}`, () => {
      const index = new CosinePrefixIndex(vectors, threshold);
      let reaching = 0;
      let found = 0;
      const missed: string[] = [];
      const unsorted: number[] = [];
      queries.forEach((query, q) => {
        const near = index.near([query]);
        if (near.some((at, k) => k > 0 && at <= (near[k - 1] as number))) unsorted.push(q);
        const nearSet = new Set(near);
        vectors.forEach((vector, at) => {
          if (cosine(vector, query) < threshold) return;
          reaching++;
          if (!nearSet.has(at)) missed.push(`query ${q}, vector ${at}: cosine ${cosine(vector, query)}`);
        });
        found += near.length;
      });
      expect(missed).toEqual([]);
      expect(unsorted).toEqual([]);
      expect(reaching).toBeGreaterThan(0);
      // The common terms are left out of the index: far fewer vectors are read than share a term with a query.
      const sharing = queries.reduce(
        (sum, query) => sum + vectors.filter((vector) => cosine(vector, query) > 0).length,
        0,
      );
      if (threshold >= 0.27) expect(found).toBeLessThan(sharing * 0.8);
    });
  }

  it("finds every vector that reaches a query's own threshold, above the index's, through a shorter prefix", () => {
    const index = new CosinePrefixIndex(vectors, 0.27);
    const missed: string[] = [];
    let fewer = 0;
    queries.forEach((query, q) => {
      const near = new Set(index.near([query], [0.36]));
      if (near.size < index.near([query]).length) fewer++;
      vectors.forEach((vector, at) => {
        if (cosine(vector, query) >= 0.36 && !near.has(at)) missed.push(`query ${q}, vector ${at}`);
      });
    });
    expect(missed).toEqual([]);
    expect(fewer).toBeGreaterThan(0);
  });

  it('answers several queries at once as the union of their answers, each vector once', () => {
    const index = new CosinePrefixIndex(vectors, 0.27);
    const [a, b] = queries as [SparseVector, SparseVector];
    const union = [...new Set([...index.near([a]), ...index.near([b])])].sort((x, y) => x - y);
    expect(index.near([a, b])).toEqual(union);
  });

  it('finds nothing for a query without terms, and a vector without terms never', () => {
    const empty: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };
    const index = new CosinePrefixIndex([empty, ...vectors.slice(0, 10)], 0.27);
    expect(index.near([empty])).toEqual([]);
    expect(index.near(vectors.slice(0, 10))).not.toContain(0);
  });
});

describe('firstEqual', () => {
  it('points each vector to the first equal one, by terms and weights and the extra test', () => {
    const a: SparseVector = { ids: Int32Array.from([1, 4]), weights: Float64Array.from([0.6, 0.8]) };
    const b: SparseVector = { ids: Int32Array.from([1, 4]), weights: Float64Array.from([0.8, 0.6]) };
    const a2: SparseVector = { ids: Int32Array.from([1, 4]), weights: Float64Array.from([0.6, 0.8]) };
    expect(Array.from(firstEqual([a, b, a2, b, a], (vector) => vector))).toEqual([0, 1, 0, 1, 0]);
    const items = [
      { vector: a, discount: 1 },
      { vector: a2, discount: 0.9 },
      { vector: a, discount: 0.9 },
    ];
    expect(
      Array.from(
        firstEqual(
          items,
          (item) => item.vector,
          (x, y) => x.discount === y.discount,
        ),
      ),
    ).toEqual([0, 1, 1]);
  });
});

describe('rarestFirst', () => {
  it('ranks the held terms as a sort by frequency, then id, does; terms no vector holds stay 0', () => {
    const next = seededRandom(7);
    const frequency = Int32Array.from({ length: 2000 }, () => (next() < 0.3 ? 0 : Math.floor(next() ** 4 * 50) + 1));
    const held = [...frequency.keys()].filter((id) => (frequency[id] as number) > 0);
    const sorted = [...held].sort((a, b) => (frequency[a] as number) - (frequency[b] as number) || a - b);
    const expected = new Int32Array(frequency.length);
    sorted.forEach((id, at) => {
      expected[id] = at;
    });
    expect(Array.from(rarestFirst(frequency))).toEqual(Array.from(expected));
    expect(new Set(held.map((id) => frequency[id])).size).toBeGreaterThan(10);
  });
});
