// Which wholes a loose part of a many-part split (split.ts, findRunCandidates) may have come from, without reading
// every clause of the version. The search asks RareWordIndex for the clauses sharing one of the part's rarest words
// in a pool of nearly the whole version, then drops every whole already paired too closely to gain from a split
// (on a small amendment of a civil code: all but a handful). Building that index meant normalising and indexing
// every clause of both versions, most of a civil-code diff. Here only the wholes that can still split ("hopeful")
// are indexed; the pool's word counts, which decide which words are the rarest, are read only when they could
// change the answer: a hopeful whole that lacks fewer than RARE_WORDS of the part's words holds one of any
// RARE_WORDS of them, so it is found whatever their order. The answers are exactly those of the full index.
import { RARE_WORDS, RareWordIndex, wordPostings } from './candidates.js';
import type { Side } from '../match/entries.js';

export class HopefulWholes {
  /** Per word, the hopeful wholes that have it (built on first use). */
  private postings: Map<string, number[]> | undefined;
  /** The index over the whole pool, built only when a whole lacks RARE_WORDS or more of a part's words. */
  private readonly full: RareWordIndex;
  /** Per part, what the full index returns for its words. */
  private readonly fullAnswers = new Map<number, Set<number>>();
  /** The hopeful wholes, when the postings are the full index's (which also hold the others). */
  private filtered: Set<number> | undefined;
  private readonly poolSize: number;

  /** `pool`: the wholes the full search looks among; `hopeful`: those of them that can still split. */
  constructor(
    private readonly whole: Side,
    pool: readonly number[],
    private readonly hopeful: readonly number[],
  ) {
    this.full = new RareWordIndex(whole, pool);
    this.poolSize = pool.length;
  }

  /**
   * When most of the pool is hopeful (two unrelated versions), the full index is needed anyway and its postings
   * serve, with the wholes that cannot split passed over when read; otherwise the hopeful wholes' own.
   */
  private built(): Map<string, number[]> {
    if (this.postings) return this.postings;
    if (this.hopeful.length * 2 > this.poolSize) {
      this.postings = this.full.built();
      this.filtered = new Set(this.hopeful);
      return this.postings;
    }
    this.postings = wordPostings(this.whole, this.hopeful);
    return this.postings;
  }

  /**
   * Hopeful wholes that may hold `minContainment` of `words` (ascending): a superset of those that do. Such a whole
   * lacks at most a set number of the words, so it holds one of any one more of them: of the words rarest among the
   * hopeful wholes (prefix filtering), so that on two unrelated versions, where every whole is hopeful, a part is
   * not weighed against every whole that shares "der" with it.
   */
  sharing(words: ReadonlySet<string>, minContainment: number): number[] {
    if (this.hopeful.length === 0 || words.size === 0) return [];
    const postings = this.built();
    let needed = 0;
    while (needed < words.size && needed / words.size < minContainment) needed++;
    const rarest = [...words].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
    const found = new Set<number>();
    const { filtered } = this;
    for (const word of rarest.slice(0, words.size - needed + 1)) {
      for (const index of postings.get(word) ?? []) if (!filtered || filtered.has(index)) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  }

  /**
   * Whether RareWordIndex.lookup(words) over the pool returns `candidate`, a hopeful whole sharing one of the words
   * of part `part` (`words` its word set).
   */
  reaches(part: number, words: ReadonlySet<string>, candidate: number): boolean {
    const has = this.whole.profile(candidate).unigrams;
    let missing = 0;
    for (const word of words) {
      if (!has.has(word) && ++missing >= RARE_WORDS) break;
    }
    if (missing < RARE_WORDS) return true;
    let answer = this.fullAnswers.get(part);
    if (!answer) {
      answer = new Set(this.full.lookup(words));
      this.fullAnswers.set(part, answer);
    }
    return answer.has(candidate);
  }
}
