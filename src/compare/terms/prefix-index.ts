// Which of many TF-IDF vectors may reach a cosine threshold with a query, without reading every vector: prefix
// filtering, as the diff's candidatePairs does for word sets (src/diff/candidates.ts), here for weighted unit
// vectors. Terms are ordered rarest first (by how many of the indexed vectors hold them; ties: the lower id). A
// vector's prefix is its leading terms in that order, up to where the terms left over weigh less than the threshold
// together; a query's prefix likewise. When a vector and a query reach the threshold, the first term they share is in
// both prefixes: were it past either one's prefix, every shared term would be, and the cosine would stay below the
// threshold (Cauchy–Schwarz). So only the query's prefix terms are looked up, and a vector is answered only through a
// term of its own prefix. The common words ("school", "artikel") fall past the prefixes, so a query no longer meets
// every vector through them; the answers are a superset of the vectors that reach the threshold, never missing one.
// The index is built when first asked (compare asks it only about the few clauses no provision holds yet), each
// vector's prefix when a query first meets it.
import type { SparseVector } from './vectors.js';

/** Room for rounding: the vectors' norms are 1 only up to a few units in the last place. */
const ROUNDING = 1e-9;

/** A vector's prefix not yet worked out. */
const UNKNOWN = -2;

/**
 * Each held term's place in the order rarest first (ties: the lower id), by a counting sort over the frequencies: the
 * order a comparison sort by (frequency, id) gives, without its comparator calls (Boek 2 BW: ~300,000 terms per index,
 * four indexes). Terms no vector holds keep 0 and are never looked up.
 */
export function rarestFirst(frequency: Int32Array): Int32Array {
  let most = 0;
  for (let id = 0; id < frequency.length; id++) if ((frequency[id] as number) > most) most = frequency[id] as number;
  // Where each frequency's terms begin in the order: after every rarer term.
  const begin = new Int32Array(most + 2);
  for (let id = 0; id < frequency.length; id++) {
    const slot = (frequency[id] as number) + 1;
    begin[slot] = (begin[slot] as number) + 1;
  }
  begin[1] = 0;
  for (let count = 2; count <= most + 1; count++)
    begin[count] = (begin[count] as number) + (begin[count - 1] as number);
  const rank = new Int32Array(frequency.length);
  for (let id = 0; id < frequency.length; id++) {
    const count = frequency[id] as number;
    if (count === 0) continue;
    rank[id] = begin[count] as number;
    begin[count] = (begin[count] as number) + 1;
  }
  return rank;
}

export class CosinePrefixIndex {
  /** Per term id, how many vectors hold it. */
  private readonly frequency: Int32Array;
  /** Term id → its place in the order, rarest first; built with the postings. */
  private rank: Int32Array | undefined;
  /** Term id → its vectors (indices, ascending): `vectorsOf[start[id] .. start[id + 1])`. */
  private start: Int32Array | undefined;
  private vectorsOf: Int32Array | undefined;
  /** Per vector, the rank of its prefix's last term (-1: an empty prefix), UNKNOWN until a query meets it. */
  private readonly lastOfPrefix: Int32Array;
  /** Per vector, the last query that reached it (marks instead of a set per query). */
  private readonly seen: Int32Array;
  private query = 0;
  private readonly bound: number;
  /** Scratch: weights by term id, for one vector at a time. */
  private weightOf: Float64Array | undefined;
  /** Scratch: one vector's ranks, reused (most vectors are met once, a few thousand of them per query). */
  private ranks = new Int32Array(64);

  constructor(
    private readonly vectors: readonly SparseVector[],
    private readonly threshold: number,
  ) {
    this.seen = new Int32Array(vectors.length);
    this.lastOfPrefix = new Int32Array(vectors.length).fill(UNKNOWN);
    this.bound = threshold * (1 - ROUNDING);
    let space = 0;
    for (const vector of vectors) {
      const last = vector.ids[vector.ids.length - 1];
      if (last !== undefined && last >= space) space = last + 1;
    }
    this.frequency = new Int32Array(space);
    for (const { ids } of vectors)
      for (let i = 0; i < ids.length; i++)
        this.frequency[ids[i] as number] = (this.frequency[ids[i] as number] as number) + 1;
  }

