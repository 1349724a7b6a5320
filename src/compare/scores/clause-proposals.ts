// A left clause's proposals while its row is computed (score-rows.ts): each right group, or single right clause,
// once at the best score any of the clause's units gives it, and the best of them ranked for strongestCandidates
// (candidates.ts), in buffers reused from clause to clause.
import type { Proposal } from './candidates.js';
import { firstAbove, firstAtLeast } from '../../match/sorted-search.js';

/** What ClauseProposals reads of the right document's unit groups: the clauses each holds, ascending. */
interface ProposedGroup {
  clauses: readonly number[];
}

/** Buckets of score by which ClauseProposals.best finds its floor. */
const BUCKETS = 1024;
const bucketOf = (score: number): number => Math.min(BUCKETS - 1, Math.max(0, Math.floor(score * BUCKETS)));

/**
 * A left clause's proposals (right group, its best score), in reused buffers: one clause at a time. A group several
 * of the clause's units propose is held once, at the best of their scores: a lower score of a group adds nothing to
 * its candidates (strongestCandidates has reached its clauses at the higher one), so the ranking reads each once.
 * So are the groups of one clause alone (a right clause's whole and its sentences, all proposed by a clause that
 * says the same): one clause's several groups filled the best CANDIDATES_PER_CLAUSE proposals with fewer clauses, and
 * best() ranked again four times as many (two versions of Boek 2 BW: 5,208 rankings for 2,731 clauses, 539,592
 * proposals; held per clause, 2,992 rankings of 368,239). The candidates are the same: strongestCandidates keeps a
 * clause at its best level and skips it at a lower one, and the order of the proposals at one score never decides
 * what it keeps (it walks them nearest first, ties to the earlier clause).
 */
export class ClauseProposals {
  private readonly buckets = new Int32Array(BUCKETS);
  /** Scratch of best(): the scores taken (sorted), and per first place of a score how many are placed at it. */
  private sorted = new Float64Array(1024);
  private earlier = new Int32Array(1024);
  /** Scratch of best(): the places of the proposals taken, in the order added. */
  private taken = new Int32Array(1024);
  private group = new Int32Array(1024);
  private score = new Float64Array(1024);
  size = 0;
  /** The whole-clause cosine of the clause's whole with each whole right group, valid where `wholeOf` is the clause's stamp. */
  readonly whole: Float64Array;
  private readonly wholeOf: Int32Array;
  /** Each proposal's key: a group of several clauses by its index, one of a single clause by the clause's. */
  private readonly keyOf: Int32Array;
  /** Each key's place in the buffers, valid where `slotOf` is the clause's stamp. */
  private readonly slot: Int32Array;
  private readonly slotOf: Int32Array;
  private stamp = 0;

  constructor(rightGroups: readonly ProposedGroup[], rightClauses: number) {
    const groups = rightGroups.length;
    this.whole = new Float64Array(groups);
    this.wholeOf = new Int32Array(groups);
    this.keyOf = Int32Array.from(rightGroups, ({ clauses }, g) =>
      clauses.length === 1 ? groups + (clauses[0] as number) : g,
    );
    this.slot = new Int32Array(groups + rightClauses);
    this.slotOf = new Int32Array(groups + rightClauses);
  }

  start(): void {
    this.size = 0;
    this.stamp++;
  }

  add(group: number, score: number): void {
    const key = this.keyOf[group] as number;
    if (this.slotOf[key] === this.stamp) {
      const at = this.slot[key] as number;
      if (score > (this.score[at] as number)) this.score[at] = score;
      return;
    }
    this.slotOf[key] = this.stamp;
    this.slot[key] = this.size;
    if (this.size === this.group.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.group);
      this.group = grown;
      const scores = new Float64Array(this.size * 2);
      scores.set(this.score);
      this.score = scores;
    }
    this.group[this.size] = group;
    this.score[this.size] = score;
    this.size++;
  }

  setWhole(group: number, value: number): void {
    this.whole[group] = value;
    this.wholeOf[group] = this.stamp;
  }

  wholeValue(group: number): number | undefined {
    return this.wholeOf[group] === this.stamp ? (this.whole[group] as number) : undefined;
  }

  /**
   * The proposals scoring at least the `count`-th best score (all of them when there are no more than `count`), best
   * first: every proposal at each score taken, so strongestCandidates goes through whole levels of equal score.
   */
  best(count: number, rightGroups: readonly ProposedGroup[]): Proposal[] {
    let floor = Number.NEGATIVE_INFINITY;
    if (this.size > count) {
      // A floor at or below the count-th best score (scores lie in [0, 1]), found by counting scores per bucket
      // instead of sorting them: every proposal at or above it is taken, so at least `count`.
      const buckets = this.buckets;
      buckets.fill(0);
      for (let k = 0; k < this.size; k++) {
        const at = bucketOf(this.score[k] as number);
        buckets[at] = (buckets[at] as number) + 1;
      }
      let bucket = BUCKETS - 1;
      for (let above = buckets[bucket] as number; above < count && bucket > 0; ) above += buckets[--bucket] as number;
      floor = bucket / BUCKETS;
    }
    // Best first and, at one score, in the order added: what a stable sort by score gives, without a comparator. The
    // scores taken are sorted as numbers; a proposal goes after every better one and the earlier ones at its score.
    if (this.sorted.length < this.size) {
      this.sorted = new Float64Array(this.size * 2);
      this.earlier = new Int32Array(this.size * 2);
      this.taken = new Int32Array(this.size * 2);
    }
    let taken = 0;
    for (let k = 0; k < this.size; k++) {
      const score = this.score[k] as number;
      if (score < floor) continue;
      this.sorted[taken] = score;
      this.taken[taken++] = k;
    }
    const sorted = this.sorted.subarray(0, taken).sort();
    const earlier = this.earlier;
    earlier.fill(0, 0, taken);
    const ranked: Proposal[] = new Array(taken);
    for (let at = 0; at < taken; at++) {
      const k = this.taken[at] as number;
      const score = this.score[k] as number;
      const first = firstAtLeast(sorted, score);
      const slot = taken - firstAbove(sorted, score, first) + (earlier[first] as number);
      earlier[first] = (earlier[first] as number) + 1;
      ranked[slot] = { clauses: (rightGroups[this.group[k] as number] as ProposedGroup).clauses, score };
    }
    return ranked;
  }
}
