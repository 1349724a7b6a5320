// Which of many TF-IDF vectors may reach a cosine threshold with a query, without reading every vector: prefix
// filtering, as the diff's candidatePairs does for word sets (src/diff/candidates.ts), here for weighted unit
// vectors. Each vector's terms are ordered rarest first (by how many of the indexed vectors hold them); only the
// leading terms are indexed, up to where the terms left over weigh less than the threshold together. A vector that
// shares none of its indexed terms with a query shares only terms whose weights have a norm below the threshold, so
// its cosine with any unit vector stays below it (Cauchy–Schwarz). The common words ("school", "artikel") fall in
// those left-over terms, so a query no longer meets every vector through them; the answers are a superset of the
// vectors that reach the threshold, never missing one.
import type { SparseVector } from './vectors.js';

/** Room for rounding: the vectors' norms are 1 only up to a few units in the last place. */
const ROUNDING = 1e-9;

export class CosinePrefixIndex {
  /** Term id → the vectors (indices, ascending) whose indexed terms hold it. */
  private readonly postings = new Map<number, number[]>();
  /** Per vector, the last query that reached it (marks instead of a set per query). */
  private readonly seen: Int32Array;
  private query = 0;

  constructor(vectors: readonly SparseVector[], threshold: number) {
    this.seen = new Int32Array(vectors.length);
    // Each term's rank, rarest first (ties: the lower id): one sort of the distinct terms, then each vector's terms
    // sorted by rank as numbers.
    let space = 0;
    for (const vector of vectors) {
      const last = vector.ids[vector.ids.length - 1];
      if (last !== undefined && last >= space) space = last + 1;
    }
    const frequency = new Int32Array(space);
    for (const vector of vectors) for (const id of vector.ids) frequency[id] = (frequency[id] as number) + 1;
    const terms: number[] = [];
    for (let id = 0; id < space; id++) if ((frequency[id] as number) > 0) terms.push(id);
    terms.sort((a, b) => (frequency[a] as number) - (frequency[b] as number) || a - b);
    const rank = new Int32Array(space);
    terms.forEach((id, at) => {
      rank[id] = at;
    });
    const weightOf = new Float64Array(space);
    const bound = threshold * (1 - ROUNDING);
    vectors.forEach((vector, index) => {
      const ranks = Int32Array.from(vector.ids, (id) => rank[id] as number).sort();
      for (let i = 0; i < vector.ids.length; i++) weightOf[vector.ids[i] as number] = vector.weights[i] as number;
      // The rarest terms whose tail (this term and every commoner one) still weighs the bound: past them, no
      // shared term can lift a cosine to it.
      const tails = new Float64Array(ranks.length);
      for (let k = ranks.length - 1, tail = 0; k >= 0; k--) {
        tail += (weightOf[terms[ranks[k] as number] as number] as number) ** 2;
        tails[k] = tail;
      }
      for (let k = 0; k < ranks.length && Math.sqrt(tails[k] as number) >= bound; k++) {
        const id = terms[ranks[k] as number] as number;
        const list = this.postings.get(id);
        if (list) list.push(index);
        else this.postings.set(id, [index]);
      }
    });
  }

  /**
   * The vectors whose cosine with one of `queries` may reach the threshold (a superset of those that do), in
   * ascending order.
   */
  near(queries: readonly SparseVector[]): number[] {
    const mark = ++this.query;
    const found: number[] = [];
    for (const query of queries) {
      for (const id of query.ids) {
        const list = this.postings.get(id);
        if (!list) continue;
        for (const index of list) {
          if (this.seen[index] === mark) continue;
          this.seen[index] = mark;
          found.push(index);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }
}
