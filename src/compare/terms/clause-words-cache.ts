// A document's clause words (clause-words.ts) through the CLI's cache (src/io/serialized-cache.ts), one entry per
// document as its topic scores are kept (topic-scores-cache.ts): the sentences and masked words of a clause's texts
// depend on its text, the organisations' names that are masked and the fixed expressions (templates/lemmas/), never
// on the other document's clauses. So a compare of a document whose clauses and names are unchanged reads them back
// instead of normalising its text again (about 0.2 s of CPU a version of Boek 2 BW). The entry is named by a hash of
// exactly those inputs and clausemark's bundle, and sealed like every cache entry; the CLI names the folder
// (clause-words-folder.ts), tests and library callers that name none make the words as before. The entry also keeps
// each distinct word's dictionary compound split (dictionary-splits.ts), so a warm run need not read the lemma table.
import { cachedSerialized } from '../../io/serialized-cache.js';
import type { Entry } from '../../match/entries.js';
import { memoisedWords, wordTexts } from './clause-words.js';
import { clauseWordsCache } from './clause-words-folder.js';
import type { DictionarySplits } from './compounds.js';
import { documentSplits, restoredSplits, storedSplits, type StoredSplits } from './dictionary-splits.js';
import { lemmasDigest } from './lemmas-digest.js';
import type { NameMask } from '../read/organisation.js';
import { keepSentences, maySplit, sentencesOnce } from '../read/sentence-memo.js';

/** Goes up when what an entry holds changes shape. */
const KIND = 'clausemark-clause-words-3';

/**
 * Per text of a document: its sentences where sentencesOnce split it (else none), and the words of each of its
 * wordTexts as places in `vocabulary` (each distinct word once), one list for all (`ends`: where each text's words
 * end). A version of Boek 2 BW has some 300,000 words but a few ten thousand distinct ones: stored word by word, reading
 * them back made every one a string of its own (V8's serialisation does not share equal strings), each then hashed
 * again where words are looked up, and kept the garbage collector busy. `splits`: the vocabulary's dictionary splits.
 */
interface StoredWords {
  kind: typeof KIND;
  sentences: (readonly string[])[];
  vocabulary: string[];
  ids: Int32Array;
  ends: Int32Array;
  splits: StoredSplits | null;
}

/**
 * A document's words as made or read back, with each text's wordTexts (`read`) and the dictionary splits of its
 * distinct words (none where they are not Dutch).
 */
interface DocumentWords {
  sentences: (readonly string[])[];
  words: string[][][];
  read: string[][];
  splits: DictionarySplits | undefined;
}

/**
 * The words of `texts` (made where `words` lacks them), as an entry keeps them, with the splits of their words and
 * those of `tabled` (the document's clause texts with a table).
 */
function made(
  texts: readonly string[],
  tabled: readonly string[],
  mask: NameMask,
  words: Map<string, string[]>,
): DocumentWords {
  const wordsOf = memoisedWords(words, mask);
  const sentences = texts.map((text) => (maySplit(text) ? sentencesOnce(text) : []));
  const read = texts.map((text) => wordTexts(text));
  const lists = read.map((list) => list.map(wordsOf));
  const distinct = new Set<string>();
  for (const text of lists) for (const list of text) for (const word of list) distinct.add(word);
  for (const text of tabled) for (const word of wordsOf(text)) distinct.add(word);
  return { sentences, words: lists, read, splits: documentSplits(distinct) };
}

