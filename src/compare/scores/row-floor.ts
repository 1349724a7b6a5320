// The least score a proposal needs to matter to a clause's row (score-rows.ts), read off its whole clause's own
// proposals before its parts are weighed. A row keeps the CANDIDATES_PER_CLAUSE best clauses, whole levels of score
// first (candidates.ts), and a clause's score is the best any of its units gives. The whole clause's cosines with the
// other document's whole clauses are final lower bounds of those clauses' scores, and each whole group holds clauses
// of its own (a right clause has one whole group), proposing its CANDIDATES_PER_CLAUSE nearest copies at most. So
// once whole groups at or above some score hold CANDIDATES_PER_CLAUSE clauses, the row is filled at or above it, and
// a proposal below it can neither be kept nor raise a kept clause: it is not added at all. The row stays the same bit
// for bit; on two versions of Boek 2 BW nine in ten of the parts' proposals fall below it.
import { CANDIDATES_PER_CLAUSE } from './candidates.js';

/** Buckets of score the floor is counted in: it is the lower edge of one, at or below the exact least score. */
const FLOOR_BUCKETS = 1024;

/** No floor: every proposal is added. */
export const NO_FLOOR = Number.NEGATIVE_INFINITY;

export class RowFloor {
  private readonly clausesAt = new Int32Array(FLOOR_BUCKETS);
  /** Per right group: how many clauses it proposes when whole (at most CANDIDATES_PER_CLAUSE), 0 for a part's group. */
  private readonly proposedClauses: Int32Array;

  constructor(rightGroups: readonly { whole: boolean; clauses: readonly number[] }[]) {
    this.proposedClauses = Int32Array.from(rightGroups, (group) =>
      group.whole ? Math.min(group.clauses.length, CANDIDATES_PER_CLAUSE) : 0,
    );
  }

  /**
   * The floor given a whole clause's proposed right groups and its cosine with each (the score of a whole group):
   * a score at which whole groups at or above it hold CANDIDATES_PER_CLAUSE clauses, else NO_FLOOR.
   */
  of(groups: ArrayLike<number>, values: ArrayLike<number>): number {
    const { clausesAt, proposedClauses } = this;
    clausesAt.fill(0);
    for (let k = 0; k < groups.length; k++) {
      const clauses = proposedClauses[groups[k] as number] as number;
      if (clauses === 0) continue;
      const bucket = Math.min(FLOOR_BUCKETS - 1, Math.max(0, Math.floor((values[k] as number) * FLOOR_BUCKETS)));
      clausesAt[bucket] = (clausesAt[bucket] as number) + clauses;
    }
    let held = 0;
    for (let bucket = FLOOR_BUCKETS - 1; bucket >= 0; bucket--) {
      held += clausesAt[bucket] as number;
      // Every score in this bucket or above is at least its lower edge (× FLOOR_BUCKETS, a power of two, is exact).
      if (held >= CANDIDATES_PER_CLAUSE) return bucket / FLOOR_BUCKETS;
    }
    return NO_FLOOR;
  }
}
