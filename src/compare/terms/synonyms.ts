// Words that one organisation's adaptation of a model text swaps for another's without changing the rule: an mbo
// school has "studenten" and "personeelsleden" where a secondary school has "leerlingen" and "medewerkers"; one
// text "publiceert", another "plaatst" or "post". Each class is compared as one term. The classes are data, kept
// short and written by hand: templates/lemmas/nl-synonyms.txt (its header says what belongs there and what not),
// read once, at the first lookup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../io/root.js';
import { stem } from './stem.js';

const SYNONYMS_FILE = join(PACKAGE_ROOT, 'templates', 'lemmas', 'nl-synonyms.txt');

/** The classes of a synonyms file (see its header): one per line, words separated by spaces. */
export function parseSynonyms(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
}

/** Stem → the stem of its class's first word. */
export function canonicalStems(classes: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const words of classes) {
    const head = stem(words[0] as string);
    for (const word of words) map.set(stem(word), head);
  }
  return map;
}

let canonical: ReadonlyMap<string, string> | undefined;

function canonicalOf(): ReadonlyMap<string, string> {
  canonical ??= canonicalStems(parseSynonyms(readFileSync(SYNONYMS_FILE, 'utf8')));
  return canonical;
}

/** Whether the word belongs to a synonym class (such words are never split as compounds). */
export function hasSynonyms(word: string): boolean {
  return canonicalOf().has(stem(word));
}

/** The stem a word is compared by: its own, or its synonym class's. */
export function term(word: string): string {
  const stemmed = stem(word);
  return canonicalOf().get(stemmed) ?? stemmed;
}
