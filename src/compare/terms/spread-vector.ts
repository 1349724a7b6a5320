// One vector spread over the term ids, for its cosine with many others and its containment in them (the splits of
// pairwise.ts weigh one pair of clauses against dozens of wholes). Each answer is the one cosine() and containedIn()
// of vectors.ts give: the same products, added in the same order (the shared terms by ascending id).
import { firstAbove } from '../../match/sorted-search.js';
import type { SparseVector } from './vectors.js';

/**
 * The term ids fall into this many blocks of equal width, over which the loaded vector's squared weights are summed:
 * holdsShare()'s bound of what a whole can still share. More blocks bounded no tighter on Boek 2 BW (8.6 rather than
 * 9.1 million terms walked at 256) and cost more per load.
 */
const BLOCKS = 64;

/**
 * How much below the share holdsShare()'s bound must be to answer no. Far above the rounding of sums of fewer than
 * 10^6 terms (~10^-10 relative), so a bound summed in another order never says no where containedIn() says yes.
 */
const BOUND_MARGIN = 1e-9;

export class SpreadVector {
  private readonly weights: Float64Array;
  private ids: Int32Array = new Int32Array(0);
  /** The sum of the vector's squared weights, as containedIn() adds it. */
  private total = 0;
  /** The squared weights of the vector's terms in each block of ids and every block before it. */
  private readonly upTo = new Float64Array(BLOCKS);
  /** A term id shifted right by this is its block. */
  private readonly shift: number;

  constructor(space: number) {
    this.weights = new Float64Array(space);
    let shift = 0;
    while (space >> shift > BLOCKS) shift++;
    this.shift = shift;
  }

  load(vector: SparseVector): void {
    for (const id of this.ids) this.weights[id] = 0;
    this.ids = vector.ids;
    const upTo = this.upTo;
    upTo.fill(0);
    let total = 0;
    vector.ids.forEach((id, i) => {
      const weight = vector.weights[i] as number;
      this.weights[id] = weight;
      total += weight * weight;
      upTo[id >> this.shift] = (upTo[id >> this.shift] as number) + weight * weight;
    });
    for (let block = 1; block < BLOCKS; block++) upTo[block] = (upTo[block] as number) + (upTo[block - 1] as number);
    this.total = total;
  }

  cosine(other: SparseVector): number {
    let dot = 0;
    for (let i = 0; i < other.ids.length; i++) {
      const weight = this.weights[other.ids[i] as number] as number;
      if (weight !== 0) dot += (other.weights[i] as number) * weight;
    }
    return Math.min(1, dot);
  }

  /** containedIn(the loaded vector, whole): its squared weights on the terms `whole` has, over all of them. */
  containedIn(whole: SparseVector): number {
    let shared = 0;
    for (let i = 0; i < whole.ids.length; i++) {
      const weight = this.weights[whole.ids[i] as number] as number;
      if (weight !== 0) shared += weight ** 2;
    }
    return this.total === 0 ? 0 : shared / this.total;
  }

  /**
   * Whether containedIn(whole) >= share, without adding up most wholes that fail. The whole's terms are walked from
   * the loaded vector's last id down: what it shares so far, plus all the loaded weight in the blocks up to the term
   * reached, bounds what it can share in all, and most wholes near a part fall below the share long before their
   * common words (the low ids, first seen) are reached. A whole not ruled out is answered by containedIn() itself.
   */
  holdsShare(whole: SparseVector, share: number): boolean {
    const ids = this.ids;
    if (ids.length === 0) return this.containedIn(whole) >= share;
    const [first, last] = [ids[0] as number, ids[ids.length - 1] as number];
    const floor = share * this.total * (1 - BOUND_MARGIN);
    const { weights, upTo, shift } = this;
    let shared = 0;
    for (let i = firstAbove(whole.ids, last) - 1; i >= 0; i--) {
      const id = whole.ids[i] as number;
      if (id < first) break;
      const weight = weights[id] as number;
      if (weight !== 0) shared += weight ** 2;
      else if (shared + (upTo[id >> shift] as number) < floor) return false;
    }
    return this.containedIn(whole) >= share;
  }
}
