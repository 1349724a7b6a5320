// Which clause of the new version is which clause of the old one. In order of trust:
//   1. the same id, when the author wrote it on both sides and on one clause only in each (synthetic ids come
//      from position and would pair whatever happens to stand in the same place);
//   2. the same text, as written and then normalised (catches renamed ids and moved clauses): first texts that
//      occur once in each version, anywhere; then, under the same heading, texts that occur more than once, each
//      where its context is best (same heading path, order kept, matched neighbours: order-context.ts) and only
//      where it has some, so "[Vervallen]" under one article does not pair with the one under another;
//   3. similar text, assigned one-to-one to maximise total similarity plus context (Hungarian algorithm per
//      component of the candidate graph); the same section heading lowers the bar, the same heading path, order
//      kept and matched neighbours add a little weight, and two crossing pairs of similar blocks are put back in
//      order (uncross.ts);
//   4. a short clause between the same matched neighbours in both versions, whatever its words (context-match.ts);
//      then clauses rewritten in place: between the same matched neighbours, with some words in common
//      (rewrite-in-place.ts);
//   5. splits (one old clause ≈ two or more consecutive new ones) and merges (the reverse), among what is left or
//      only weakly matched (see split.ts and sentence-split.ts).
//
// Thresholds, tuned on the seed policies, the civil code versions and the tests:
//   similarity ≥ 0.5 to pair clauses anywhere in the document; ≥ 0.35 under the same heading, where a clause
//   rewritten in place is still recognisably "that clause". Below 0.35 a pair shares mostly small words.
import type { Section } from '../model/policy.js';
import type { Entry, Side } from '../match/entries.js';
import { candidatePairs } from './candidates.js';
import { assignMaxWeight, type WeightedEdge } from '../match/assign.js';
import { sectionMapOf } from './moves.js';
import { matchByContext } from './context-match.js';
import { matchRewritesInPlace } from './rewrite-in-place.js';
import { OrderContext, SCORE_WITHOUT_NEIGHBOURS } from './order-context.js';
import { uncross } from './uncross.js';
import { detectSplitsAndMerges } from './split.js';
import { MatchState } from './state.js';

export const MATCH_MIN = 0.5;
export const MATCH_MIN_SAME_HEADING = 0.35;
/** Added to the weight of a pair under the same heading, so equal similarities resolve to the same section. */
export const SAME_HEADING_BONUS = 0.05;
/**
 * Added for context (order-context.ts): the same heading path (a "Contact" under "Locatie Noord" is not the one
 * under "Locatie Zuid"), order kept between the matched clauses around it, and each matched neighbour. Small
 * beside similarity: they decide between clauses that look alike, not between clauses that do not.
 */
export const SAME_PATH_BONUS = 0.02;
export const ORDER_BONUS = 0.03;
export const NEIGHBOUR_BONUS = 0.03;
/** Rounds of pairing repeated texts by context; each makes the pairs of the best context found so far. */
const CONTEXT_ROUNDS = 20;

type SectionMap = ReadonlyMap<Section, Section>;

/**
 * Under the same heading: the same path of section titles, the same nearest heading, or sections that the
 * clauses matched so far show to be one another (a renamed heading).
 */
function sameHeading(a: Entry, b: Entry, sections: SectionMap): boolean {
  return (
    a.pathKey === b.pathKey ||
    (a.section.title !== '' && a.section.title === b.section.title) ||
    sections.get(a.section) === b.section
  );
}

function currentSectionMap(state: MatchState): SectionMap {
  return sectionMapOf(state);
}

/** Author-written clause ids, each to its clause, or to -1 when two clauses of the version share it. */
function uniqueIds(side: Side): Map<string, number> {
  const byId = new Map<string, number>();
  for (const entry of side.entries) {
    if (entry.explicitId) byId.set(entry.ref.id, byId.has(entry.ref.id) ? -1 : entry.index);
  }
  return byId;
}

