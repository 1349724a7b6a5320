// A document's clause words (clause-words.ts) through the CLI's cache (src/io/serialized-cache.ts), one entry per
// document as its topic scores are kept (topic-scores-cache.ts): the sentences and masked words of a clause's texts
// depend on its text, the organisations' names that are masked and the fixed expressions (templates/lemmas/), never
// on the other document's clauses. So a compare of a document whose clauses and names are unchanged reads them back
// instead of normalising its text again (about 0.2 s of CPU a version of Boek 2 BW). The entry is named by a hash of
// exactly those inputs and clausemark's bundle, and sealed like every cache entry; the CLI names the folder
// (clause-words-folder.ts), tests and library callers that name none make the words as before.
import { cachedSerialized } from '../io/serialized-cache.js';
import type { Entry } from '../match/entries.js';
import { memoisedWords, wordTexts } from './clause-words.js';
import { clauseWordsCache } from './clause-words-folder.js';
import { lemmasDigest } from './lemmas-digest.js';
import type { NameMask } from './organisation.js';
import { keepSentences, maySplit, sentencesOnce } from './sentence-memo.js';

/** Goes up when what an entry holds changes shape. */
const KIND = 'clausemark-clause-words-1';

/** Per text of a document: its sentences where sentencesOnce split it (else none), the words of each wordTexts. */
interface StoredWords {
  kind: typeof KIND;
  sentences: (readonly string[])[];
  words: string[][][];
}

/** A document's words as made or read back, with each text's wordTexts (`read`). */
interface DocumentWords {
  sentences: (readonly string[])[];
  words: string[][][];
  read: string[][];
}

/** The words of `texts` (made where `words` lacks them), as an entry keeps them. */
function made(texts: readonly string[], mask: NameMask, words: Map<string, string[]>): DocumentWords {
  const wordsOf = memoisedWords(words, mask);
  const sentences = texts.map((text) => (maySplit(text) ? sentencesOnce(text) : []));
  const read = texts.map((text) => wordTexts(text));
  return { sentences, words: read.map((list) => list.map(wordsOf)), read };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The words of a stored entry for exactly `texts`; undefined for anything else. */
function restored(value: unknown, texts: readonly string[]): DocumentWords | undefined {
  const entry = value as StoredWords;
  if (typeof value !== 'object' || value === null || entry.kind !== KIND) return undefined;
  const { sentences, words } = entry;
  if (!Array.isArray(sentences) || !Array.isArray(words)) return undefined;
  if (sentences.length !== texts.length || words.length !== texts.length) return undefined;
  const read: string[][] = [];
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] as string;
    const split = sentences[index];
    const made = words[index];
    if (!isStrings(split) || split.length > 0 !== maySplit(text) || !Array.isArray(made)) return undefined;
    const readTexts = wordTexts(text, maySplit(text) ? split : [text]);
    if (made.length !== readTexts.length || !made.every(isStrings)) return undefined;
    read.push(readTexts);
  }
  return { sentences, words, read };
}

/** Keeps a document's words as made here: its sentences for sentencesOnce, each text's words unless already made. */
function keep(texts: readonly string[], document: DocumentWords, words: Map<string, string[]>): void {
  texts.forEach((text, index) => {
    const split = document.sentences[index] ?? [];
    if (split.length > 0) keepSentences(text, split);
    const made = document.words[index] ?? [];
    document.read[index]?.forEach((one, k) => {
      if (!words.has(one)) words.set(one, made[k] as string[]);
    });
  });
}

/** The distinct texts of a document's clauses without a table, in reading order. */
function tableFreeTexts(entries: readonly Entry[]): string[] {
  const texts = new Set<string>();
  for (const { clause } of entries) if (!clause.content.some((block) => block.type === 'table')) texts.add(clause.text);
  return [...texts];
}

/**
 * Fills `words` (text → maskedWordsOf(text, mask)) for wordTexts of each document's clause texts (of its `entries`
 * without a table): read back per document where the cache holds them, else made and kept.
 */
export function prepareClauseWords(
  documents: readonly (readonly Entry[])[],
  mask: NameMask,
  words: Map<string, string[]>,
): void {
  const cache = clauseWordsCache();
  // Without a cache each text's words are made when first read (documents.ts).
  if (cache === undefined) return;
  const named = JSON.stringify(mask, (_, value) => (value instanceof Map ? [...value] : value));
  for (const texts of documents.map(tableFreeTexts)) {
    const document = cachedSerialized(
      cache,
      [KIND, lemmasDigest(), named, JSON.stringify(texts)],
      () => made(texts, mask, words),
      ({ sentences, words: kept }): StoredWords => ({ kind: KIND, sentences, words: kept }),
      (value) => restored(value, texts),
    );
    keep(texts, document, words);
  }
}
