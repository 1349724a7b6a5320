// How alike two texts are, on their normal forms: Dice over words and over word pairs. Sets of strings keep it fast
// enough to score thousands of candidate pairs in milliseconds; word pairs make word order count a little, so a
// clause and its own words shuffled are not "identical".
import { normalise } from './normalise.js';

/** A text prepared once for many comparisons. */
export interface TextProfile {
  /** The normalised text (see normalise). */
  readonly normal: string;
  readonly words: string[];
  readonly unigrams: Set<string>;
  readonly bigrams: Set<string>;
}

export function profileOf(text: string): TextProfile {
  return profileOfNormal(normalise(text));
}

/**
 * The words and word pairs are made when first asked for: a version diff profiles every clause of a civil code to
 * find splits by their words, and compares the pairs of only a few of them; a comparison's provisions profile every
 * member, and two versions of one law have thousands of identical ones, which their normal forms alone decide.
 */
class Profile implements TextProfile {
  private split: string[] | undefined;
  private singles: Set<string> | undefined;
  private pairs: Set<string> | undefined;

  constructor(readonly normal: string) {}

  get words(): string[] {
    this.split ??= this.normal === '' ? [] : this.normal.split(' ');
    return this.split;
  }

  get unigrams(): Set<string> {
    this.singles ??= new Set(this.words);
    return this.singles;
  }

  get bigrams(): Set<string> {
    if (this.pairs === undefined) {
      const { words } = this;
      this.pairs = new Set<string>();
      for (let i = 1; i < words.length; i++) this.pairs.add(`${words[i - 1]} ${words[i]}`);
    }
    return this.pairs;
  }
}

export function profileOfNormal(normal: string): TextProfile {
  return new Profile(normal);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); two empty sets are identical (1). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  return (2 * overlap(a, b)) / (a.size + b.size);
}

/** Share of `part` that also occurs in `whole` (1 when `part` is empty). */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 1;
  return overlap(part, whole) / part.size;
}

/** Cosine similarity of word counts: less sensitive than Dice to one long text containing a short one. */
export function cosine(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let dot = 0;
  const other = new Map<string, number>();
  for (const word of b) other.set(word, (other.get(word) ?? 0) + 1);
  let normA = 0;
  let normB = 0;
  for (const [word, count] of counts) {
    normA += count * count;
    dot += count * (other.get(word) ?? 0);
  }
  for (const count of other.values()) normB += count * count;
  return dot / Math.sqrt(normA * normB);
}

/** Similarity 0..1 of two profiles: the mean of word Dice and word-pair Dice (word Dice alone for one-word texts). */
export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  if (a.normal === b.normal) return 1;
  const words = dice(a.unigrams, b.unigrams);
  if (a.bigrams.size === 0 || b.bigrams.size === 0) return words;
  return (words + dice(a.bigrams, b.bigrams)) / 2;
}

export function textSimilarity(a: string, b: string): number {
  return profileSimilarity(profileOf(a), profileOf(b));
}

/**
 * Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`: spelling checks only
 * ask "is it at most 2?", which this answers in O(limit × length).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate closest to `word` (case-insensitive), if it is close enough to be a typo of it. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Allow roughly one slip per three letters, so "aproved" matches but "final" does not become "draft".
  return bestDistance <= Math.max(1, Math.floor(lower.length / 3)) ? best : undefined;
}
