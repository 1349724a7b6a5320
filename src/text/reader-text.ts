// The text of a clause as a reader sees it, for deciding whether it changed. The parser already reads text as
// people do (soft line breaks as spaces, link syntax and inline HTML tags gone: src/parse/text.ts), but spacing
// inside a line stays as typed: two spaces after a full stop, a tab, a trailing space before a hard break. None of
// that shows on paper or screen, so none of it may count as a change.

/** Ordinary spacing only: a no-break or zero-width space is a (visible in print, editorial) change of its own. */
const SPACING = /[ \t]+/g;
/** Spacing at a line's ends; the newlines themselves separate paragraphs and table rows, which a reader does see. */
const AROUND_NEWLINE = / ?\r?\n ?/g;

/** The clause text with every run of spaces and tabs as one space, and none at either end of a line. */
export function readerText(text: string): string {
  return text.replace(SPACING, ' ').replace(AROUND_NEWLINE, '\n').trim();
}
