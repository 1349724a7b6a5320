// Text reduced to what matters for matching: lower case, accents folded, punctuation and list numbering gone.
// Two texts with the same normal form differ only in ways a reader would call editorial.

/** Folds accents and ligatures: "geïnformeerd" → "geinformeerd", "ĳs" → "ijs", "Straße" → "Strasse". */
export function foldDiacritics(text: string): string {
  // Pure ASCII needs no work; most clause text is, and this runs on every clause of both versions.
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  // NFKD also splits the ĳ ligature into "ij" and "ﬁ" into "fi"; ß has no decomposition.
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

/** One word for lookups in the lexicon: lower case, accents folded, surrounding punctuation removed. */
export function foldWord(word: string): string {
  return foldDiacritics(word.toLowerCase()).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

// "1.", "1)", "(1)", "2.1", "a.", "b)", "(c)", "iv.", "•", "-", "–" at the start of a text: typed numbering that
// the structure (or the Markdown list) already gives. "(1)" is how German and Dutch laws number their paragraphs.
const LIST_NUMBERING =
  /^\s*(?:\(\d{1,3}[a-z]?\)|\(\p{Ll}{1,2}\)|\d{1,3}(?:\.\d{1,2})*[.)]|\d{1,3}(?:\.\d{1,2})+|\p{Ll}[.)]|[ivxlc]{1,6}[.)]|[•·▪◦*–—-])(?=\s)\s*/u;

/** Removes typed list numbering from the start of a text (and nothing else). */
export function stripListNumbering(text: string): string {
  const match = LIST_NUMBERING.exec(text);
  return match ? text.slice(match[0].length) : text;
}

// Runs of anything that is not a letter or digit become one space; a . , : or / between two digits stays, so
// "1.000" and "12:30" keep their value while "school-en" and "school- en" both become "school en". Symbols that
// carry meaning in a rule (%, €, §, +) are kept as words of their own. Plain regular expressions (no callbacks):
// this runs over every clause of both versions.
/** What a word is made of: every other run of code points becomes one space. */
const WORD_CHARACTER = /^[\p{L}\p{N}%€$£§+.,:/]$/u;
/** Per code unit of the Basic Multilingual Plane, what WORD_CHARACTER said: 0 not asked yet, 1 yes, 2 no. */
const wordCharacters = new Uint8Array(0x10000);

function isWordCharacter(codePoint: number): boolean {
  if (codePoint > 0xffff) return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
  let known = wordCharacters[codePoint] ?? 0;
  if (known === 0) {
    known = WORD_CHARACTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    wordCharacters[codePoint] = known;
  }
  return known === 1;
}

/**
 * `text.replace(/[^\p{L}\p{N}%€$£§+.,:/]+/gu, ' ')` in one pass over the code points, each class asked once per
 * character (V8's Unicode-property classes made that replace most of a civil code's normalisation). A lone
 * surrogate is a code point of its own, as in the `u` pattern.
 */
function separateWords(text: string): string {
  let out = '';
  let kept = 0; // start of the run of word characters not yet copied
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isWordCharacter(codePoint)) {
      index += width;
      continue;
    }
    out += `${text.slice(kept, index)} `;
    index += width;
    while (index < text.length) {
      const next = text.codePointAt(index) ?? 0;
      if (isWordCharacter(next)) break;
      index += next > 0xffff ? 2 : 1;
    }
    kept = index;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
const LOOSE_MARKS = /(?<![0-9])[.,:/]+|[.,:/]+(?![0-9])|(?<=[0-9])[.,:/]{2,}(?=[0-9])/g;
const SYMBOLS = /[%€$£§+]/g;
const SPACES = / {2,}/g;

/**
 * The matching form of a text: list numbering stripped, lower case, diacritics folded, punctuation removed,
 * whitespace collapsed. Words are separated by single spaces.
 */
export function normalise(text: string): string {
  const folded = foldDiacritics(stripListNumbering(text).toLowerCase());
  return separateWords(folded).replace(LOOSE_MARKS, ' ').replace(SYMBOLS, ' $& ').replace(SPACES, ' ').trim();
}

/** The words of a normalised text. */
export function normalisedWords(text: string): string[] {
  const normal = normalise(text);
  return normal === '' ? [] : normal.split(' ');
}
