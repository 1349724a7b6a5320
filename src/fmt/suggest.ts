// Readable IDs from text: the first significant words, slugified. `fmt` writes these into the source, so they must
// be deterministic (same text → same suggestion) and read like a name, not like a position. A gap's mark or another
// editorial mark in square brackets ("[in te vullen]", "[naam directeur]", "[sic]") names nothing (fill-ins.ts).
import { slugify } from '../parse/ids.js';
import { withoutEditorialMarks } from './fill-ins.js';

/**
 * Words that say nothing about a clause. Mostly Dutch (the policies are Dutch), plus the commonest English ones so an
 * English document gets sensible IDs too. Compared after slugify, so without diacritics. `www` (of a web address)
 * names nothing.
 */
const STOPWORDS = new Set(
  `de het een en van in op te dat die is zijn voor met als aan om of door ook niet bij naar dan wordt worden kan
   er deze dit ze zij hij wij we je jij u uw hun haar ons onze mijn hem wat wie waar hoe wel nog al tot uit over
   onder na zo maar want dus moet moeten mag mogen kunnen zal zullen wil willen heeft hebben had was waren geen
   elke iedere ieder elk alle men zich dient dienen hier daar waarbij waarin wanneer indien mits zoals tegen via per
   the a an and of on to for with are be by or at it this that from as not can must shall will may
   www`
    .split(/\s+/)
    .filter(Boolean),
);

export interface SlugLimits {
  /** Take at least this many words when there are that many (a one-word clause ID is rarely distinctive). */
  minWords: number;
  maxWords: number;
  /** Stop adding words beyond minWords once the slug would get longer than this. */
  maxLength: number;
}

export const SECTION_LIMITS: SlugLimits = { minWords: 1, maxWords: 3, maxLength: 32 };
export const CLAUSE_LIMITS: SlugLimits = { minWords: 2, maxWords: 3, maxLength: 25 };

/** Only the opening of a clause matters; this bounds the work on very long clauses. */
const MAX_SCANNED_CHARS = 400;

/** Words after which a number is the thing's own ("Artikel 4"): its ID keeps it, so it never reads as another's. */
const NUMBERED = new Set(['artikel', 'article', 'hoofdstuk', 'chapter', 'paragraaf', 'section', 'bijlage', 'annex']);

/**
 * Words of `text` that carry meaning: no stopwords, no single letters (the "o" and "a" of "o.a."), none of `ignored`,
 * none of an editorial mark; a number after a word of NUMBERED stays, however short ("artikel-4", not "artikel" made
 * "artikel-3" by a suffix).
 */
function significantWords(text: string, ignored: ReadonlySet<string> = new Set()): string[] {
  const words = slugify(withoutEditorialMarks(text.slice(0, MAX_SCANNED_CHARS)), Number.POSITIVE_INFINITY).split('-');
  return words.filter(
    (word, at) =>
      (word.length > 1 || (/^\d$/u.test(word) && NUMBERED.has(words[at - 1] ?? ''))) &&
      !STOPWORDS.has(word) &&
      !ignored.has(word),
  );
}

/**
 * A slug of the first significant words, or of the first words at all when every word is a stopword; "" when the
 * text has no letters or digits.
 */
export function slugFromText(text: string, limits: SlugLimits, ignored: ReadonlySet<string> = new Set()): string {
  let words = significantWords(text, ignored);
  if (words.length === 0) words = slugify(text.slice(0, MAX_SCANNED_CHARS), limits.maxWords).split('-').filter(Boolean);
  const taken: string[] = [];
  for (const word of words) {
    if (taken.length >= limits.maxWords) break;
    const length = [...taken, word].join('-').length;
    if (taken.length >= limits.minWords && length > limits.maxLength) break;
    taken.push(word);
  }
  return taken.join('-');
}
