// The text of a clause as a reader sees it, for deciding whether it changed. The parser already reads text as
// people do (soft line breaks as spaces, link syntax and inline HTML tags gone: src/parse/text.ts), but spacing
// inside a line stays as typed: two spaces after a full stop, a tab, a trailing space before a hard break. None of
// that shows on paper or screen, so none of it may count as a change.

/** Ordinary whitespace only: a no-break or zero-width space is a (visible in print, editorial) change of its own. */
const SOURCE_WHITESPACE = /[ \t\r\n]+/g;

/** The clause text with every run of ordinary whitespace as one space, and none at either end. */
export function readerText(text: string): string {
  return text.replace(SOURCE_WHITESPACE, ' ').trim();
}