  private index(): { rank: Int32Array; start: Int32Array; vectorsOf: Int32Array } {
    if (this.rank && this.start && this.vectorsOf)
      return { rank: this.rank, start: this.start, vectorsOf: this.vectorsOf };
    const { frequency } = this;
    const space = frequency.length;
    const rank = rarestFirst(frequency);
    const start = new Int32Array(space + 1);
    for (let id = 0; id < space; id++) start[id + 1] = (start[id] as number) + (frequency[id] as number);
    const next = start.slice(0, space);
    const vectorsOf = new Int32Array(start[space] as number);
    this.vectors.forEach(({ ids }, index) => {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        vectorsOf[next[id] as number] = index;
        next[id] = (next[id] as number) + 1;
      }
    });
    this.rank = rank;
    this.start = start;
    this.vectorsOf = vectorsOf;
    return { rank, start, vectorsOf };
  }

  /**
   * The rank of the last term of a vector's prefix (-1 when it has none): its terms by rank, up to where the terms
   * left over weigh less than the bound together. Terms no indexed vector holds are never shared: left out.
   */
  private prefixEnd(vector: SparseVector, rank: Int32Array, bound: number = this.bound): number {
    const { frequency } = this;
    this.weightOf ??= new Float64Array(frequency.length);
    const weightOf = this.weightOf;
    if (this.ranks.length < vector.ids.length) this.ranks = new Int32Array(vector.ids.length * 2);
    let held = 0;
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] as number;
      if ((frequency[id] ?? 0) === 0) continue;
      this.ranks[held++] = rank[id] as number;
      weightOf[rank[id] as number] = vector.weights[i] as number;
    }
    const sorted = this.ranks.subarray(0, held).sort();
    // The tail from each term on (it and every commoner one); the prefix is the terms whose tail still weighs the bound.
    let tail = 0;
    for (let k = sorted.length - 1; k >= 0; k--) {
      tail += (weightOf[sorted[k] as number] as number) ** 2;
      if (Math.sqrt(tail) >= bound) return sorted[k] as number;
    }
    return -1;
  }

  /**
   * The vectors whose cosine with one of `queries` may reach the threshold (a superset of those that do), in
   * ascending order. `thresholds` may ask more of a query than the index's threshold (a query's own, at or above it:
   * a part counted at a discount must reach the threshold over its discount); a query's prefix is then shorter.
   */
  near(queries: readonly SparseVector[], thresholds?: readonly number[]): number[] {
    const mark = ++this.query;
    const found: number[] = [];
    queries.forEach((query, q) => {
      if (query.ids.length === 0) return;
      const { rank, start, vectorsOf } = this.index();
      const own = thresholds?.[q];
      const end = this.prefixEnd(
        query,
        rank,
        own !== undefined && own > this.threshold ? own * (1 - ROUNDING) : this.bound,
      );
      if (end < 0) return;
      for (let i = 0; i < query.ids.length; i++) {
        const id = query.ids[i] as number;
        const at = rank[id] as number;
        if ((this.frequency[id] ?? 0) === 0 || at > end) continue;
        for (let k = start[id] as number; k < (start[id + 1] as number); k++) {
          const index = vectorsOf[k] as number;
          if (this.seen[index] === mark) continue;
          let last = this.lastOfPrefix[index] as number;
          if (last === UNKNOWN) {
            last = this.prefixEnd(this.vectors[index] as SparseVector, rank);
            this.lastOfPrefix[index] = last;
          }
          if (at > last) continue;
          this.seen[index] = mark;
          found.push(index);
        }
      }
    });
    return found.sort((a, b) => a - b);
  }
}
