// A text's term counts (vectors.ts) made with one counter for every text: each term's count in a typed array indexed by
// term id, the terms met in a list, then the list sorted and copied out as two typed arrays. A Map per text grew its
// table step by step (two versions of Boek 2 BW: some 700,000 entries in 40,000 Maps, the largest single source of
// the command thread's allocation), kept to the end of the comparison for the garbage collector to copy and walk;
// and every vector made of it sorted its terms again. The arrays handed out are views of larger blocks
// (typed-blocks.ts), so tens of thousands of texts do not each allocate buffers of their own.
import { Int32Blocks } from './typed-blocks.js';

/** Term counts of one text: its terms' ids ascending, each with how often it stands (`counts`, aligned). */
export interface TermCounts {
  ids: Int32Array;
  counts: Int32Array;
}

export class TermTally {
  /** Per term id, its count in the text being counted (0 for every other term between texts). */
  private tally = new Int32Array(1 << 12);
  /** The terms of the text being counted, in the order first met: `met[0 .. size)`. */
  private met = new Int32Array(1 << 8);
  private size = 0;
  private readonly blocks = new Int32Blocks();

  /** Starts a text of at most `terms` term occurrences among at most `space` term ids. */
  begin(terms: number, space: number): void {
    if (this.met.length < terms) this.met = new Int32Array(Math.max(terms, 2 * this.met.length));
    this.room(space);
    this.size = 0;
  }

  /** Makes room for term ids below `space` (a term registered while counting). */
  room(space: number): void {
    if (this.tally.length >= space) return;
    const grown = new Int32Array(Math.max(space, 2 * this.tally.length));
    grown.set(this.tally);
    this.tally = grown;
  }

  /** One more occurrence of `term` (below the space given to begin or room). */
  add(term: number): void {
    if ((this.tally[term] as number) === 0) this.met[this.size++] = term;
    this.tally[term] = (this.tally[term] as number) + 1;
  }

  /** The text's counts, and the counter cleared for the next text. */
  end(): TermCounts {
    const size = this.size;
    const ids = this.blocks.take(size);
    const counts = this.blocks.take(size);
    ids.set(this.met.subarray(0, size));
    ids.sort();
    for (let i = 0; i < size; i++) {
      const id = ids[i] as number;
      counts[i] = this.tally[id] as number;
      this.tally[id] = 0;
    }
    this.size = 0;
    return { ids, counts };
  }
}
