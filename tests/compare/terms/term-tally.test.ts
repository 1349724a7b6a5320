// One counter counts every text (src/compare/terms/term-tally.ts): each text's counts must be its own, as a Map would count
// them, however many texts came before it and whatever they left behind, and no later text may change them.
import { describe, expect, it } from 'vitest';
import { TermTally, type TermCounts } from '../../../src/compare/terms/term-tally.js';

/** The counts of `terms` as a Map counts them, ids ascending. */
function mapCounts(terms: readonly number[]): { ids: number[]; counts: number[] } {
  const counts = new Map<number, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const ids = [...counts.keys()].sort((a, b) => a - b);
  return { ids, counts: ids.map((id) => counts.get(id) as number) };
}

const plain = ({ ids, counts }: TermCounts): { ids: number[]; counts: number[] } => ({
  ids: Array.from(ids),
  counts: Array.from(counts),
});

/** A text's terms: `length` ids below `space`, repeating, from a small deterministic generator. */
function textOf(seed: number, length: number, space: number): number[] {
  let state = seed * 2654435761 + 1;
  return Array.from({ length }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % space;
  });
}

function counted(tally: TermTally, terms: readonly number[], space: number): TermCounts {
  tally.begin(terms.length, space);
  for (const term of terms) tally.add(term);
  return tally.end();
}

describe('TermTally', () => {
  it('counts each text as a Map does, ids ascending, with nothing left of the text before', () => {
    const tally = new TermTally();
    expect(plain(counted(tally, [5, 3, 5, 9, 3, 5], 10))).toEqual({ ids: [3, 5, 9], counts: [2, 3, 1] });
    expect(plain(counted(tally, [9, 1], 10))).toEqual({ ids: [1, 9], counts: [1, 1] });
    expect(plain(counted(tally, [], 10))).toEqual({ ids: [], counts: [] });
  });

  it('keeps every text as it was counted across blocks and as the term space grows', () => {
    const tally = new TermTally();
    const texts = Array.from({ length: 400 }, (_, k) => textOf(k, 50 + (k % 7) * 90, 100 + k * 40));
    // More entries than one block holds (65,536), and a text larger than a block.
    texts.push(textOf(401, 200_000, 150_000));
    const made = texts.map((terms, k) => counted(tally, terms, 100 + k * 40 + (k === 400 ? 150_000 : 0)));
    made.forEach((counts, k) => expect(plain(counts), `text ${k}`).toEqual(mapCounts(texts[k] as number[])));
  });

  it('takes a term registered while counting once given room for it', () => {
    const tally = new TermTally();
    tally.begin(3, 4);
    tally.add(2);
    tally.room(10_000);
    tally.add(9_999);
    tally.add(2);
    expect(plain(tally.end())).toEqual({ ids: [2, 9_999], counts: [2, 1] });
  });
});
