// The keys a text is matched to topics by: what its content words are about, whatever their inflection or
// compounding. "doeleinden" must meet the topic "Doel van de verwerking", "bewaartermijn" the words "bewaren" and
// "termijn", "worden bewaard" a topic described with "bewaren", "gewijzigd" one named "Wijziging", "ingediend" one
// described with "indienen". Each word gives several keys: the stem of its dictionary lemma, the stems of its
// compound parts (src/compare/terms/lemmas.ts), and the verb stem behind a participle or an -ing noun. Both the topic's
// words and a clause's words are keyed alike, so the keys need not be real words, only consistent. English words
// pass through the same rules harmlessly (they are rarely in the Dutch dictionary and seldom end in Dutch endings).
import { normalise } from '../../text/normalise.js';
import { FUNCTION_WORDS } from '../terms/function-words.js';
import { dutchLemma, dutchParts } from '../terms/lemmas.js';
import { stem } from '../terms/stem.js';

/** Shorter keys say nothing: "ge", "in". */
const MIN_KEY = 3;
/** Separable particles that put "ge" inside a participle: in-ge-diend, aan-ge-past, op-ge-slagen. */
const PARTICLES = [
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'weg',
];
/** Numbers written as words, so "zestien jaar" meets "16 jaar" (the ages and counts policies name). */
const NUMBER_WORDS: Record<string, string> = {
  twaalf: '12',
  dertien: '13',
  veertien: '14',
  vijftien: '15',
  zestien: '16',
  zeventien: '17',
  achttien: '18',
};

/** Words that, though not function words, say nothing about which topic a text is on. */
const EMPTY_WORDS = new Set([
  'deze',
  'dergelijke',
  'bepaalde',
  'andere',
  'anderen',
  'onze',
  'waarbij',
  'waarvoor',
  'sommige',
  'enkele',
  'diverse',
  'verschillende',
  'volgende',
  'hierbij',
  'daarbij',
  'eventuele',
  'eventueel',
  'betreffende',
]);

/** A word's keys: those of the whole word, and those only its compound parts have. */
export interface WordKeys {
  whole: readonly string[];
  parts: readonly string[];
  /** Of `parts`, the keys of the compound's last part: its head, what the compound is a kind of. */
  head?: readonly string[];
}

const keysOfWord = new Map<string, WordKeys>();

/** A participle's or -ing noun's verb stem, and the word without a participle's final d or t. */
function verbForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('ing') && word.length > 6) forms.push(word.slice(0, -3));
  if (word.endsWith('ingen') && word.length > 8) forms.push(word.slice(0, -5));
  const final = word.charAt(word.length - 1);
  if ((final === 'd' || final === 't') && word.length > 5) {
    const bare = word.slice(0, -1);
    forms.push(bare);
    if (bare.startsWith('ge') && bare.length > 5) forms.push(bare.slice(2));
    for (const particle of PARTICLES) {
      if (bare.startsWith(`${particle}ge`) && bare.length > particle.length + 4)
        forms.push(particle + bare.slice(particle.length + 2));
    }
  }
  return forms;
}

/** The keys of one normalised word, the whole word's and its parts' (memoised: a comparison keys words many times). */
export function wordKeyParts(word: string): WordKeys {
  const known = keysOfWord.get(word);
  if (known) return known;
  const whole = new Set<string>();
  const parts = new Set<string>();
  const head = new Set<string>();
  const add = (form: string, to: Set<string>): void => {
    const key = stem(form);
    if (key.length >= MIN_KEY && !whole.has(key)) to.add(key);
  };
  const age = /^(\d{1,3})jaar$/.exec(word);
  if (age) whole.add(`#${age[1]}jaar`);
  else if (word.length >= MIN_KEY && !FUNCTION_WORDS.has(word) && !EMPTY_WORDS.has(word) && !/^\d/.test(word)) {
    const lemma = dutchLemma(word);
    for (const form of [word, lemma]) {
      add(form, whole);
      for (const verb of verbForms(form)) add(verb, whole);
    }
    const split = (dutchParts(word) ?? []).filter((part) => !FUNCTION_WORDS.has(part));
    split.forEach((part, p) => {
      const partLemma = dutchLemma(part);
      for (const form of [partLemma, ...verbForms(partLemma)]) {
        add(form, parts);
        if (p === split.length - 1 && split.length > 1) head.add(stem(form));
      }
    });
  }
  const keys: WordKeys = { whole: [...whole], parts: [...parts].filter((key) => !whole.has(key)) };
  const heads = [...head].filter((key) => keys.parts.includes(key));
  if (heads.length > 0) keys.head = heads;
  keysOfWord.set(word, keys);
  return keys;
}

/**
 * The words of a normalise()d text, a separable verb written apart joined again: "in te trekken" is "intrekken",
 * "aan te passen" "aanpassen", as the topic's "toestemming intrekken" has it.
 */
export function joinedWords(normal: string): string[] {
  const words = normal === '' ? [] : normal.split(' ');
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // "16 jaar" and "zestien jaar" are one age; a number alone ("artikel 16") is no evidence of anything.
    const number = NUMBER_WORDS[word] ?? (/^\d{1,3}$/.test(word) ? word : undefined);
    if (number !== undefined && words[i + 1] === 'jaar') {
      joined.push(`${number}jaar`);
      i += 1;
    } else if (PARTICLES.includes(word) && words[i + 1] === 'te' && words[i + 2] !== undefined) {
      joined.push(word + words[i + 2]);
      i += 2;
    } else joined.push(word);
  }
  return joined;
}

/** All keys of one normalised word. */
export function wordKeys(word: string): readonly string[] {
  const { whole, parts } = wordKeyParts(word);
  return [...whole, ...parts];
}

/** The keys of a text's content words, each once. */
export function textKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const word of joinedWords(normalise(text))) for (const key of wordKeys(word)) keys.add(key);
  return keys;
}
