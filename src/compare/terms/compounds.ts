// Dutch writes compounds as one word, and authors disagree on where: "schoolgerelateerde" and "school
// gerelateerde", "communicatiemedewerker" where another text says "medewerker communicatie", "persvoorlichting"
// where another says "voorlichting aan de pers". In a Dutch comparison a word the OpenTaal dictionary does not list
// is split into the parts it allows (src/compare/terms/lemmas.ts), each part as its dictionary entry ("geluids" →
// "geluid"), whether or not the documents use the parts on their own. A word the dictionary cannot split (a
// misspelling, a name) is split in two where both halves (the first allowing a linking s or e, as in
// "fatsoen-s-normen") occur as words of their own somewhere in the documents compared; documents in other
// languages keep only that rule. (Whole words are not replaced by their dictionary lemma: measured on the labelled
// seed pairs it changed nothing the stemmer does not already do; docs/compare.md.)
import { detectLanguage } from '../../text/language.js';
import { dutchCompound, dutchLemma } from './lemmas.js';
import { outputLanguage } from '../../text/output-language.js';

/** Shorter words are not split; nor into parts shorter than these. */
const MIN_COMPOUND = 8;
const MIN_HEAD = 3;
const MIN_TAIL = 4;

/**
 * Each word's dictionary split as dictionarySplit gives it (null: none), where read back from the cache
 * (dictionary-splits.ts): a word it holds is neither looked up nor split again, so a warm comparison need not read the
 * lemma table.
 */
export type DictionarySplits = ReadonlyMap<string, readonly string[] | null>;

/** The word's parts, or the word itself; its dictionary split taken from `kept` where that holds the word. */
export function splitCompound(word: string, known: ReadonlySet<string>, kept?: DictionarySplits): readonly string[] {
  if (!wordsAreDutch(known)) return splitByKnown(word, known);
  const held = kept?.get(word);
  const parts = held === undefined ? dictionarySplit(word) : held;
  return parts ?? splitByKnown(word, known);
}

/** The word's parts as the dictionary splits it, each as its dictionary entry; null where it does not. */
export function dictionarySplit(word: string): string[] | null {
  return dutchCompound(word)?.map(dutchLemma) ?? null;
}

/** The word's two parts, or the word itself. Prefers the longest tail (the Dutch head of a compound is last). */
function splitByKnown(word: string, known: ReadonlySet<string>): string[] {
  if (word.length < MIN_COMPOUND || /\d/.test(word)) return [word];
  for (let at = MIN_HEAD; at <= word.length - MIN_TAIL; at++) {
    const tail = word.slice(at);
    if (!known.has(tail)) continue;
    const head = word.slice(0, at);
    if (known.has(head)) return [head, tail];
    // Linking letters: "geluid-s-opnamen", "leerling-en-dossier" (as written: the plural is the head's own form).
    for (const link of ['s', 'e']) {
      const bare = head.endsWith(link) ? head.slice(0, -link.length) : '';
      if (bare.length >= MIN_HEAD && known.has(bare)) return [bare, tail];
    }
  }
  return [word];
}

/** How much of the documents' words the language is judged on. */
const LANGUAGE_SAMPLE_WORDS = 400;
const languageOfWords = new WeakMap<ReadonlySet<string>, boolean>();

/** Whether the compared documents (all their words: `known`) are Dutch, judged once per set of words. */
export function wordsAreDutch(known: ReadonlySet<string>): boolean {
  let dutch = languageOfWords.get(known);
  if (dutch === undefined) {
    dutch = outputLanguage(detectLanguage([...known].slice(0, LANGUAGE_SAMPLE_WORDS).join(' ')) ?? '') === 'nl';
    languageOfWords.set(known, dutch);
  }
  return dutch;
}
