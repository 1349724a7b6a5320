// TF-IDF vectors over words and word n-grams. Rarity is counted over the clauses of all documents together, so
// what every document says everywhere ("sociale media", "de school", the placeholder for the organisation's name)
// weighs little, and the words that make a provision itself ("fatsoensnormen", "leidinggevende") weigh much.
// Word pairs and triples are shingles: a verbatim run of the model text shares many of them, a clause that only
// shares vocabulary shares few.
import { TermExtensions } from './term-extensions.js';
import { type TermCounts, TermTally } from './term-tally.js';
import { Float64Blocks, Int32Blocks } from './typed-blocks.js';

export type { TermCounts } from './term-tally.js';

/**
 * Word n-gram lengths in a vector, with their weight. Pairs and triples weigh less than words: they add the
 * evidence of a verbatim run without letting the many n-grams a reworded sentence does not share swamp the words
 * it does share (measured on the seeds: with equal weights, model-text recall falls from 0.93 to 0.67).
 */
const NGRAM_WEIGHTS: readonly number[] = [1, 0.5, 0.25];

/** A sparse vector of unit length: term ids ascending, weights aligned. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** A text's term counts and its vector() of them. */
export interface CountedText {
  vector: SparseVector;
  counts: TermCounts;
}

export class Vocabulary {
  /**
   * @param silent words that weigh nothing as single terms (function words: "de", "je", "worden"); the word pairs and
   *   triples they are part of still count.
   */
  constructor(private readonly silent: (word: string) => boolean = () => false) {}

  private readonly wordIds = new Map<string, number>();
  /** Word id → its term id (n = 1). */
  private readonly wordTerm: number[] = [];
  /** (term id, next word's id) → the term one word longer that extends it. */
  private readonly extensions = new TermExtensions();
  private readonly documentFrequency: number[] = [];
  /** n of each term (1 for a word, 2 for a word pair …). */
  private readonly ngram: number[] = [];
  /** Term ids of silent words. */
  private readonly silentTerms = new Set<number>();
  /** Term weights (IDF × n-gram weight), computed once all clauses are observed. */
  private weights: Float64Array | undefined;
  private texts = 0;

  private newTerm(n: number): number {
    this.documentFrequency.push(0);
    this.ngram.push(n);
    this.weights = undefined;
    return this.documentFrequency.length - 1;
  }

