// Which old and new clauses are worth scoring against each other. Comparing every unmatched pair would be
// quadratic (5,000 × 5,000 on the civil code); prefix filtering finds exactly the pairs whose word sets can reach
// a Dice threshold: order each clause's words rarest first, index the first |x| − ⌈t·|x|⌉ + 1 of them (t the
// Jaccard equivalent of the Dice threshold), and two clauses can only be that similar if their prefixes share a
// word. Rare words have short posting lists, so probing is cheap.
import type { Side } from '../match/entries.js';
import { sharedCount } from '../match/sorted-search.js';

export interface ScoredPair {
  old: number;
  new: number;
  /** Word-set Dice of the two normal forms (the filter's measure). */
  wordDice: number;
}

function prefixLength(size: number, jaccard: number): number {
  return size === 0 ? 0 : size - Math.ceil(jaccard * size - 1e-9) + 1;
}

/** Each clause's distinct words as ranks (0 = rarest in the pool), sorted: the prefix is the first few. */
function rankedWords(
  oldSide: Side,
  oldPool: readonly number[],
  newSide: Side,
  newPool: readonly number[],
): { old: Int32Array[]; new: Int32Array[] } {
  const frequency = new Map<string, number>();
  const count = (words: Iterable<string>): void => {
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  };
  for (const index of oldPool) count(oldSide.profile(index).unigrams);
  for (const index of newPool) count(newSide.profile(index).unigrams);
  const byRarity = [...frequency.keys()].sort(
    (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const rank = new Map(byRarity.map((word, i) => [word, i]));
  const ranked = (words: Set<string>): Int32Array => Int32Array.from(words, (word) => rank.get(word) ?? 0).sort();
  return {
    old: oldPool.map((index) => ranked(oldSide.profile(index).unigrams)),
    new: newPool.map((index) => ranked(newSide.profile(index).unigrams)),
  };
}

/**
 * Postings of the new clauses' prefixes: for each word, the clauses (positions in the pool) whose prefix holds it and
 * the word's position in each.
 */
function prefixPostings(
  newWords: readonly Int32Array[],
  jaccard: number,
): { postingClause: Map<number, number[]>; postingPosition: Map<number, number[]> } {
  const postingClause = new Map<number, number[]>();
  const postingPosition = new Map<number, number[]>();
  newWords.forEach((ranks, clause) => {
    for (let position = 0; position < prefixLength(ranks.length, jaccard); position++) {
      const word = ranks[position] ?? 0;
      const clauses = postingClause.get(word);
      if (clauses) {
        clauses.push(clause);
        postingPosition.get(word)?.push(position);
      } else {
        postingClause.set(word, [clause]);
        postingPosition.set(word, [position]);
      }
    }
  });
  return { postingClause, postingPosition };
}

/**
 * Pairs (one old, one new clause) whose word-set Dice is at least `minDice`. Clauses with no words at all are
 * left out (identical empty texts are matched earlier, by text). Exact: no pair above the threshold is missed.
 */
export function candidatePairs(
  oldSide: Side,
  oldPool: readonly number[],
  newSide: Side,
  newPool: readonly number[],
  minDice: number,
): ScoredPair[] {
  const jaccard = minDice / (2 - minDice);
  const words = rankedWords(oldSide, oldPool, newSide, newPool);
  const { postingClause, postingPosition } = prefixPostings(words.new, jaccard);
  const pairs: ScoredPair[] = [];
  const hits = new Int32Array(newPool.length); // shared prefix words so far; -1 = pruned
  const touched: number[] = [];
  words.old.forEach((x, oldAt) => {
    if (x.length === 0) return;
    for (let i = 0; i < prefixLength(x.length, jaccard); i++) {
      const clauses = postingClause.get(x[i] ?? 0);
      if (!clauses) continue;
      const positions = postingPosition.get(x[i] ?? 0) ?? [];
      for (let k = 0; k < clauses.length; k++) {
        const clause = clauses[k] ?? 0;
        const seen = hits[clause] ?? 0;
        if (seen < 0) continue;
        const y = words.new[clause] as Int32Array;
        // Size filter, then the positional filter: what is shared so far plus what could still be shared after
        // these positions must reach the overlap the threshold needs.
        const needed = Math.ceil((minDice * (x.length + y.length)) / 2 - 1e-9);
        const [small, large] = x.length <= y.length ? [x.length, y.length] : [y.length, x.length];
        const bound = seen + 1 + Math.min(x.length - i - 1, y.length - (positions[k] ?? 0) - 1);
        if (seen === 0) touched.push(clause);
        hits[clause] = small < jaccard * large || bound < needed ? -1 : seen + 1;
      }
    }
    for (const clause of touched) {
      if ((hits[clause] ?? 0) > 0) {
        const y = words.new[clause] as Int32Array;
        const wordDice = (2 * sharedCount(x, y)) / (x.length + y.length);
        if (wordDice >= minDice) pairs.push({ old: oldPool[oldAt] ?? 0, new: newPool[clause] ?? 0, wordDice });
      }
      hits[clause] = 0;
    }
    touched.length = 0;
  });
  return pairs;
}

/** How many of a text's rarest words RareWordIndex.lookup follows by default. */
export const RARE_WORDS = 4;

/**
 * Looks up, among a pool of clauses, those sharing one of the rarest words of a text (split and merge search). Built
 * on the first lookup: a search that has nothing to look up (no clause left unmatched) never reads the pool's words.
 */
export class RareWordIndex {
  /** Per word, the clauses of the pool that have it; its length is the word's frequency in the pool. */
  private postings: Map<string, number[]> | undefined;

  constructor(
    private readonly side: Side,
    private readonly pool: readonly number[],
  ) {}

  /** Per word, the clauses of the pool that have it (ascending). */
  built(): Map<string, number[]> {
    if (this.postings) return this.postings;
    this.postings = wordPostings(this.side, this.pool);
    return this.postings;
  }

  /** Clauses in the pool sharing one of the `take` rarest words of `words`. */
  lookup(words: Iterable<string>, take = RARE_WORDS): number[] {
    const postings = this.built();
    const present = [...words].filter((word) => postings.has(word));
    present.sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
    const found = new Set<number>();
    for (const word of present.slice(0, take)) for (const index of postings.get(word) ?? []) found.add(index);
    return [...found];
  }
}

/** Per word, the clauses among `indexes` (in their order) whose words include it. */
export function wordPostings(side: Side, indexes: Iterable<number>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  for (const index of indexes) {
    for (const word of side.profile(index).unigrams) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  }
  return postings;
}
