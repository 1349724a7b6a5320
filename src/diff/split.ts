// Splits (one old clause became two consecutive new ones) and merges (the reverse). Searched among clauses left
// unmatched and pairs that matched only weakly: after a split, the old clause usually pairs with its larger half
// at a middling similarity and the other half is left over. The two parts replace that pair when together they
// are clearly closer to the whole than the one half was, and each part really came out of the whole.
import { RareWordIndex } from './candidates.js';
import type { Side } from '../match/entries.js';
import type { Match, MatchState } from './state.js';
import { containment, profileOfNormal, profileSimilarity } from '../text/similarity.js';

/** The two parts together must be at least this similar to the whole … */
export const SPLIT_MIN = 0.7;
/** … and this much more similar than the pair they replace. */
export const SPLIT_GAIN = 0.08;
/** Share of each part's words that must occur in the whole (an unrelated new clause next door is not a part). */
export const PART_CONTAINMENT = 0.6;
/** How the parts' texts are joined when they are compared with (and redlined against) the whole. */
export { PART_SEPARATOR } from '../match/types.js';

type Direction = 'split' | 'merge';

interface Candidate {
  direction: Direction;
  whole: number;
  parts: [number, number];
  similarity: number;
}

interface View {
  whole: Side;
  parts: Side;
  wholeMatch: Int32Array;
  partMatch: Int32Array;
  wholeOf(match: Match): number[];
  partsOf(match: Match): number[];
}

function viewOf(state: MatchState, direction: Direction): View {
  return direction === 'split'
    ? {
        whole: state.oldSide,
        parts: state.newSide,
        wholeMatch: state.oldMatch,
        partMatch: state.newMatch,
        wholeOf: (match) => match.old,
        partsOf: (match) => match.new,
      }
    : {
        whole: state.newSide,
        parts: state.oldSide,
        wholeMatch: state.newMatch,
        partMatch: state.oldMatch,
        wholeOf: (match) => match.new,
        partsOf: (match) => match.old,
      };
}

function isOneToOne(match: Match | undefined): match is Match {
  return match !== undefined && match.old.length === 1 && match.new.length === 1;
}

function findCandidates(state: MatchState, direction: Direction): Candidate[] {
  const view = viewOf(state, direction);
  const { whole, parts, wholeMatch, partMatch } = view;
  const freeWholes: number[] = [];
  wholeMatch.forEach((id, index) => {
    if (id === -1) freeWholes.push(index);
  });
  const index = new RareWordIndex(whole, freeWholes);
  const candidates: Candidate[] = [];
  for (let loose = 0; loose < parts.size; loose++) {
    if (partMatch[loose] !== -1) continue;
    for (const [first, second] of [
      [loose - 1, loose],
      [loose, loose + 1],
    ] as [number, number][]) {
      if (first < 0 || second >= parts.size) continue;
      if (parts.entry(first).section !== parts.entry(second).section) continue;
      const neighbour = first === loose ? second : first;
      const neighbourMatch = state.matches[partMatch[neighbour] ?? -1];
      if (neighbourMatch && !isOneToOne(neighbourMatch)) continue;
      const joined = profileOfNormal(`${parts.normal(first)} ${parts.normal(second)}`.trim());
      const wholes = neighbourMatch ? view.wholeOf(neighbourMatch) : index.lookup(joined.unigrams);
      const existing = neighbourMatch?.similarity ?? 0;
      for (const candidate of wholes) {
        if (!neighbourMatch && wholeMatch[candidate] !== -1) continue;
        const wholeProfile = whole.profile(candidate);
        const similarity = profileSimilarity(wholeProfile, joined);
        if (similarity < SPLIT_MIN || similarity < existing + SPLIT_GAIN) continue;
        if (containment(parts.profile(first).unigrams, wholeProfile.unigrams) < PART_CONTAINMENT) continue;
        if (containment(parts.profile(second).unigrams, wholeProfile.unigrams) < PART_CONTAINMENT) continue;
        candidates.push({ direction, whole: candidate, parts: [first, second], similarity });
      }
    }
  }
  return candidates;
}

/**
 * Applies the best candidates first, splits and merges together; a candidate may replace one weak pair between its
 * whole and one part. The order must not depend on which version is called old: the mirror of a split is a merge
 * with the same whole, parts and similarity, so those are the keys (split before merge only on a full tie).
 */
function apply(state: MatchState, candidates: Candidate[]): void {
  candidates.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      a.whole - b.whole ||
      a.parts[0] - b.parts[0] ||
      (a.direction === b.direction ? 0 : a.direction === 'split' ? -1 : 1),
  );
  for (const candidate of candidates) {
    const { direction } = candidate;
    const view = viewOf(state, direction);
    const [first, second] = candidate.parts;
    const ids = new Set(
      [view.wholeMatch[candidate.whole], view.partMatch[first], view.partMatch[second]].filter((id) => id !== -1),
    );
    if (ids.size > 1) continue;
    const [replaced] = [...ids];
    if (replaced !== undefined) {
      const match = state.matches[replaced];
      // Only a one-to-one pair linking the whole with one of the parts may be replaced.
      if (!isOneToOne(match) || !view.wholeOf(match).includes(candidate.whole)) continue;
      if (!view.partsOf(match).some((part) => part === first || part === second)) continue;
      state.remove(replaced);
    }
    const wholeSide = [candidate.whole];
    const partSide = [first, second];
    state.add(
      direction === 'split'
        ? { old: wholeSide, new: partSide, via: 'split', similarity: candidate.similarity }
        : { old: partSide, new: wholeSide, via: 'merge', similarity: candidate.similarity },
    );
  }
}

/**
 * Splits and merges are searched in the same matching and compete on similarity: searching splits first would let
 * a split claim clauses that a better merge needs, and diff(b, a) would then find the split's mirror (a merge)
 * beaten by another split.
 */
export function detectSplitsAndMerges(state: MatchState): void {
  apply(state, [...findCandidates(state, 'split'), ...findCandidates(state, 'merge')]);
}