  private wordTermOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(word, id);
      const term = this.newTerm(1);
      this.wordTerm.push(term);
      if (this.silent(word)) this.silentTerms.add(term);
    }
    return this.wordTerm[id] as number;
  }

  private extend(term: number, word: number, n: number): number {
    let id = this.extensions.get(term, word);
    if (id < 0) {
      id = this.newTerm(n);
      this.extensions.set(term, word, id);
    }
    return id;
  }

  /** How many terms there are: every term id is below it. */
  get termCount(): number {
    return this.documentFrequency.length;
  }

  /** The term ids of single words (registering new ones). */
  wordTerms(words: readonly string[]): number[] {
    return words.map((word) => this.wordTermOf(word));
  }

  /** count()'s counter (term-tally.ts) and the term ids of the words it counts, reused for every text. */
  private readonly tally = new TermTally();
  private wordTermIds = new Int32Array(256);

  /** The n-gram terms of a word sequence, counted. Registers new terms. */
  count(words: readonly string[]): TermCounts {
    if (this.wordTermIds.length < words.length) this.wordTermIds = new Int32Array(2 * words.length);
    const terms = this.wordTermIds;
    for (let i = 0; i < words.length; i++) terms[i] = this.wordTermOf(words[i] as string);
    return this.countWordTerms(terms, words.length);
  }

  /**
   * count() of the words whose single-word terms (wordTerms) are `terms[0 .. length)`: what count() gives those words
   * once wordTerms has registered them. Registers the new word pairs and triples.
   */
  countWordTerms(terms: ArrayLike<number>, length: number): TermCounts {
    const tally = this.tally;
    tally.begin(NGRAM_WEIGHTS.length * length, this.documentFrequency.length);
    for (let i = 0; i < length; i++) {
      // Extend the n-gram starting at i one word at a time: word, pair, triple.
      let term = terms[i] as number;
      tally.add(term);
      for (let n = 2; n <= NGRAM_WEIGHTS.length && i + n <= length; n++) {
        term = this.extend(term, terms[i + n - 1] as number, n);
        tally.room(this.documentFrequency.length);
        tally.add(term);
      }
    }
    return tally.end();
  }

  /**
   * The single-word terms of `counts` that weigh something as words (not silent), but the term of the word `except`:
   * ascending, each once. Registers nothing.
   */
  weighedWordTerms(counts: TermCounts, except: string): Int32Array {
    const exceptId = this.wordIds.get(except);
    const excluded = exceptId === undefined ? -1 : (this.wordTerm[exceptId] as number);
    const { ids } = counts;
    this.roomFor(ids.length);
    const kept = this.keptIds;
    let size = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (this.ngram[id] === 1 && id !== excluded && !this.silentTerms.has(id)) kept[size++] = id;
    }
    const terms = this.idBlocks.take(size);
    terms.set(kept.subarray(0, size));
    return terms;
  }

  /** Counts a text (a clause) towards the document frequencies. */
  observe(counts: TermCounts): void {
    this.texts++;
    this.weights = undefined;
    const { ids } = counts;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
    }
  }

  private termWeights(): Float64Array {
    if (this.weights) return this.weights;
    const weights = new Float64Array(this.documentFrequency.length);
    for (let id = 0; id < weights.length; id++) {
      // Smoothed so a term in every clause still counts a little (and a single-document comparison works).
      const idf = Math.log((this.texts + 1) / Math.max(1, this.documentFrequency[id] ?? 1));
      weights[id] = this.silentTerms.has(id) ? 0 : idf * (NGRAM_WEIGHTS[(this.ngram[id] ?? 1) - 1] ?? 1);
    }
    this.weights = weights;
    return weights;
  }

  /** vector()'s and joinedVector()'s working arrays (a text's kept terms and their counts), reused for every vector. */
  private keptIds = new Int32Array(256);
  private keptCounts = new Int32Array(256);
  /** Where the vectors' own arrays are cut from (typed-blocks.ts). */
  private readonly idBlocks = new Int32Blocks();
  private readonly weightBlocks = new Float64Blocks();

  private roomFor(size: number): void {
    if (this.keptIds.length >= size) return;
    this.keptIds = new Int32Array(Math.max(size, 2 * this.keptIds.length));
    this.keptCounts = new Int32Array(this.keptIds.length);
  }

  /** The unit vector of the terms kept[0 .. size) (ascending), each counted keptCounts[i] times. */
  private weighed(size: number): SparseVector {
    const termWeights = this.termWeights();
    const ids = this.idBlocks.take(size);
    ids.set(this.keptIds.subarray(0, size));
    const counts = this.keptCounts;
    const weights = this.weightBlocks.take(size);
    let norm = 0;
    for (let i = 0; i < size; i++) {
      const count = counts[i] as number;
      const weight = (count === 1 ? 1 : 1 + Math.log(count)) * (termWeights[ids[i] as number] as number);
      weights[i] = weight;
      norm += weight * weight;
    }
    if (norm === 0) return EMPTY_VECTOR;
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < size; i++) weights[i] = (weights[i] as number) * scale;
    return { ids, weights };
  }

  /**
   * vector() of two texts read as one (their counts added), from each text's own vector and counts: the terms the sum
   * keeps are those either keeps, so the two ascending lists are merged, with no sum of the counts and no sort.
   */
  joinedVector(a: CountedText, b: CountedText): SparseVector {
    const [x, y] = [a.vector.ids, b.vector.ids];
    this.roomFor(x.length + y.length);
    const { keptIds, keptCounts } = this;
    // A vector's terms are some of its counts' terms, in the same order: each count is found walking on from the last.
    const countA = countsWalker(a.counts);
    const countB = countsWalker(b.counts);
    let [i, j, size] = [0, 0, 0];
    while (i < x.length || j < y.length) {
      const idA = i < x.length ? (x[i] as number) : Number.POSITIVE_INFINITY;
      const idB = j < y.length ? (y[j] as number) : Number.POSITIVE_INFINITY;
      const id = Math.min(idA, idB);
      keptIds[size] = id;
      keptCounts[size++] = (idA === id ? countA(x[i++] as number) : 0) + (idB === id ? countB(y[j++] as number) : 0);
    }
    return this.weighed(size);
  }

  /**
   * The unit-length TF-IDF vector of term counts (sublinear term frequency). With `wordsOnly`, of the single words
   * alone: what a paraphrase shares with its counterpart is words, hardly ever a run of them, and the many word
   * pairs and triples it does not share would swamp the few words it does.
   */
  vector(counts: TermCounts, wordsOnly = false): SparseVector {
    const termWeights = this.termWeights();
    const { ids, counts: times } = counts;
    this.roomFor(ids.length);
    const { keptIds, keptCounts, ngram } = this;
    // Terms that weigh nothing (silent words) are left out: the vector stays sparse and cosines skip them.
    let size = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (!((termWeights[id] as number) > 0 && (!wordsOnly || ngram[id] === 1))) continue;
      keptIds[size] = id;
      keptCounts[size++] = times[i] as number;
    }
    return this.weighed(size);
  }
}