/** The same author-written id on both sides; an id shared by two clauses of a version is left to the text phases. */
function matchByExplicitId(state: MatchState): void {
  const newById = uniqueIds(state.newSide);
  for (const [id, oldIndex] of uniqueIds(state.oldSide)) {
    const newIndex = newById.get(id);
    if (oldIndex !== -1 && newIndex !== undefined && newIndex !== -1) {
      state.pair(oldIndex, newIndex, 'id', state.similarity(oldIndex, newIndex));
    }
  }
}

/**
 * Between equally good pairs in the assignment, the one nearer its old place, then the earlier one: less than
 * TIE_WEIGHT in all, every step of |old - new| worth more than any difference of old + new, so it decides between
 * equal similarities and never between different ones. Both keys read the same whichever version is called old
 * (they do not change when the two are swapped), so diff(b, a) makes the mirror of diff(a, b)'s choices. Left to
 * the order in which candidatePairs found the edges, forward and backward paired a long clause with different ones
 * of its equally similar parts, and one direction reported a split that the other had no merge for.
 */
const TIE_WEIGHT = 1e-7;
function nearerFirstWeight(oldIndex: number, newIndex: number, span: number): number {
  return -(TIE_WEIGHT / span) * (Math.abs(oldIndex - newIndex) + (oldIndex + newIndex) / (2 * span));
}

type TextKey = (side: Side, index: number) => string;
const asWritten: TextKey = (side, index) => side.entry(index).text;
const normalised: TextKey = (side, index) => side.normal(index);

/** How often each text occurs in a whole version: a text that occurs more than once says nothing about identity. */
function textCounts(side: Side): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of side.entries) counts.set(entry.text, (counts.get(entry.text) ?? 0) + 1);
  return counts;
}

type Counts = [Map<string, number>, Map<string, number>];

/** The text occurs more than once in either version, so its words alone do not say which clause it is. */
function repeated(before: Entry, after: Entry, counts: Counts): boolean {
  return (counts[0].get(before.text) ?? 0) > 1 || (counts[1].get(after.text) ?? 0) > 1;
}

/** The new version's clauses not yet paired, by their text (as `key` reads it). */
function unmatchedNewByText(state: MatchState, key: TextKey): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const index of state.unmatchedNew()) {
    const text = key(state.newSide, index);
    const list = byKey.get(text);
    if (list) list.push(index);
    else byKey.set(text, [index]);
  }
  return byKey;
}

/**
 * At most this many new clauses are weighed for one old clause of a repeated text: those nearest its expected place.
 * Hundreds of "Vervallen." under one heading would otherwise make every old one a candidate for every new one
 * (n² pairs: 10,000 a side ran out of memory); among identical texts under one heading, context decides anyway.
 */
const MAX_REPEATED_CANDIDATES = 32;

/** The new clauses in `sorted` (ascending indices) nearest to `expected`: all of them when there are few. */
function nearest(sorted: readonly number[], expected: number): readonly number[] {
  if (sorted.length <= MAX_REPEATED_CANDIDATES) return sorted;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < expected) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - MAX_REPEATED_CANDIDATES / 2, sorted.length - MAX_REPEATED_CANDIDATES));
  return sorted.slice(start, start + MAX_REPEATED_CANDIDATES);
}

/** New clauses of one text grouped the ways sameHeading accepts them: by heading path, by title, by section. */
interface HeadingIndex {
  byPath: Map<string, number[]>;
  byTitle: Map<string, number[]>;
  bySection: Map<Section, number[]>;
}

function pushTo<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

function headingIndex(state: MatchState, key: TextKey): Map<string, HeadingIndex> {
  const index = new Map<string, HeadingIndex>();
  for (const [text, news] of unmatchedNewByText(state, key)) {
    const groups: HeadingIndex = { byPath: new Map(), byTitle: new Map(), bySection: new Map() };
    for (const newIndex of news) {
      const entry = state.newSide.entry(newIndex);
      pushTo(groups.byPath, entry.pathKey, newIndex);
      if (entry.section.title !== '') pushTo(groups.byTitle, entry.section.title, newIndex);
      pushTo(groups.bySection, entry.section, newIndex);
    }
    index.set(text, groups);
  }
  return index;
}

