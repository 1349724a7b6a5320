// Dutch-aware word tokens for redlines and comparisons. Every character of the input lands in exactly one token,
// whitespace included, so joining the tokens gives back the exact text.
//
// Why not Intl.Segmenter: it splits what a reader sees as one unit ("o.a" + ".", "12" ":" "30", "€" "1.000" "," "-")
// so it would need a repair pass anyway; it is ~10x slower than these regular expressions on the civil code
// (460 ms vs 50 ms), and iterating one long string with it is quadratic in V8. The rules below follow the Unicode
// word classes (\p{L}, \p{M}, \p{N}) the segmenter uses, plus the Dutch units it does not know.
import { ABBREVIATIONS, MONTHS } from './lexicon.js';

export type TokenKind = 'word' | 'abbreviation' | 'number' | 'date' | 'time' | 'amount' | 'phone' | 'space' | 'punct';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offset of the token in the input (UTF-16 code units). */
  start: number;
}

/**
 * Month names that are also everyday words in lower case: English writes months capitalised, so "age 12 may
 * bring" is a number and a verb, not the 12th of May (issue 26).
 */
const LOWER_CASE_WORDS = new Set(['may']);

/** Every spelling an author may use for a list entry: lower case, Capitalised, UPPER CASE. */
function casings(words: readonly string[]): string {
  const all = new Set<string>();
  for (const word of words) {
    if (!LOWER_CASE_WORDS.has(word)) all.add(word);
    all.add(word.charAt(0).toUpperCase() + word.slice(1));
    all.add(word.toUpperCase());
  }
  // Longest first so "sept" wins over "sep".
  return [...all]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/\./g, '\\.'))
    .join('|');
}

const SP = '[ \\u00a0\\u202f]';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const MONTH = `(?:${casings(MONTHS)})\\.?${NOT_WORD_AFTER}`;

/** A sum of money as written: 1.000, 1000, 2,50, 1.000,- */
const FIGURE = '(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(?:\\d{1,2}|-{1,2}|—))?(?!\\d)';

// Tried in this order at a digit: the longest reading a person would call one unit wins.
const DIGIT_PATTERNS: readonly [TokenKind, RegExp][] = [
  ['date', /\d{4}-\d{2}-\d{2}(?!\d)/uy],
  ['date', new RegExp(`\\d{1,2}\\.?${SP}+${MONTH}(?:${SP}+\\d{4}(?!\\d))?`, 'uy')],
  ['date', /\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\d.,])/uy],
  ['time', new RegExp(`\\d{1,2}:\\d{2}(?::\\d{2})?(?:${SP}?uur)?(?!\\d)`, 'uy')],
  ['time', new RegExp(`\\d{1,2}\\.\\d{2}${SP}?uur${NOT_WORD_AFTER}`, 'uy')],
  // Dutch phone numbers: "0900 - 1113111", "06-12345678", "020 1234567".
  ['phone', new RegExp(`0\\d{1,3}(?:${SP}?-${SP}?|${SP})?\\d{6,8}(?!\\d)`, 'uy')],
  ['amount', new RegExp(`${FIGURE}${SP}?(?:euro|EUR|€)${NOT_WORD_AFTER}`, 'uy')],
  // 5, 1.000, 2,5, 1.000,-, 50%, 1e, 2de, § 31a.
  ['number', new RegExp(`\\d+(?:[.,:]\\d+)*(?:,-{1,2})?(?:%|\\p{Ll}{1,3}${NOT_WORD_AFTER})?`, 'uy')],
];

const PHONE_INTERNATIONAL = new RegExp(
  `\\+\\d{2}${SP}?(?:\\(0\\)${SP}?)?\\d{1,3}(?:${SP}?-${SP}?|${SP})?\\d{6,8}(?!\\d)`,
  'uy',
);
const AMOUNT_AFTER_SIGN = new RegExp(`(?:€|EUR)${SP}?${FIGURE}`, 'uy');

const LISTED_ABBREVIATIONS = casings(ABBREVIATIONS);

