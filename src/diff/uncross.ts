// Similar blocks keep their order. The similarity phase pairs clauses to maximise total similarity; when two old
// clauses resemble each other and so do their two new counterparts (two rules of one list that each took words
// from the other, two contact tables), a little more similarity across can win, and the reader gets a "moved"
// entry for clauses that stayed where they were. Words cannot tell such blocks apart, order can: a crossing of two
// such pairs is undone when the pairs in order lose at most ORDER_MARGIN of weight. Clauses that are not alike
// (a real swap of two different rules) are never touched: their pairs in order are not candidates at all.
import type { Side } from '../match/entries.js';
import type { WeightedEdge } from '../match/assign.js';
import { profileSimilarity } from '../text/similarity.js';

/** How much weight two crossing pairs may give up to stand in order (about one changed word in a short rule). */
export const ORDER_MARGIN = 0.15;

export interface UncrossInput {
  oldSide: Side;
  newSide: Side;
  /** Every candidate edge with its weight: a pair in order must be one of them. */
  edges: readonly WeightedEdge[];
  /** Two clauses of one version are "similar blocks" from this similarity on. */
  alike: number;
}

/** The chosen pairs with crossings between similar blocks undone (a new array; the input is not changed). */
export function uncross(chosen: readonly WeightedEdge[], input: UncrossInput): WeightedEdge[] {
  const weights = new Map<string, number>();
  for (const edge of input.edges) weights.set(`${edge.old}:${edge.new}`, edge.weight);
  const weight = (old: number, to: number): number | undefined => weights.get(`${old}:${to}`);
  const alike = (side: Side, a: number, b: number): boolean =>
    profileSimilarity(side.profile(a), side.profile(b)) >= input.alike;
  const pairs = [...chosen].sort((a, b) => a.old - b.old);
  // Each swap removes at least one crossing, so this ends; the bound only guards against a mistake.
  for (let pass = 0; pass < pairs.length; pass++) {
    let swapped = false;
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const first = pairs[i] as WeightedEdge;
        const second = pairs[j] as WeightedEdge;
        if (first.new < second.new) continue;
        const inOrderFirst = weight(first.old, second.new);
        const inOrderSecond = weight(second.old, first.new);
        if (inOrderFirst === undefined || inOrderSecond === undefined) continue;
        if (inOrderFirst + inOrderSecond < first.weight + second.weight - ORDER_MARGIN) continue;
        if (!alike(input.oldSide, first.old, second.old) || !alike(input.newSide, first.new, second.new)) continue;
        pairs[i] = { old: first.old, new: second.new, weight: inOrderFirst };
        pairs[j] = { old: second.old, new: first.new, weight: inOrderSecond };
        swapped = true;
      }
    }
    if (!swapped) break;
  }
  return pairs;
}
