// Each distinct word's dictionary compound split (compounds.ts: dictionarySplit), as a document's clause-words entry
// keeps it (clause-words-cache.ts). The split depends on the word and the lemma data alone, both in the entry's name,
// never on the other documents compared; a warm comparison of two versions of Boek 2 BW otherwise read the lemma table
// (~25–30 ms of CPU) and split its ~3,600 distinct words again (~20–30 ms) on the command thread before the matrix.
// A document whose own words are not Dutch keeps none, so making its entry never reads the table. The entry keeps
// the splits of its clauses' words with a table as well (their words are made at each run, but the split of a word is
// the same whatever text it came from): a word it lacks is split when first asked, as without a cache.
import { dictionarySplit, wordsAreDutch, type DictionarySplits } from './compounds.js';

/**
 * As an entry keeps them: the words split beyond the entry's vocabulary (`more`), the places in the vocabulary and
 * then `more` of the words the dictionary splits (ascending) and their parts joined by a space (lemmas are lower-case
 * letters only: templates/lemmas/nl.tsv.gz), each other word having none.
 */
export interface StoredSplits {
  more: string[];
  at: Int32Array;
  parts: string[];
}

/** The dictionary split of each of a document's distinct words; undefined where its words are not Dutch. */
export function documentSplits(distinct: ReadonlySet<string>): DictionarySplits | undefined {
  if (!wordsAreDutch(distinct)) return undefined;
  const splits = new Map<string, readonly string[] | null>();
  for (const word of distinct) splits.set(word, dictionarySplit(word));
  return splits;
}

/** The splits of `vocabulary`'s words as an entry keeps them; null where the document has none. */
export function storedSplits(vocabulary: readonly string[], splits: DictionarySplits | undefined): StoredSplits | null {
  if (splits === undefined) return null;
  const inVocabulary = new Set(vocabulary);
  const more = [...splits.keys()].filter((word) => !inVocabulary.has(word));
  const at: number[] = [];
  const parts: string[] = [];
  [...vocabulary, ...more].forEach((word, place) => {
    const split = splits.get(word);
    if (!split) return;
    at.push(place);
    parts.push(split.join(' '));
  });
  return { more, at: Int32Array.from(at), parts };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Two or three parts of lower-case letters (dutchCompound's MAX_PARTS), as storedSplits joins them. */
const JOINED_PARTS = /^[a-z]+(?: [a-z]+){1,2}$/;

/**
 * The splits an entry keeps for `vocabulary`: undefined where it keeps none, false where what it holds is not splits
 * of these words as storedSplits keeps them.
 */
export function restoredSplits(value: unknown, vocabulary: readonly string[]): DictionarySplits | undefined | false {
  if (value === null) return undefined;
  const { more, at, parts } = (value ?? {}) as Partial<StoredSplits>;
  if (!isStrings(more) || !(at instanceof Int32Array) || !Array.isArray(parts) || parts.length !== at.length)
    return false;
  const words = vocabulary.concat(more);
  const splits = new Map<string, readonly string[] | null>();
  for (const word of words) splits.set(word, null);
  let last = -1;
  for (let index = 0; index < at.length; index++) {
    const place = at[index] as number;
    const joined: unknown = parts[index];
    if (place <= last || place >= words.length || typeof joined !== 'string' || !JOINED_PARTS.test(joined))
      return false;
    splits.set(words[place] as string, joined.split(' '));
    last = place;
  }
  return splits;
}
