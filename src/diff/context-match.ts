// Order and context before content: a short clause whose neighbours on both sides are matched to the neighbours of
// a short clause in the other version is that clause, whatever its words. The fourth item of a list "Licenties /
// Beheer / Doorontwikkeling / Scholing" that became "Training" has no word in common with its old self, so the
// text phases leave it "removed" and "added"; standing between the same two clauses, it was renamed.
import type { Entry, Side } from '../match/entries.js';
import type { MatchState } from './state.js';

/** Only short clauses (list items of a few words, labels): a long clause rewritten in place is a new clause. */
const SHORT = 8;

function words(side: Side, index: number): number {
  const normal = side.normal(index);
  return normal === '' ? 0 : normal.split(' ').length;
}

/** The same place in its list: both items (with the same ordinal) or both paragraphs. */
function samePlace(a: Entry, b: Entry): boolean {
  return a.clause.kind === b.clause.kind && a.clause.depth === b.clause.depth && a.clause.ordinal === b.clause.ordinal;
}

/** Whether the neighbours at `step` (-1 before, +1 after) are matched to each other, or both are missing. */
function neighboursAgree(state: MatchState, oldIndex: number, newIndex: number, step: -1 | 1): boolean {
  const oldNext = oldIndex + step;
  const newNext = newIndex + step;
  const oldOut = oldNext < 0 || oldNext >= state.oldSide.size;
  const newOut = newNext < 0 || newNext >= state.newSide.size;
  if (oldOut || newOut) return oldOut && newOut;
  const id = state.oldMatch[oldNext] ?? -1;
  return id !== -1 && id === state.newMatch[newNext];
}

/** Pairs each short unmatched clause with the short unmatched clause between the same matched neighbours. */
export function matchByContext(state: MatchState): void {
  const { oldSide, newSide } = state;
  for (const oldIndex of state.unmatchedOld()) {
    if (words(oldSide, oldIndex) > SHORT) continue;
    const before = oldIndex > 0 ? state.matchOfOld(oldIndex - 1) : undefined;
    // The candidate stands right after the new partner of the old clause's predecessor (or first, with it).
    const newIndex = oldIndex === 0 ? 0 : before ? Math.max(...before.new) + 1 : -1;
    if (newIndex < 0 || newIndex >= newSide.size || state.newMatch[newIndex] !== -1) continue;
    if (words(newSide, newIndex) > SHORT) continue;
    if (!samePlace(oldSide.entry(oldIndex), newSide.entry(newIndex))) continue;
    if (!neighboursAgree(state, oldIndex, newIndex, -1) || !neighboursAgree(state, oldIndex, newIndex, 1)) continue;
    state.pair(oldIndex, newIndex, 'similarity', state.similarity(oldIndex, newIndex));
  }
}
