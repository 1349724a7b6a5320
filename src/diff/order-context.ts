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

/** The most score() gives a pair none of whose neighbours is matched to the other's: same heading path, order kept. */
export const SCORE_WITHOUT_NEIGHBOURS = 2;

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
    const partners = partnerBounds(state, moved);
    [this.newAfter, this.newBefore] = bounds(state.oldMatch, partners.lastNew, partners.firstNew, newSide.size);
    [this.oldAfter, this.oldBefore] = bounds(state.newMatch, partners.lastOld, partners.firstOld, oldSide.size);
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
 * Per match id, the largest and smallest clause index it holds on each side, or -1 where the match is gone or moved:
 * read once per snapshot, not twice per clause (a matching of a civil code's repeated clauses makes twenty of them).
 */
function partnerBounds(
  state: MatchState,
  moved: ReadonlySet<Match>,
): { lastNew: Int32Array; firstNew: Int32Array; lastOld: Int32Array; firstOld: Int32Array } {
  const count = state.matches.length;
  const [lastNew, firstNew, lastOld, firstOld] = [0, 0, 0, 0].map(() => new Int32Array(count).fill(-1)) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  // Assigned one by one: a destructuring assignment per match ran through the array iterator, in code that runs too
  // little to be optimised (a snapshot of a civil code's 4,500 matches, several times a diff).
  state.matches.forEach((match, id) => {
    if (!match || moved.has(match)) return;
    if (match.new.length > 0) {
      lastNew[id] = extreme(match.new, 1);
      firstNew[id] = extreme(match.new, -1);
    }
    if (match.old.length > 0) {
      lastOld[id] = extreme(match.old, 1);
      firstOld[id] = extreme(match.old, -1);
    }
  });
  return { lastNew, firstNew, lastOld, firstOld };
}

/**
 * For each clause of one side (`ids`: its match id, -1 for none), the partners (on the other side, of size
 * `otherSize`) of the nearest anchored matched clause before it (their largest index, `last` by match id, else -1)
 * and after it (their smallest, `first`, else otherSize).
 */
function bounds(ids: Int32Array, last: Int32Array, first: Int32Array, otherSize: number): [Int32Array, Int32Array] {
  const size = ids.length;
  const after = new Int32Array(size);
  const before = new Int32Array(size);
  let previous = -1;
  for (let index = 0; index < size; index++) {
    after[index] = previous;
    const id = ids[index] ?? -1;
    if (id !== -1 && (last[id] ?? -1) !== -1) previous = last[id] ?? -1;
  }
  let next = otherSize;
  for (let index = size - 1; index >= 0; index--) {
    before[index] = next;
    const id = ids[index] ?? -1;
    if (id !== -1 && (first[id] ?? -1) !== -1) next = first[id] ?? -1;
  }
  return [after, before];
}

/** The largest (sign 1) or smallest (sign -1) of some indices, without spreading them into Math.max per clause. */
function extreme(indices: readonly number[], sign: 1 | -1): number {
  let best = indices[0] ?? 0;
  for (const index of indices) if ((index - best) * sign > 0) best = index;
  return best;
}
