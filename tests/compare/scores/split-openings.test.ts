// The splits the links leave open (src/compare/scores/split-openings.ts): leaving out every candidate they close changes
// nothing applySplits (src/compare/passes/pairwise.ts) makes of the rest, whatever it takes first; and they close the
// candidates of two versions of one law, whose parts are linked apart to their twins.
import { describe, expect, it } from 'vitest';
import { applySplits, type PairLink, type SplitCandidate, SPLIT_GAIN } from '../../../src/compare/passes/pairwise.js';
import { SplitOpenings } from '../../../src/compare/scores/split-openings.js';
import { seededRandom } from '../../support/seeded-random.js';

const VIAS: PairLink['via'][] = ['text', 'text', 'text', 'id', 'split', 'loose'];
const SCORES = [0.3, 0.5, 0.85, 0.92, 0.93, 1];

/** Links over a few clauses a side, each clause in at most one (as linkByText and linkByIds leave them). */
function someLinks(next: () => number, size: number): PairLink[] {
  const links: PairLink[] = [];
  const free = { left: [...Array(size).keys()], right: [...Array(size).keys()] };
  const take = (side: 'left' | 'right'): number => free[side].splice(Math.floor(next() * free[side].length), 1)[0] ?? 0;
  while (free.left.length > 2 && free.right.length > 2 && next() < 0.8) {
    const via = VIAS[Math.floor(next() * VIAS.length)] ?? 'text';
    const [left, right] =
      via === 'split' ? [[take('left')], [take('right'), take('right')]] : [[take('left')], [take('right')]];
    links.push({ left, right, score: SCORES[Math.floor(next() * SCORES.length)] ?? 1, via });
  }
  return links;
}

function someCandidates(next: () => number, size: number): SplitCandidate[] {
  return Array.from({ length: 12 }, () => ({
    whole: Math.floor(next() * size),
    first: Math.floor(next() * (size - 1)),
    score: SCORES[Math.floor(next() * SCORES.length)] ?? 1,
  }));
}

describe('the splits the links leave open', () => {
  it('closes only candidates applySplits skips: the same links with or without them', () => {
    let closed = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const next = seededRandom(seed);
      const size = 4 + Math.floor(next() * 5);
      const links = someLinks(next, size);
      const candidates = someCandidates(next, size);
      for (const wholeSide of ['left', 'right'] as const) {
        const openings = new SplitOpenings(links, wholeSide, SPLIT_GAIN);
        const open = candidates.filter(
          (candidate) => openings.partsOpen(candidate.first) && openings.open(candidate.whole, candidate.first),
        );
        closed += candidates.length - open.length;
        expect(applySplits(links, open, wholeSide)).toEqual(applySplits(links, candidates, wholeSide));
      }
    }
    expect(closed).toBeGreaterThan(10_000);
  });

  it('closes parts linked apart, and a whole linked elsewhere at a score no split can beat', () => {
    const links: PairLink[] = [
      { left: [0], right: [0], score: 1, via: 'text' },
      { left: [1], right: [1], score: 1, via: 'text' },
      { left: [2], right: [5], score: 0.6, via: 'text' },
    ];
    const openings = new SplitOpenings(links, 'left', SPLIT_GAIN);
    expect(openings.partsOpen(0)).toBe(false);
    expect(openings.partsOpen(3)).toBe(true);
    expect(openings.open(0, 3)).toBe(false);
    expect(openings.open(2, 3)).toBe(true);
    expect(openings.open(2, 4)).toBe(true);
    expect(openings.open(4, 3)).toBe(true);
  });
});
