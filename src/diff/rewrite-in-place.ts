// A clause rewritten in place is that clause modified, not one removed and another added (issue 26 item 5): "is or
// contains sexually obscene content" → "is sexually obscene or relates to sexual exploitation" keeps its place in
// the list and some of its words, but falls below the similarity the matching asks of a clause anywhere. Where the
// clauses left unmatched stand in a gap between the same two matched clauses in both versions, they are paired in
// order by their similarity, down to REWRITE_MIN: the place vouches for what the words alone cannot.
import type { MatchState } from './state.js';

/** Some words in common beyond the small ones: below this a clause in the same place is a replacement. */
export const REWRITE_MIN = 0.2;
/** Larger gaps are a rewritten passage; pairing inside them by similarity alone would guess. */
const MAX_GAP = 8;

interface Gap {
  old: number[];
  new: number[];
}

/** Runs of unmatched old clauses whose matched neighbours are matched to the neighbours of a run of new ones. */
function gaps(state: MatchState): Gap[] {
  const { oldSide, newSide } = state;
  const found: Gap[] = [];
  let start = 0;
  while (start < oldSide.size) {
    if (state.oldMatch[start] !== -1) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < oldSide.size && state.oldMatch[end + 1] === -1) end++;
    const before = start > 0 ? state.matchOfOld(start - 1) : undefined;
    const after = end + 1 < oldSide.size ? state.matchOfOld(end + 1) : undefined;
    const from = start === 0 ? 0 : before ? Math.max(...before.new) + 1 : -1;
    const to = end + 1 >= oldSide.size ? newSide.size : after ? Math.min(...after.new) : -1;
    if (from >= 0 && to >= from) {
      const newRun = Array.from({ length: to - from }, (_, k) => from + k);
      if (newRun.length > 0 && newRun.every((index) => state.newMatch[index] === -1))
        found.push({ old: Array.from({ length: end - start + 1 }, (_, k) => start + k), new: newRun });
    }
    start = end + 1;
  }
  return found.filter((gap) => gap.old.length <= MAX_GAP && gap.new.length <= MAX_GAP);
}

/** The order-keeping pairs of a gap with the greatest total similarity, each at least REWRITE_MIN. */
function bestPairs(state: MatchState, gap: Gap): [number, number][] {
  const rows = gap.old.length;
  const cols = gap.new.length;
  const score = (i: number, j: number): number => {
    const similarity = state.similarity(gap.old[i] ?? 0, gap.new[j] ?? 0);
    return similarity >= REWRITE_MIN ? similarity : -1;
  };
  // best[i][j]: the greatest total over old clauses from i and new clauses from j.
  const best = Array.from({ length: rows + 1 }, () => new Float64Array(cols + 1));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const here = score(i, j);
      const row = best[i] as Float64Array;
      const next = best[i + 1] as Float64Array;
      row[j] = Math.max(next[j] ?? 0, row[j + 1] ?? 0, here >= 0 ? here + (next[j + 1] ?? 0) : 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    const here = score(i, j);
    const total = (best[i] as Float64Array)[j] ?? 0;
    if (here >= 0 && total === here + ((best[i + 1] as Float64Array)[j + 1] ?? 0)) {
      pairs.push([gap.old[i] ?? 0, gap.new[j] ?? 0]);
      i++;
      j++;
    } else if (total === ((best[i + 1] as Float64Array)[j] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** Pairs the clauses rewritten in place: unmatched, between the same matched neighbours, with words in common. */
export function matchRewritesInPlace(state: MatchState): void {
  for (const gap of gaps(state)) {
    for (const [oldIndex, newIndex] of bestPairs(state, gap))
      state.pair(oldIndex, newIndex, 'similarity', state.similarity(oldIndex, newIndex));
  }
}
