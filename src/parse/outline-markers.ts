// Lettered and roman outline markers typed at the start of a paragraph ("a.", "(i)", "A.", "iv)", "(1)"). Markdown
// reads them as plain text, but a reader sees an outline: strongdm/comply's `a.` groups with `i.` items, legal
// `(a)`/`(i)` clauses, `A.` parts with numbered lists under them (issue 26 item 3). "1." and "1)" are Markdown
// lists already and never reach this.

import { romanValue } from '../model/numbering.js';

export type OutlineKind = 'alpha' | 'ALPHA' | 'roman' | 'ROMAN' | 'decimal';

export interface OutlineMarker {
  kind: OutlineKind;
  /** How it is written around the value: "a." → ".", "a)" → ")", "(a)" → "()". Different forms are different levels. */
  form: '.' | ')' | '()';
  /** The value as a number: a → 1, iv → 4, (3) → 3. */
  value: number;
}

/** The level an outline marker belongs to: its kind and its form ("alpha.", "roman()"). */
export const levelKey = (marker: Pick<OutlineMarker, 'kind' | 'form'>): string => `${marker.kind}${marker.form}`;

// The marker, then white space and text. Letters up to six (roman "viii"), digits only in parentheses.
const MARKER = /^(?:\((\d{1,3}|[a-zA-Z]{1,6})\)|([a-zA-Z]{1,6})([.)]))[ \t]+\S/u;
// Up to 89 (lxxxix): enough for any outline, and it keeps words like "mid" or "dim" out.
const ROMAN = /^(?=[lxvi])l?(x[l]|x{0,3})(i[xv]|v?i{0,3})$/u;

/**
 * The outline marker `text` opens with, if any. A single i, v or x is a letter only when `continuesLetters` says an
 * open level of letters (same case and form) ends with the letter before it ("h." then "i."); otherwise it is roman,
 * as it is in an outline that opens "i.". Other single letters are letters; longer words only when roman numerals.
 */
export function outlineMarker(
  text: string,
  continuesLetters: (marker: OutlineMarker) => boolean = () => false,
): OutlineMarker | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  const raw = match[1] ?? match[2] ?? '';
  const form: OutlineMarker['form'] = match[1] !== undefined ? '()' : match[3] === ')' ? ')' : '.';
  if (/^\d+$/.test(raw)) return { kind: 'decimal', form, value: Number(raw) };
  const lower = raw.toLowerCase();
  // Mixed case ("Ii", "aB") is a word, not a marker.
  if (raw !== lower && raw !== raw.toUpperCase()) return undefined;
  const upper = raw !== lower;
  const letter: OutlineMarker = {
    kind: upper ? 'ALPHA' : 'alpha',
    form,
    value: lower.charCodeAt(0) - 'a'.charCodeAt(0) + 1,
  };
  const roman: OutlineMarker | undefined = ROMAN.test(lower)
    ? { kind: upper ? 'ROMAN' : 'roman', form, value: romanValue(lower) }
    : undefined;
  if (raw.length === 1) {
    if (roman && 'ivx'.includes(lower) && !continuesLetters(letter)) return roman;
    return letter;
  }
  return roman;
}

/** Whether a marker can open a new level: its first value (a, A, i, I, 1). */
export const opensLevel = (marker: OutlineMarker): boolean => marker.value === 1;
