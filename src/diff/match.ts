// Which clause of the new version is which clause of the old one. In order of trust:
//   1. the same id, when the author wrote it on both sides and on one clause only in each (synthetic ids come
//      from position and would pair whatever happens to stand in the same place);
//   2. the same text, as written and then normalised (catches renamed ids and moved clauses); a text that occurs
//      more than once in a version only pairs under the same heading or in corresponding sections;
//   3. similar text, assigned one-to-one to maximise total similarity (Hungarian algorithm per component of the
//      candidate graph); the same section heading lowers the bar and breaks ties;
//   4. a short clause between the same matched neighbours in both versions, whatever its words (context-match.ts);
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
import { mapSections } from './moves.js';
import { matchByContext } from './context-match.js';
import { detectSplitsAndMerges } from './split.js';
import { MatchState, type Match } from './state.js';

export const MATCH_MIN = 0.5;
export const MATCH_MIN_SAME_HEADING = 0.35;
/** Added to the weight of a pair under the same heading, so equal similarities resolve to the same section. */
export const SAME_HEADING_BONUS = 0.05;

type SectionMap = Map<Section, Section>;

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
  const matches = state.matches.filter((match): match is Match => match !== undefined);
  return mapSections(matches, state.oldSide, state.newSide);
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

type TextKey = (side: Side, index: number) => string;
const asWritten: TextKey = (side, index) => side.entry(index).text;
const normalised: TextKey = (side, index) => side.normal(index);

/** How often each text occurs in a whole version: a text that occurs more than once says nothing about identity. */
function textCounts(side: Side): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of side.entries) counts.set(entry.text, (counts.get(entry.text) ?? 0) + 1);
  return counts;
}

/**
 * Identical text, in three scopes:
 *   'heading'  under the same heading (duplicates pair in reading order);
 *   'unique'   anywhere, when the text occurs once in each version (a generic "(vervallen)" or an empty clause
 *              under another heading is not the same clause);
 *   'section'  within sections the other matches show to correspond.
 */
function matchByText(
  state: MatchState,
  key: TextKey,
  scope: 'heading' | 'unique' | 'section',
  sections: SectionMap,
  counts: [Map<string, number>, Map<string, number>],
): void {
  const { oldSide, newSide } = state;
  const byKey = new Map<string, number[]>();
  for (const index of state.unmatchedNew()) {
    const text = key(newSide, index);
    const list = byKey.get(text);
    if (list) list.push(index);
    else byKey.set(text, [index]);
  }
  for (const oldIndex of state.unmatchedOld()) {
    const text = key(oldSide, oldIndex);
    const bucket = byKey.get(text);
    if (!bucket || bucket.length === 0) continue;
    const entry = oldSide.entry(oldIndex);
    let at: number;
    if (scope === 'heading') at = bucket.findIndex((newIndex) => sameHeading(entry, newSide.entry(newIndex), sections));
    else if (scope === 'section')
      at = bucket.findIndex((newIndex) => sections.get(entry.section) === newSide.entry(newIndex).section);
    else {
      const newEntry = newSide.entry(bucket[0] ?? 0);
      const unique = bucket.length === 1 && counts[0].get(entry.text) === 1 && counts[1].get(newEntry.text) === 1;
      at = unique && text !== '' ? 0 : -1;
    }
    if (at === -1) continue;
    const [newIndex] = bucket.splice(at, 1);
    if (newIndex !== undefined) state.pair(oldIndex, newIndex, 'text', 1);
  }
}

function matchBySimilarity(
  state: MatchState,
  sections: SectionMap,
  counts: [Map<string, number>, Map<string, number>],
): void {
  const { oldSide, newSide } = state;
  const pairs = candidatePairs(oldSide, state.unmatchedOld(), newSide, state.unmatchedNew(), MATCH_MIN_SAME_HEADING);
  const edges: WeightedEdge[] = [];
  for (const pair of pairs) {
    const before = oldSide.entry(pair.old);
    const after = newSide.entry(pair.new);
    const near = sameHeading(before, after, sections);
    // A text repeated within a version ("(vervallen)") only pairs under its own heading.
    if (!near && ((counts[0].get(before.text) ?? 0) > 1 || (counts[1].get(after.text) ?? 0) > 1)) continue;
    const similarity = state.similarity(pair.old, pair.new);
    if (similarity < (near ? MATCH_MIN_SAME_HEADING : MATCH_MIN)) continue;
    edges.push({ old: pair.old, new: pair.new, weight: similarity + (near ? SAME_HEADING_BONUS : 0) });
  }
  for (const edge of assignMaxWeight(edges))
    state.pair(edge.old, edge.new, 'similarity', state.similarity(edge.old, edge.new));
}

/** Matches the clauses of two versions. Every clause ends up in at most one match. */
export function matchClauses(oldSide: Side, newSide: Side): MatchState {
  const state = new MatchState(oldSide, newSide);
  const counts: [Map<string, number>, Map<string, number>] = [textCounts(oldSide), textCounts(newSide)];
  const none: SectionMap = new Map();
  matchByExplicitId(state);
  matchByText(state, asWritten, 'heading', none, counts);
  matchByText(state, asWritten, 'unique', none, counts);
  matchByText(state, normalised, 'heading', none, counts);
  matchByText(state, normalised, 'unique', none, counts);
  const sections = currentSectionMap(state);
  matchBySimilarity(state, sections, counts);
  matchByText(state, normalised, 'section', currentSectionMap(state), counts);
  matchByContext(state);
  detectSplitsAndMerges(state);
  return state;
}