/** A lookup of `counts`' count of ascending ids, each at or after the last one asked for. */
function countsWalker({ ids, counts }: TermCounts): (id: number) => number {
  let at = 0;
  return (id) => {
    while ((ids[at] as number) < id) at++;
    return ids[at] === id ? (counts[at] as number) : 0;
  };
}

/** Cosine of two unit vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/** Whether two vectors are equal: the same terms with the same weights. */
export function sameVector(a: SparseVector, b: SparseVector): boolean {
  if (a === b) return true;
  if (a.ids.length !== b.ids.length) return false;
  for (let i = 0; i < a.ids.length; i++) if (a.ids[i] !== b.ids[i] || a.weights[i] !== b.weights[i]) return false;
  return true;
}

/**
 * For each item, the index of the first item with an equal vector (and equal by `alsoSame`), itself when it is the
 * first; found through a hash of the vector's terms: repeated clauses are scored once, by the first of them.
 */
export function firstEqual<T>(
  items: readonly T[],
  vectorOf: (item: T) => SparseVector,
  alsoSame: (a: T, b: T) => boolean = () => true,
): Int32Array {
  const first = new Int32Array(items.length);
  const byHash = new Map<number, number[]>();
  items.forEach((item, index) => {
    const vector = vectorOf(item);
    let hash = vector.ids.length;
    for (let i = 0; i < vector.ids.length; i++) hash = (Math.imul(hash, 31) + (vector.ids[i] as number)) | 0;
    const bucket = byHash.get(hash);
    const match = bucket?.find(
      (other) => sameVector(vectorOf(items[other] as T), vector) && alsoSame(items[other] as T, item),
    );
    first[index] = match ?? index;
    if (match !== undefined) return;
    if (bucket) bucket.push(index);
    else byHash.set(hash, [index]);
  });
  return first;
}

/** Share of `part`'s weight that `whole` also has (weighted containment of terms), 0..1. */
export function containedIn(part: SparseVector, whole: SparseVector): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  let total = 0;
  for (const weight of part.weights) total += weight * weight;
  while (i < part.ids.length && j < whole.ids.length) {
    const x = part.ids[i] as number;
    const y = whole.ids[j] as number;
    if (x === y) {
      shared += (part.weights[i] as number) ** 2;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return total === 0 ? 0 : shared / total;
}
