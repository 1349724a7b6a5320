// Words that one organisation's adaptation of a model text swaps for another's without changing the rule: an mbo
// school has "studenten" and "personeelsleden" where a secondary school has "leerlingen" and "medewerkers"; one
// text "publiceert", another "plaatst" or "post". Each class is compared as one term. Deliberately short: only
// swaps seen between real adaptations, and never words whose swap changes who must act in a way a reader would
// call a different rule (ouders vs leerlingen, mag vs moet stay apart).
import { stem } from './stem.js';

const CLASSES: readonly (readonly string[])[] = [
  ['leerling', 'leerlingen', 'student', 'studenten', 'deelnemer', 'deelnemers', 'cursist', 'cursisten'],
  ['medewerker', 'medewerkers', 'personeelslid', 'personeelsleden', 'werknemer', 'werknemers', 'personeel'],
  ['leidinggevende', 'leidinggevenden', 'teamleider', 'teamleiders', 'schoolleiding', 'directie'],
  ['publiceren', 'publiceert', 'publiceer', 'publicatie', 'publicaties', 'plaatsen', 'plaatst', 'plaats', 'plaatsing', 'posten', 'post', 'gepost', 'geplaatst', 'gepubliceerd', 'gepubliceerde'],
  ['vriend', 'vrienden', 'vriendschap', 'vriendschappen'],
  ['foto', "foto's", 'fotos', 'beeld', 'beelden', 'beeldmateriaal'],
  ['uitlating', 'uitlatingen', 'uiting', 'uitingen', 'uitspraak', 'uitspraken'],
];

/** Stem → the stem of its class's first word. */
const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const words of CLASSES) {
    const head = stem(words[0] as string);
    for (const word of words) map.set(stem(word), head);
  }
  return map;
})();

/** Whether the word belongs to a synonym class (such words are never split as compounds). */
export function hasSynonyms(word: string): boolean {
  return CANONICAL.has(stem(word));
}

/** The stem a word is compared by: its own, or its synonym class's. */
export function term(word: string): string {
  const stemmed = stem(word);
  return CANONICAL.get(stemmed) ?? stemmed;
}
