// Positions for the text nodes `{#id}` markers are read from: a paragraph's first text (a leading marker) and a
// heading's last text (a trailing one). markdown-it keeps no inline positions, so each is found in the source and
// verified there; when that fails the fast path gives up rather than guess. Texts that cannot hold a marker are
// left without a position, like all other inline nodes.
import type { Heading, Paragraph, Text } from 'mdast';
import { unescapeAll } from './engine.js';
import type { LineIndex, Point } from './lines.js';
import { unsupported } from './unsupported.js';

// Loose versions of the marker patterns in ../ids.ts: anything that might be a marker needs its place.
const MAYBE_LEADING_MARKER = /^\{#/;
const MAYBE_TRAILING_MARKER = /\{#[^}]*\}[ \t]*$/;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Where a text node with `value` that starts at `at` ends in the source, reading backslash escapes, character
 * references and soft line breaks (trailing spaces, the line ending, then the next line's container prefix and
 * indentation) the way CommonMark does; -1 when the source does not spell the value there.
 */
function textEnd(value: string, source: string, at: number): number {
  // A text that ends with its line ending ends at the start of the next line — except after an unmatched backtick,
  // where micromark ends it after the next line's container prefix; that case is left unplaced.
  if (value.endsWith('\n') && value.includes('`')) return -1;
  let i = 0;
  let j = at;
  while (i < value.length) {
    const want = value[i];
    const have = source[j];
    if (want === '\n') {
      while (source[j] === ' ') j++;
      if (source[j] !== '\n') return -1;
      j++;
      i++;
      // The next line's container prefix and indentation, when more of the text follows on it.
      if (i < value.length) while (source[j] === ' ' || source[j] === '\t' || source[j] === '>') j++;
    } else if (have === '\\' && ASCII_PUNCTUATION.test(source[j + 1] ?? '')) {
      if (source[j + 1] !== want) return -1;
      j += 2;
      i++;
    } else if (have === '&') {
      ENTITY.lastIndex = j;
      const entity = ENTITY.exec(source)?.[0];
      const decoded = entity === undefined ? '&' : unescapeAll(entity);
      const length = entity === undefined || decoded === entity ? 1 : entity.length;
      const produced = length === 1 ? '&' : decoded;
      if (!value.startsWith(produced, i)) return -1;
      j += length;
      i += produced.length;
    } else {
      if (have !== want) return -1;
      j++;
      i++;
    }
  }
  return j;
}

/** Places a paragraph's first text node when it may start with a marker; it starts where the paragraph does. */
export function placeFirstText(paragraph: Paragraph, start: number, source: string, lines: LineIndex): void {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !MAYBE_LEADING_MARKER.test(first.value)) return;
  const end = textEnd(first.value, source, start);
  if (end === -1) unsupported('a {#id} marker the fast path cannot place');
  setPosition(first, lines.point(start), lines.point(end));
}

/**
 * Places a heading's last text node, which ends where the heading's content ends (`contentEnd`); `contentStart`
 * is where its first child starts.
 */
export function placeLastText(
  heading: Heading,
  contentStart: number,
  contentEnd: number,
  source: string,
  lines: LineIndex,
): void {
  const last = heading.children[heading.children.length - 1];
  if (last?.type !== 'text' || !MAYBE_TRAILING_MARKER.test(last.value)) return;
  let start = -1;
  if (heading.children.length === 1) {
    if (textEnd(last.value, source, contentStart) === contentEnd) start = contentStart;
  } else if (!last.value.includes('\n')) {
    // After other inline content: the shortest stretch before the end that spells the value, not starting inside
    // a backslash escape (each escape or reference spells at least one character, so no shorter one fits).
    for (let candidate = contentEnd - last.value.length; candidate >= contentStart && start === -1; candidate--) {
      if (!startsInsideEscape(source, candidate) && textEnd(last.value, source, candidate) === contentEnd)
        start = candidate;
    }
  }
  if (start === -1) unsupported('a {#id} marker in a heading the fast path cannot place');
  setPosition(last, lines.point(start), lines.point(contentEnd));
}

/** Whether the character at `at` is escaped by the backslashes before it. */
function startsInsideEscape(source: string, at: number): boolean {
  let backslashes = 0;
  while (at - backslashes - 1 >= 0 && source[at - backslashes - 1] === '\\') backslashes++;
  return backslashes % 2 === 1 && ASCII_PUNCTUATION.test(source[at] ?? '');
}

function setPosition(node: Text, start: Point, end: Point): void {
  node.position = { start, end };
}