// At a letter: abbreviations before plain words, so "o.a." and "art." keep their dots.
const ABBREVIATION_PATTERNS: readonly [TokenKind, RegExp][] = [
  // o.a., m.b.t., z.s.m., e.d., d.w.z., i.p.v., z.B.
  ['abbreviation', /(?:[\p{L}]{1,3}\.){2,}/uy],
  ['abbreviation', new RegExp(`(?:${LISTED_ABBREVIATIONS})\\.`, 'uy')],
  ['abbreviation', new RegExp(`(?:t/m|en/of|m/v|v/m|T/m)${NOT_WORD_AFTER}`, 'uy')],
  // An initial before a name: "J. de Vries".
  ['abbreviation', new RegExp(`\\p{Lu}\\.(?=${SP}*\\p{L})`, 'uy')],
];
const WORD_PATTERNS: readonly [TokenKind, RegExp][] = [
  ['amount', AMOUNT_AFTER_SIGN],
  ['word', /[\p{L}\p{M}\p{N}]+(?:['’`][\p{L}\p{M}]+)*/uy],
];
const LETTER_PATTERNS: readonly [TokenKind, RegExp][] = [...ABBREVIATION_PATTERNS, ...WORD_PATTERNS];
/**
 * How far after its first letter an abbreviation has its first `.`: three letters (six code units when they lie
 * beyond the Basic Multilingual Plane), or a listed one (as written in the pattern, escapes counted, so never too
 * short). The `/` of "t/m" and "en/of" comes at most two after it.
 */
const ABBREVIATION_REACH = Math.max(6, ...LISTED_ABBREVIATIONS.split('|').map((word) => word.length));

// 's-Hertogenbosch, 's avonds, zo'n is covered by the word pattern; 't and 'n stand alone.
const APOSTROPHE_WORD = /['’][stn](?![\p{L}\p{M}\p{N}])/uy;
const SPACE = /\s+/uy;
const LETTER = /[\p{L}\p{M}]/u;

function tryPatterns(text: string, at: number, patterns: readonly [TokenKind, RegExp][]): Token | undefined {
  for (const [kind, pattern] of patterns) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match && match[0].length > 0) return { text: match[0], kind, start: at };
  }
  return undefined;
}

function tryOne(text: string, at: number, kind: TokenKind, pattern: RegExp): Token | undefined {
  return tryPatterns(text, at, [[kind, pattern]]);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Splits text into words, numbers, dates, abbreviations, punctuation and whitespace. `join('')` gives the text back. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The first `.` at or after the letter being read (-1: none left), found again only once passed: the abbreviation
  // patterns are tried only where one comes soon enough (or a `/`), most words are read by the word pattern alone.
  let dot = text.indexOf('.');
  const mayAbbreviate = (at: number): boolean => {
    if (dot !== -1 && dot <= at) dot = text.indexOf('.', at + 1);
    const slash = text.charCodeAt(at + 1) === 0x2f || text.charCodeAt(at + 2) === 0x2f;
    return slash || (dot !== -1 && dot <= at + ABBREVIATION_REACH);
  };
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    const code = text.charCodeAt(at);
    let token: Token | undefined;
    if (/\s/.test(char)) token = tryOne(text, at, 'space', SPACE);
    else if (isDigit(code)) token = tryPatterns(text, at, DIGIT_PATTERNS);
    else if (char === '€' || char === 'E') token = tryOne(text, at, 'amount', AMOUNT_AFTER_SIGN);
    else if (char === '+') token = tryOne(text, at, 'phone', PHONE_INTERNATIONAL);
    else if (char === "'" || char === '’') token = tryOne(text, at, 'word', APOSTROPHE_WORD);
    if (!token && LETTER.test(char)) token = tryPatterns(text, at, mayAbbreviate(at) ? LETTER_PATTERNS : WORD_PATTERNS);
    if (!token && code >= 0x0300 && /\p{N}/u.test(char)) token = tryOne(text, at, 'word', /[\p{L}\p{M}\p{N}]+/uy);
    // Anything else is one code point of punctuation or symbol (surrogate pairs kept together).
    token ??= { text: String.fromCodePoint(text.codePointAt(at) ?? code), kind: 'punct', start: at };
    tokens.push(token);
    at += token.text.length;
  }
  return tokens;
}

/** Tokens that carry meaning (not whitespace, not punctuation). */
export function isWordLike(token: Token): boolean {
  return token.kind !== 'space' && token.kind !== 'punct';
}

/** Kinds a reader treats as figures: changing one changes a term, a deadline or an amount. */
export function isFigure(token: Token): boolean {
  return (
    token.kind === 'number' ||
    token.kind === 'date' ||
    token.kind === 'time' ||
    token.kind === 'amount' ||
    token.kind === 'phone'
  );
}
