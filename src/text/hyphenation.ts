// Hyphenation points of a word, from the `hyphen` package's TeX patterns (Liang's algorithm): where the PDF renderer
// may break a word at a line end, and where import judges whether a hyphen at a line end was put there by a
// typesetter. Pattern sets load on first use and results are cached: most words are never asked about.
import { hyphenationPatterns } from './output-language.js';
import { type Hyphenator, loadHyphenator } from './hyphenation-patterns.js';

export const SOFT_HYPHEN = '\u00AD';

/** The `hyphen` package's pattern sets (chosen by a document's `lang` in src/text/output-language.ts). */
export const PATTERN_SETS: readonly string[] = ['nl', 'en-us', 'en-gb', 'de', 'fr'];

const hyphenators = new Map<string, Hyphenator | null>();
const cache = new Map<string, readonly number[]>();
const MAX_CACHED = 100_000;
const NONE: readonly number[] = [];

function hyphenatorFor(lang: string): Hyphenator | null {
  const key = hyphenationPatterns(lang);
  if (!key || !PATTERN_SETS.includes(key)) return null;
  let hyphenator = hyphenators.get(key);
  if (hyphenator === undefined) {
    hyphenator = loadHyphenator(key);
    hyphenators.set(key, hyphenator);
  }
  return hyphenator;
}

// Only plain words are hyphenated: letters (any script), apostrophes and hyphens. URLs, e-mail addresses, numbers
// and codes break elsewhere (after / or -, or anywhere as a last resort), never at a made-up syllable.
const PLAIN_WORD = /^[\p{L}\p{M}'’-]+$/u;
/**
 * Longer strings of letters are no word (the longest Dutch compounds in use have about 60 letters), and the
 * `hyphen` package spends the square of a word's length on it: 30,000 letters took minutes.
 */
const MAX_WORD = 100;
const EDGE_PUNCTUATION = /^([^\p{L}\p{M}]*)(.*?)([^\p{L}\p{M}]*)$/su;

/**
 * Offsets inside `word` after which a hyphen may be inserted (e.g. "verantwoordelijk" → [3, 6, 10, 12]).
 * Leading and trailing punctuation is ignored; words shorter than five letters are never hyphenated.
 */
export function hyphenationPoints(word: string, lang: string): readonly number[] {
  const cacheKey = `${lang}\u0000${word}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const points = computePoints(word, lang);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(cacheKey, points);
  return points;
}

function computePoints(word: string, lang: string): readonly number[] {
  const match = EDGE_PUNCTUATION.exec(word);
  if (!match) return NONE;
  const [, lead = '', core = ''] = match;
  if (core.length < 5 || core.length > MAX_WORD || !PLAIN_WORD.test(core)) return NONE;
  const hyphenator = hyphenatorFor(lang);
  if (!hyphenator) return NONE;
  const marked = hyphenator.hyphenateSync(core, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 });
  const points: number[] = [];
  let offset = lead.length;
  for (const character of marked) {
    if (character === SOFT_HYPHEN) points.push(offset);
    else offset += character.length;
  }
  return points;
}