/**
 * The new clauses of the same text under the same heading (exactly those sameHeading accepts), at most
 * MAX_REPEATED_CANDIDATES of each group, nearest the old clause's place scaled to the new version.
 */
function sameHeadingCandidates(
  groups: HeadingIndex | undefined,
  before: Entry,
  sections: SectionMap,
  expected: number,
): number[] {
  if (!groups) return [];
  const found = new Set<number>();
  const add = (list: readonly number[] | undefined): void => {
    if (list) for (const newIndex of nearest(list, expected)) found.add(newIndex);
  };
  add(groups.byPath.get(before.pathKey));
  if (before.section.title !== '') add(groups.byTitle.get(before.section.title));
  const mapped = sections.get(before.section);
  if (mapped) add(groups.bySection.get(mapped));
  return [...found].sort((a, b) => a - b);
}

interface Weighed {
  best: number;
  candidates: { old: number; new: number; score: number }[];
}

/**
 * Identical text under the same heading, each pair where its context is best: in rounds, the pairs with the best
 * context score first, so a pair made gives its neighbours context in the next round. A repeated text pairs only
 * where it has context (order kept or a matched neighbour); what is left goes to the later phases.
 */
function matchTextByContext(state: MatchState, key: TextKey, sections: SectionMap, counts: Counts): void {
  const { oldSide, newSide } = state;
  const scale = newSide.size / Math.max(1, oldSide.size);
  for (let round = 0; round < CONTEXT_ROUNDS; round++) {
    // The snapshot of context is made only for a round that has a candidate to weigh: on a civil code most rounds
    // (and most calls) have none, and each snapshot reads every match of both versions.
    let snapshot: OrderContext | undefined;
    const contextOf = (): OrderContext => {
      snapshot ??= new OrderContext(state, sections);
      return snapshot;
    };
    const byKey = headingIndex(state, key);
    const last = round === CONTEXT_ROUNDS - 1;
    const weigh = (olds: readonly number[]): Weighed => {
      const candidates: Weighed['candidates'] = [];
      let best = Number.NEGATIVE_INFINITY;
      for (const oldIndex of olds) {
        const before = oldSide.entry(oldIndex);
        const groups = byKey.get(key(oldSide, oldIndex));
        for (const newIndex of sameHeadingCandidates(groups, before, sections, oldIndex * scale)) {
          const after = newSide.entry(newIndex);
          const context = contextOf();
          if (repeated(before, after, counts) && !context.supports(oldIndex, newIndex)) continue;
          const score = context.score(oldIndex, newIndex);
          // Before the last round only the best pairs are made: the others are not kept (a chain of repeated
          // clauses pairs one a round, and each round weighed and sorted 12,800 candidates of 400 repeated ones).
          if (!last && score < best) continue;
          // A running maximum: Math.max(...) over n² candidates overflowed the stack at 360 repeated clauses.
          if (score > best) {
            best = score;
            if (!last) candidates.length = 0;
          }
          candidates.push({ old: oldIndex, new: newIndex, score });
        }
      }
      return { best, candidates };
    };
    // Before the last round, when a clause next to a matched one has a pair scoring above what any pair without a
    // matched neighbour can, the best pairs are all among those clauses: the rest need not be weighed (a chain of
    // repeated clauses at 4,000 clauses weighed 12,000 candidates a round for its one pair).
    const olds = state.unmatchedOld();
    let weighed = last ? undefined : weigh(olds.filter((index) => hasMatchedNeighbour(state, index)));
    if (!weighed || weighed.best <= SCORE_WITHOUT_NEIGHBOURS) weighed = weigh(olds);
    const { candidates } = weighed;
    if (candidates.length === 0) return;
    // Made by old clause, then new clause, both ascending: before the last round (all of one score) in pairing order.
    if (last) candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
    for (const candidate of candidates) {
      if (state.oldMatch[candidate.old] !== -1 || state.newMatch[candidate.new] !== -1) continue;
      state.pair(candidate.old, candidate.new, 'text', 1);
    }
  }
}

