// The number an author types at the start of a heading ("Artikel 3 Termijn", "§ 2", "4. Toezicht", "6.2 Beveiliging").
// A reader cites the section by that number, so every output prints it as typed and none adds a number of its own:
// "5 Artikel 3 Termijn" (the house style counting headings, chapters included) names an article that does not exist.
// The diff reads the same number to see what a reader sees renumbered (issue 26).

/** What a heading's typed number says: as the reader cites it ("Artikel 3", "§ 2", "4") and its numeral ("3"). */
export interface TypedNumber {
  label: string;
  numeral: string;
}

/** The words that name a typed article, chapter, paragraph or annex before its number. */
const WORDS = 'artikel|article|art\\.|hoofdstuk|chapter|section|paragraaf|afdeling|titel|bijlage|annex|appendix|§';

/**
 * A typed number at the start of a heading: a word and its number ("Artikel 12a", "Hoofdstuk IV", "§ 2", "Bijlage
 * A"), a number with parts ("6.2"), or one number, roman numeral or letter closed by "." or ")" ("4.", "IV.", "b)").
 * "2024 in cijfers" and "10 regels" type none.
 */
const TYPED = new RegExp(
  `^(?:((?:${WORDS})\\s*(\\d+[a-z]?(?:[.:]\\d+[a-z]?)*|[ivxlcdm]+|[a-z]))[.:]?|(\\d+(?:\\.\\d+)+)\\.?|(\\d+|[ivxlcdm]+|[a-z])[.)])(?=\\s|$)`,
  'iu',
);

/** The number typed at the start of heading `title`, or undefined where it types none. */
export function typedHeadingNumber(title: string): TypedNumber | undefined {
  const match = TYPED.exec(title.trim());
  if (!match) return undefined;
  const [, worded, wordNumeral, parts, single] = match;
  if (worded !== undefined) return { label: worded.replace(/\s+/gu, ' '), numeral: wordNumeral ?? '' };
  const numeral = parts ?? single ?? '';
  return { label: numeral, numeral };
}

/** Whether a typed number names an article ("Artikel 3", "Art. 5:1"), not a chapter, paragraph or annex. */
export const namesArticle = (typed: TypedNumber): boolean => /^(?:artikel|article|art\.)/iu.test(typed.label);

/** The numeral typed at the start of heading `title` ("4. Toezicht" → "4", "Artikel 12" → "12"), if any. */
export const typedNumber = (title: string): string | undefined => typedHeadingNumber(title)?.numeral;
