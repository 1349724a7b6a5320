import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../src/match/union-find.js';

describe('UnionFind', () => {
  it('joins sets, keeps the first root, and answers for sets made later', () => {
    const sets = new UnionFind(4);
    expect([0, 1, 2, 3].map((x) => sets.find(x))).toEqual([0, 1, 2, 3]);
    sets.union(2, 3);
    sets.union(0, 2);
    expect([0, 1, 2, 3].map((x) => sets.find(x))).toEqual([0, 1, 0, 0]);
    const added = sets.add();
    expect(added).toBe(4);
    expect(sets.find(added)).toBe(4);
    sets.union(added, 1);
    expect(sets.find(1)).toBe(4);
  });

  it('flattens long chains (path compression) without changing the answer', () => {
    const sets = new UnionFind(1000);
    for (let i = 999; i > 0; i--) sets.union(i - 1, i);
    expect(new Set(Array.from({ length: 1000 }, (_, i) => sets.find(i)))).toEqual(new Set([0]));
  });
});
