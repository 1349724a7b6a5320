// Display numbers are computed, never stored in the source: inserting a clause renumbers the display, not the IDs.

export type NumberStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

/** The default house style: 1., a., i. for ordered lists nested one, two, three deep (then it repeats). */
export const DEFAULT_HOUSE_STYLE: readonly NumberStyle[] = ['decimal', 'lower-alpha', 'lower-roman'];

export const BULLET_LABEL = '•';

function alpha(n: number): string {
  // 1 → a, 26 → z, 27 → aa: spreadsheet-style so long lists never run out of letters.
  let out = '';
  let rest = n;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** The number lower-case roman digits stand for (iv → 4, xlii → 42): the inverse of roman(). */
export function romanValue(text: string): number {
  const digits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = digits[text[index] ?? ''] ?? 0;
    const next = digits[text[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function formatOrdinal(ordinal: number, style: NumberStyle): string {
  switch (style) {
    case 'decimal':
      return String(ordinal);
    case 'lower-alpha':
      return alpha(ordinal);
    case 'upper-alpha':
      return alpha(ordinal).toUpperCase();
    case 'lower-roman':
      return roman(ordinal);
    case 'upper-roman':
      return roman(ordinal).toUpperCase();
  }
}

/** Style for an ordered list nested `orderedDepth` ordered lists deep (0 = outermost). */
export function styleAt(orderedDepth: number, house: readonly NumberStyle[] = DEFAULT_HOUSE_STYLE): NumberStyle {
  return house[orderedDepth % house.length] ?? 'decimal';
}

/**
 * The label every output prints beside a numbered clause `orderedDepth` numbered lists deep: its own numbering's as
 * written ("a.", "1.2", "3°"), else the house style's with a full stop ("1.", "b."). One function, so the PDF, the
 * Word document, the web page and the board pack print one label per clause.
 */
export function printedLabel(
  clause: { ordinal: number; label: string; ownLabel?: boolean },
  orderedDepth: number,
  house: readonly NumberStyle[] = DEFAULT_HOUSE_STYLE,
): string {
  if (clause.ownLabel) return clause.label;
  return `${formatOrdinal(clause.ordinal, styleAt(orderedDepth, house))}.`;
}

// ---- a policy's own numbering (frontmatter `numbering`, docs/format.md) -----------------------------------------
// Imported policies keep the source's labels ("Artikel 1", "1.1", "a)", "1°") instead of the house style, so the
// built document numbers its articles as the board adopted them.

/** The three levels a policy can label: its sections (articles), their clauses, and the items within a clause. */
export const NUMBERING_LEVELS = ['sections', 'clauses', 'items'] as const;
export type NumberingLevel = (typeof NUMBERING_LEVELS)[number];
/**
 * The patterns by level, and `lists`: a pattern for one list alone, named by the ID of the section its clauses are in
 * or of the clause its items are under, for a source that numbers its lists of one level in more than one form
 * ("a." to "g." in one article, "1." and "2." in the next): each list keeps the labels it was adopted with.
 */
export type PolicyNumbering = Partial<Record<NumberingLevel, string>> & { lists?: Readonly<Record<string, string>> };

/**
 * Placeholders in a label pattern: %1 the section's number, %2 the clause's, %3 the item's (as decimals);
 * %a %A %i %I the level's own ordinal as a letter or roman numeral. Everything else is printed as written.
 */
const PLACEHOLDER = /%([1-3aAiI])/g;
const LETTER_STYLES: Record<string, NumberStyle> = {
  a: 'lower-alpha',
  A: 'upper-alpha',
  i: 'lower-roman',
  I: 'upper-roman',
};

/** Why a label pattern cannot be used ('no-placeholder' or 'bad-placeholder'), else undefined. */
export function patternProblem(pattern: string): 'no-placeholder' | 'bad-placeholder' | undefined {
  if (/%(?![1-3aAiI])/.test(pattern)) return 'bad-placeholder';
  if (!/%[1-3aAiI]/.test(pattern)) return 'no-placeholder';
  return undefined;
}

/**
 * The label `pattern` gives: `path` holds the section number (as printed by its own counting, e.g. "2" or "2.1"),
 * then the ordinals down to this level; `own` is this level's ordinal.
 */
export function formatPattern(pattern: string, path: readonly (string | number)[], own: number): string {
  return pattern.replace(PLACEHOLDER, (_whole, key: string) => {
    const style = LETTER_STYLES[key];
    if (style) return formatOrdinal(own, style);
    return String(path[Number(key) - 1] ?? own);
  });
}

/** A label split around the level's own number, so a word processor can count that number itself ("1." · 2 · ""). */
export interface LabelParts {
  before: string;
  style: NumberStyle;
  after: string;
}

/**
 * `pattern` at a level whose own number is placeholder `ownKey` (2 for clauses, 3 for items) or a letter/roman one,
 * split around that number with the other placeholders filled in from `path`. Undefined when the pattern prints the
 * level's own number not exactly once: then only the whole label can be printed.
 */
export function labelParts(pattern: string, path: readonly (string | number)[], ownKey: 2 | 3): LabelParts | undefined {
  const owns = [...pattern.matchAll(PLACEHOLDER)].filter(([, key]) => key === String(ownKey) || LETTER_STYLES[key!]);
  const [whole, key] = owns[0] ?? [];
  if (owns.length !== 1 || whole === undefined || key === undefined) return undefined;
  const at = pattern.indexOf(whole);
  const fill = (part: string) => formatPattern(part, path, 0);
  return {
    before: fill(pattern.slice(0, at)),
    style: LETTER_STYLES[key] ?? 'decimal',
    after: fill(pattern.slice(at + whole.length)),
  };
}