/** A document's words as an entry stores them: each distinct word once. */
function stored({ sentences, words, splits }: DocumentWords): StoredWords {
  const placeOf = new Map<string, number>();
  const vocabulary: string[] = [];
  let count = 0;
  let lists = 0;
  for (const text of words)
    for (const list of text) {
      count += list.length;
      lists++;
    }
  const ids = new Int32Array(count);
  const ends = new Int32Array(lists);
  let [at, list] = [0, 0];
  for (const text of words)
    for (const one of text) {
      for (const word of one) {
        let place = placeOf.get(word);
        if (place === undefined) {
          place = vocabulary.length;
          placeOf.set(word, place);
          vocabulary.push(word);
        }
        ids[at++] = place;
      }
      ends[list++] = at;
    }
  return { kind: KIND, sentences, vocabulary, ids, ends, splits: storedSplits(vocabulary, splits) };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * How many wordTexts each clause text of the documents read so far has: every one of those texts' words is in the
 * words map already (keep and made put them there), and its sentences were kept (sentencesOnce), so a later document
 * with the same clause text (two versions of one law share nearly all) reads back nothing more of it.
 */
type ReadBefore = Map<string, number>;

/**
 * The words of a stored entry for exactly `texts`; undefined for anything else. A text of `before` is checked as any
 * other against the entry's lists, but its words are not made again: its `read` and `words` are left empty.
 */
function restored(value: unknown, texts: readonly string[], before: ReadBefore): DocumentWords | undefined {
  const entry = value as StoredWords;
  if (typeof value !== 'object' || value === null || entry.kind !== KIND) return undefined;
  const { sentences, vocabulary, ids, ends } = entry;
  if (!Array.isArray(sentences) || sentences.length !== texts.length || !isStrings(vocabulary)) return undefined;
  if (!(ids instanceof Int32Array) || !(ends instanceof Int32Array)) return undefined;
  const splits = restoredSplits(entry.splits, vocabulary);
  if (splits === false) return undefined;
  // Indexed, not for…of: the iterator of this cold loop made a result object per word (~33 MB for Boek 2 BW).
  for (let at = 0; at < ids.length; at++)
    if ((ids[at] as number) < 0 || (ids[at] as number) >= vocabulary.length) return undefined;
  const read: string[][] = [];
  const words: string[][][] = [];
  let [list, from] = [0, 0];
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] as string;
    const split = sentences[index];
    if (!isStrings(split) || split.length > 0 !== maySplit(text)) return undefined;
    const known = before.get(text);
    const readTexts = known === undefined ? wordTexts(text, maySplit(text) ? split : [text]) : [];
    const lists = known ?? readTexts.length;
    if (list + lists > ends.length) return undefined;
    const made: string[][] = [];
    for (let k = 0; k < lists; k++) {
      const end = ends[list++] as number;
      if (end < from || end > ids.length) return undefined;
      if (known === undefined) made.push(wordsAt(vocabulary, ids, from, end));
      from = end;
    }
    read.push(readTexts);
    words.push(made);
  }
  if (list !== ends.length || from !== ids.length) return undefined;
  return { sentences, words, read, splits };
}

/** The words of the entry's list from `from` to `end`. */
function wordsAt(vocabulary: readonly string[], ids: Int32Array, from: number, end: number): string[] {
  const one: string[] = new Array(end - from);
  for (let at = from; at < end; at++) one[at - from] = vocabulary[ids[at] as number] as string;
  return one;
}

/** What a comparison keeps of its documents' entries (see prepareClauseWords). */
interface Kept {
  words: Map<string, string[]>;
  splits: Map<string, readonly string[] | null>;
  before: ReadBefore;
}

/**
 * Keeps a document's words as made here: its sentences for sentencesOnce, each text's words unless already made, each
 * word's dictionary split unless already kept; and how many wordTexts each of its texts has in `before`.
 */
function keep(texts: readonly string[], document: DocumentWords, { words, splits, before }: Kept): void {
  for (const [word, parts] of document.splits ?? []) if (!splits.has(word)) splits.set(word, parts);
  texts.forEach((text, index) => {
    const split = document.sentences[index] ?? [];
    if (split.length > 0) keepSentences(text, split);
    if (before.has(text)) return;
    const made = document.words[index] ?? [];
    const read = document.read[index] ?? [];
    read.forEach((one, k) => {
      if (!words.has(one)) words.set(one, made[k] as string[]);
    });
    before.set(text, read.length);
  });
}

/** The distinct texts of a document's clauses without a table (`free`) and with one (`tabled`), in reading order. */
function clauseTexts(entries: readonly Entry[]): { free: string[]; tabled: string[] } {
  const [free, tabled] = [new Set<string>(), new Set<string>()];
  for (const { clause } of entries)
    (clause.content.some((block) => block.type === 'table') ? tabled : free).add(clause.text);
  return { free: [...free], tabled: [...tabled] };
}

/**
 * Fills `words` (text → maskedWordsOf(text, mask)) for wordTexts of each document's clause texts (of its `entries`
 * without a table), and `splits` (word → dictionarySplit(word)) for their words where a document's words are Dutch:
 * read back per document where the cache holds them, else made and kept.
 */
export function prepareClauseWords(
  documents: readonly (readonly Entry[])[],
  mask: NameMask,
  words: Map<string, string[]>,
  splits: Map<string, readonly string[] | null>,
): void {
  const cache = clauseWordsCache();
  // Without a cache each text's words are made when first read, each word split when first asked (documents.ts).
  if (cache === undefined) return;
  const named = JSON.stringify(mask, (_, value) => (value instanceof Map ? [...value] : value));
  const kept: Kept = { words, splits, before: new Map() };
  for (const { free: texts, tabled } of documents.map(clauseTexts)) {
    // The words of `tabled` are not kept, so they do not name the entry: their splits are those of the words alone.
    const document = cachedSerialized(
      cache,
      [KIND, lemmasDigest(), named, JSON.stringify(texts)],
      () => made(texts, tabled, mask, words),
      stored,
      (value) => restored(value, texts, kept.before),
    );
    keep(texts, document, kept);
  }
}
