// Words that one organisation's adaptation of a model text swaps for another's without changing the rule: an mbo
// school has "studenten" and "personeelsleden" where a secondary school has "leerlingen" and "medewerkers"; one
// text "publiceert", another "plaatst" or "post". Each class is compared as one term. Deliberately short: general
// Dutch policy vocabulary that authors swap without changing the rule ("standpunt"/"mening", "zichtbaar"/
// "openbaar", "sanctie"/"maatregel"), never words whose swap changes who must act in a way a reader would call a
// different rule (ouders vs leerlingen, leerkrachten vs leerlingen, mag vs moet stay apart).
import { stem } from './stem.js';

const CLASSES: readonly (readonly string[])[] = [
  // Who: the roles a school's policy names, each as its own sector calls it.
  [
    'leerling',
    'leerlingen',
    'student',
    'studenten',
    'deelnemer',
    'deelnemers',
    'cursist',
    'cursisten',
    'kind',
    'kinderen',
  ],
  ['medewerker', 'medewerkers', 'personeelslid', 'personeelsleden', 'werknemer', 'werknemers', 'personeel'],
  ['leerkracht', 'leerkrachten', 'docent', 'docenten', 'leraar', 'leraren'],
  ['leidinggevende', 'leidinggevenden', 'teamleider', 'teamleiders', 'schoolleiding', 'directie'],
  // What is done with a message.
  [
    'publiceren',
    'publiceert',
    'publiceer',
    'publicatie',
    'publicaties',
    'plaatsen',
    'plaatst',
    'plaats',
    'plaatsing',
    'posten',
    'post',
    'gepost',
    'geplaatst',
    'gepubliceerd',
    'gepubliceerde',
  ],
  [
    'foto',
    "foto's",
    'fotos',
    'beeld',
    'beelden',
    'beeldmateriaal',
    'video',
    "video's",
    'videos',
    'film',
    'films',
    'filmpje',
    'filmpjes',
  ],
  ['uitlating', 'uitlatingen', 'uiting', 'uitingen', 'uitspraak', 'uitspraken'],
  ['mening', 'meningen', 'standpunt', 'standpunten', 'opvatting', 'opvattingen'],
  ['discussie', 'discussies', 'gesprek', 'gesprekken', 'conversatie', 'conversaties'],
  // How it may be seen, and what it may not contain.
  ['openbaar', 'openbare', 'zichtbaar', 'zichtbare', 'vindbaar', 'vindbare'],
  ['vertrouwelijk', 'vertrouwelijke', 'geheim', 'geheime', 'confidentieel', 'confidentiele'],
  ['auteursrecht', 'auteursrechten', 'copyright', 'eigendomsrecht', 'eigendomsrechten'],
  ['reputatie', 'imago'],
  ['respect', 'respecteren', 'respecteert', 'respecteer', 'respectvol', 'respectvolle'],
  // Relations and consequences.
  ['vriend', 'vrienden', 'vriendschap', 'vriendschappen'],
  ['maatregel', 'maatregelen', 'sanctie', 'sancties'],
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
