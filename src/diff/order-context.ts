// Order and context before content. When several old clauses look like several new ones (two contact tables that
// differ in a cell or two, the same list of rules for pupils and for staff, "[Vervallen]" under many articles of a
// law), their words cannot say which is which, and pairing them by words alone reports clauses that stayed where
// they were as moved. Where a clause stands can tell: under the same heading path, between the same two matched
// clauses (the pair keeps the order of what is matched around it), next to the same matched neighbour. The text
// and similarity phases of match.ts rank their candidates by this context, and a text that occurs more than once
// in a version pairs only where it has some.
import type { Section } from '../model/policy.js';
import type { Entry } from '../match/entries.js';
import { movedMatches } from './moves.js';
import type { Match, MatchState } from './state.js';

/** What the matches made so far say about where each unmatched clause belongs (a snapshot; make a new one after pairing). */
export class OrderContext {
  /** Per old clause: the last new clause matched to the nearest in-order matched old clause before it (-1: none). */
  private readonly newAfter: Int32Array;
  /** Per old clause: the first new clause matched to the nearest in-order matched old clause after it. */
  private readonly newBefore: Int32Array;
  /** Per new clause, the same from the other side. */
  private readonly oldAfter: Int32Array;
  private readonly oldBefore: Int32Array;

  constructor(
    private readonly state: MatchState,
    private readonly sections: ReadonlyMap<Section, Section>,
  ) {
    const { oldSide, newSide } = state;
    // A match that is itself out of order (a clause that moved) says nothing about where its neighbours belong.
    const moved = movedMatches(state);
    const anchor = (match: Match | undefined): Match | undefined => (match && !moved.has(match) ? match : undefined);
    [this.newAfter, this.newBefore] = bounds(
      oldSide.size,
      newSide.size,
      (index) => anchor(state.matchOfOld(index))?.new,
    );
    [this.oldAfter, this.oldBefore] = bounds(
      newSide.size,
      oldSide.size,
      (index) => anchor(state.matchOfNew(index))?.old,
    );
  }

  /** The new clause stands between the partners of the old clause's matched neighbours, and the other way round. */
  keepsOrder(oldIndex: number, newIndex: number): boolean {
    return (
      (this.newAfter[oldIndex] ?? -1) < newIndex &&
      newIndex < (this.newBefore[oldIndex] ?? 0) &&
      (this.oldAfter[newIndex] ?? -1) < oldIndex &&
      oldIndex < (this.oldBefore[newIndex] ?? 0)
    );
  }

  /** How many of the two direct neighbours (before, after) are matched to each other. */
  neighbours(oldIndex: number, newIndex: number): number {
    const together = (step: -1 | 1): boolean => {
      const id = this.state.oldMatch[oldIndex + step] ?? -1;
      return id !== -1 && id === this.state.newMatch[newIndex + step];
    };
    return (together(-1) ? 1 : 0) + (together(1) ? 1 : 0);
  }

  /** Under the same heading path, or in sections the matches so far show to be one another. */
  sameParent(before: Entry, after: Entry): boolean {
    return before.pathKey === after.pathKey || this.sections.get(before.section) === after.section;
  }

  /** Whether the pair has any context at all: the least a text repeated within a version needs to pair. */
  supports(oldIndex: number, newIndex: number): boolean {
    return this.keepsOrder(oldIndex, newIndex) || this.neighbours(oldIndex, newIndex) > 0;
  }

  /** 0 to 4: same heading path, order kept, and each agreeing neighbour count one. */
  score(oldIndex: number, newIndex: number): number {
    const { oldSide, newSide } = this.state;
    return (
      (this.sameParent(oldSide.entry(oldIndex), newSide.entry(newIndex)) ? 1 : 0) +
      (this.keepsOrder(oldIndex, newIndex) ? 1 : 0) +
      this.neighbours(oldIndex, newIndex)
    );
  }
}

/**
 * For each clause of one side, the partners (on the other side, of size `otherSize`) of the nearest matched clause
 * before it (its largest index, else -1) and after it (its smallest index, else otherSize).
 */
function bounds(
  size: number,
  otherSize: number,
  partners: (index: number) => readonly number[] | undefined,
): [Int32Array, Int32Array] {
  const after = new Int32Array(size);
  const before = new Int32Array(size);
  let last = -1;
  for (let index = 0; index < size; index++) {
    after[index] = last;
    const found = partners(index);
    if (found && found.length > 0) last = extreme(found, 1);
  }
  let next = otherSize;
  for (let index = size - 1; index >= 0; index--) {
    before[index] = next;
    const found = partners(index);
    if (found && found.length > 0) next = extreme(found, -1);
  }
  return [after, before];
}

/** The largest (sign 1) or smallest (sign -1) of some indices, without spreading them into Math.max per clause. */
function extreme(indices: readonly number[], sign: 1 | -1): number {
  let best = indices[0] ?? 0;
  for (const index of indices) if ((index - best) * sign > 0) best = index;
  return best;
}
