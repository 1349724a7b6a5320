// Splits (one old clause became two or more consecutive new ones) and merges (the reverse). Searched among clauses left
// unmatched and pairs that matched only weakly: after a split, the old clause usually pairs with its larger half
// at a middling similarity and the other half is left over. The two parts replace that pair when together they
// are clearly closer to the whole than the one half was, and each part really came out of the whole.
import { RareWordIndex } from './candidates.js';
import type { Side } from '../match/entries.js';
import type { MatchState } from './state.js';
import { findSentenceCandidates } from './sentence-split.js';
import { type Candidate, type Direction, isOneToOne, SPLIT_MIN, type View, viewOf } from './split-view.js';
import { HopefulWholes } from './run-wholes.js';
import { containment, profileOfNormal, profileSimilarity } from '../text/similarity.js';

export { SPLIT_MIN } from './split-view.js';
export const SPLIT_GAIN = 0.08;
/** Share of each part's words that must occur in the whole (an unrelated new clause next door is not a part). */
export const PART_CONTAINMENT = 0.6;
/** How the parts' texts are joined when they are compared with (and redlined against) the whole. */
export { PART_SEPARATOR } from '../match/types.js';

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

/** A run needs this many parts; two-part splits are found by findCandidates, with its own checks. */
const RUN_MIN = 3;

/** Parts of `whole`, each of which came out of it, cut into stretches of consecutive clauses under one heading. */
function runsOf(parts: Side, members: number[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const index of [...new Set(members)].sort((a, b) => a - b)) {
    const last = run[run.length - 1];
    if (last !== undefined && (index !== last + 1 || parts.entry(index).section !== parts.entry(last).section)) {
      runs.push(run);
      run = [];
    }
    run.push(index);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * For each whole, the parts (one-to-one paired or loose) whose words came out of it, each with PART_CONTAINMENT. A
 * paired part is weighed against its own partner, a loose one against the wholes sharing one of its rarest words
 * (HopefulWholes: exactly those RareWordIndex finds among the wholes paired one-to-one or not at all).
 */
function partsByWhole(state: MatchState, view: View): Map<number, number[]> {
  const { whole, parts, wholeMatch, partMatch } = view;
  // A whole paired at a similarity no run can beat by SPLIT_GAIN (similarity is at most 1), such as one of the
  // thousands of clauses that kept their words, is passed over before its parts are weighed: it could never become
  // a candidate, so nothing changes but the time.
  const hopeless = (candidate: number): boolean => {
    const id = wholeMatch[candidate] ?? -1;
    return id !== -1 && 1 < (state.matches[id]?.similarity ?? 0) + SPLIT_GAIN;
  };
  const pool: number[] = [];
  wholeMatch.forEach((id, index) => {
    if (id === -1 || isOneToOne(state.matches[id])) pool.push(index);
  });
  const finder = new HopefulWholes(
    whole,
    pool,
    pool.filter((index) => !hopeless(index)),
  );
  const membersOf = new Map<number, number[]>();
  for (let part = 0; part < parts.size; part++) {
    const id = partMatch[part] ?? -1;
    const match = id === -1 ? undefined : state.matches[id];
    if (match && !isOneToOne(match)) continue;
    const wholes = match ? view.wholeOf(match).filter((candidate) => !hopeless(candidate)) : undefined;
    if (wholes?.length === 0) continue;
    const words = parts.profile(part).unigrams;
    for (const candidate of wholes ?? finder.sharing(words, PART_CONTAINMENT)) {
      if (containment(words, whole.profile(candidate).unigrams) < PART_CONTAINMENT) continue;
      if (!wholes && !finder.reaches(part, words, candidate)) continue;
      const members = membersOf.get(candidate);
      if (members) members.push(part);
      else membersOf.set(candidate, [part]);
    }
  }
  return membersOf;
}

/**
 * Splits into many parts: a paragraph whose lines were the items of a list ("Het lidmaatschap eindigt:" and one
 * line per way it ends) becomes that list, or five sentences on consecutive lines become five paragraphs. No two
 * of the parts come near the whole, so findCandidates cannot see it; here each part must have come out of the
 * whole (PART_CONTAINMENT), the parts must stand together, and together they must be as close to the whole as a
 * two-part split must be. A whole paired one-to-one with one of its parts may still split (that pair is replaced).
 */
function findRunCandidates(state: MatchState, direction: Direction): Candidate[] {
  const view = viewOf(state, direction);
  const { whole, parts, wholeMatch, partMatch } = view;
  const membersOf = partsByWhole(state, view);
  const candidates: Candidate[] = [];
  for (const [candidate, members] of membersOf) {
    const existingId = wholeMatch[candidate] ?? -1;
    const existing = existingId === -1 ? undefined : state.matches[existingId];
    for (const run of runsOf(parts, members)) {
      if (run.length < RUN_MIN) continue;
      // At most one pair is replaced: the whole's own, and only when its partner is one of the parts.
      const others = run.filter((part) => partMatch[part] !== -1 && partMatch[part] !== existingId);
      if (others.length > 0) continue;
      if (existing && !view.partsOf(existing).some((part) => run.includes(part))) continue;
      const joined = profileOfNormal(
        run
          .map((part) => parts.normal(part))
          .join(' ')
          .trim(),
      );
      const similarity = profileSimilarity(whole.profile(candidate), joined);
      if (similarity < SPLIT_MIN || similarity < (existing?.similarity ?? 0) + SPLIT_GAIN) continue;
      candidates.push({ direction, whole: candidate, parts: run, similarity });
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
      (a.parts[0] ?? 0) - (b.parts[0] ?? 0) ||
      b.parts.length - a.parts.length ||
      (a.direction === b.direction ? 0 : a.direction === 'split' ? -1 : 1),
  );
  for (const candidate of candidates) {
    const { direction } = candidate;
    const view = viewOf(state, direction);
    const partSide = candidate.parts;
    const ids = new Set(
      [view.wholeMatch[candidate.whole], ...partSide.map((part) => view.partMatch[part])].filter((id) => id !== -1),
    );
    if (ids.size > 1) continue;
    const [replaced] = [...ids];
    if (replaced !== undefined) {
      const match = state.matches[replaced];
      // Only a one-to-one pair linking the whole with one of the parts may be replaced.
      if (!isOneToOne(match) || !view.wholeOf(match).includes(candidate.whole)) continue;
      if (!view.partsOf(match).some((part) => partSide.includes(part))) continue;
      state.remove(replaced);
    }
    const wholeSide = [candidate.whole];
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
  apply(state, [
    ...findCandidates(state, 'split'),
    ...findCandidates(state, 'merge'),
    ...findRunCandidates(state, 'split'),
    ...findRunCandidates(state, 'merge'),
    ...findSentenceCandidates(state, 'split'),
    ...findSentenceCandidates(state, 'merge'),
  ]);
}