/** The old clause before or after this one is matched: only then can a pair of it have a matched neighbour. */
function hasMatchedNeighbour(state: MatchState, oldIndex: number): boolean {
  return (state.oldMatch[oldIndex - 1] ?? -1) !== -1 || (state.oldMatch[oldIndex + 1] ?? -1) !== -1;
}

/**
 * Identical text anywhere, when the text occurs once in each version (a generic "(vervallen)" or an empty clause
 * under another heading is not the same clause). Texts under the same heading, and in sections the other matches
 * show to correspond, are paired by matchTextByContext.
 */
function matchUniqueText(state: MatchState, key: TextKey, counts: Counts): void {
  const { oldSide, newSide } = state;
  const byKey = unmatchedNewByText(state, key);
  for (const oldIndex of state.unmatchedOld()) {
    const text = key(oldSide, oldIndex);
    const bucket = byKey.get(text);
    if (!bucket || bucket.length !== 1 || text === '') continue;
    const newIndex = bucket[0] ?? 0;
    if (counts[0].get(oldSide.entry(oldIndex).text) !== 1 || counts[1].get(newSide.entry(newIndex).text) !== 1)
      continue;
    bucket.pop();
    state.pair(oldIndex, newIndex, 'text', 1);
  }
}

function matchBySimilarity(state: MatchState, sections: SectionMap, counts: Counts): void {
  const { oldSide, newSide } = state;
  const pairs = candidatePairs(oldSide, state.unmatchedOld(), newSide, state.unmatchedNew(), MATCH_MIN_SAME_HEADING);
  const context = new OrderContext(state, sections);
  const span = oldSide.size + newSide.size + 1;
  const edges: WeightedEdge[] = [];
  for (const pair of pairs) {
    const before = oldSide.entry(pair.old);
    const after = newSide.entry(pair.new);
    const near = sameHeading(before, after, sections);
    // A text repeated within a version ("(vervallen)") only pairs under its own heading, and where it has context.
    if (repeated(before, after, counts) && !(near && context.supports(pair.old, pair.new))) continue;
    const similarity = state.similarity(pair.old, pair.new);
    if (similarity < (near ? MATCH_MIN_SAME_HEADING : MATCH_MIN)) continue;
    const bonus =
      (near ? SAME_HEADING_BONUS : 0) +
      (context.sameParent(before, after) ? SAME_PATH_BONUS : 0) +
      (context.keepsOrder(pair.old, pair.new) ? ORDER_BONUS : 0) +
      NEIGHBOUR_BONUS * context.neighbours(pair.old, pair.new);
    const tie = nearerFirstWeight(pair.old, pair.new, span);
    edges.push({ old: pair.old, new: pair.new, weight: similarity + bonus + tie });
  }
  const chosen = uncross(assignMaxWeight(edges), { oldSide, newSide, edges, alike: MATCH_MIN });
  for (const edge of chosen) state.pair(edge.old, edge.new, 'similarity', state.similarity(edge.old, edge.new));
}

/** Matches the clauses of two versions. Every clause ends up in at most one match. */
export function matchClauses(oldSide: Side, newSide: Side): MatchState {
  const state = new MatchState(oldSide, newSide);
  const counts: Counts = [textCounts(oldSide), textCounts(newSide)];
  const none: SectionMap = new Map<Section, Section>();
  matchByExplicitId(state);
  // Texts that occur once in each version first: they are the context the repeated ones are placed by.
  matchUniqueText(state, asWritten, counts);
  matchTextByContext(state, asWritten, none, counts);
  matchUniqueText(state, normalised, counts);
  matchTextByContext(state, normalised, none, counts);
  const sections = currentSectionMap(state);
  matchBySimilarity(state, sections, counts);
  // Repeated texts in sections the matches so far show to correspond (a renamed heading), with the similarity
  // phase's pairs as more context.
  matchTextByContext(state, normalised, currentSectionMap(state), counts);
  matchByContext(state);
  matchRewritesInPlace(state);
  detectSplitsAndMerges(state);
  return state;
}
