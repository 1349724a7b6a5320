// Tab characters, which both readers take as CommonMark says (column stops of 4 where indentation counts, kept as
// written in text) except where a tab is only partly used up: markdown-it then turns the rest into spaces in code
// and HTML, and its quote markers split tabs their own way; a tab before a line ending stays in markdown-it's text
// but not in micromark's. Law texts exported from Word hold tabs in just two places: after a list marker
// (`1.<tab>De …`) and as the indentation of a paragraph's next line (`<tab>a.<tab>wegens …`). The fast path reads a
// line with tabs when it has this shape: indentation (spaces and tabs), then maybe a list marker and one tab, then
// content that starts with a character that is no space or tab and has no tab after its last such character (tabs
// inside it are text; spaces may end it); and then only
// in paragraphs, headings, lists and tables: a tab on a line of code, HTML, a quote or a footnote definition sends
// the document to remark (inspect.ts).
import { unsupported } from './unsupported.js';

const TAB = 0x09;
const SPACE = 0x20;

/** The end of a list marker (`-`, `+`, `*`, `1.` … `123456789)`) at `at`, or -1 when there is none. */
function listMarkerEnd(source: string, at: number, end: number): number {
  const code = source.charCodeAt(at);
  if (code === 0x2d || code === 0x2b || code === 0x2a) return at + 1;
  let digits = at;
  while (digits < end && digits - at < 9 && source.charCodeAt(digits) >= 0x30 && source.charCodeAt(digits) <= 0x39)
    digits++;
  if (digits === at) return -1;
  const delimiter = source.charCodeAt(digits);
  return delimiter === 0x2e || delimiter === 0x29 ? digits + 1 : -1;
}

/** Whether the line [start, end) that holds a tab has the shape the fast path reads (see above). */
export function isReadableTabbedLine(source: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && (source.charCodeAt(at) === SPACE || source.charCodeAt(at) === TAB)) at++;
  const marker = listMarkerEnd(source, at, end);
  if (marker !== -1 && source.charCodeAt(marker) === TAB) at = marker + 1;
  if (at >= end) return false;
  const first = source.charCodeAt(at);
  if (first === SPACE || first === TAB) return false;
  // Spaces may end the line (a hard break, or spaces both readers drop), a tab may not.
  for (let last = end - 1; last > at; last--) {
    const code = source.charCodeAt(last);
    if (code === TAB) return false;
    if (code !== SPACE) break;
  }
  return true;
}

/** Refuses a source with a tab on a line of another shape than the fast path reads. */
export function checkTabbedLines(source: string): void {
  for (let tab = source.indexOf('\t'); tab !== -1; ) {
    const start = source.lastIndexOf('\n', tab - 1) + 1;
    const newline = source.indexOf('\n', tab);
    const end = newline === -1 ? source.length : newline;
    if (!isReadableTabbedLine(source, start, end)) unsupported('a tab where it may be only partly used up');
    tab = newline === -1 ? -1 : source.indexOf('\t', newline);
  }
}

/** Whether [from, to) holds a tab. */
export function holdsTab(source: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (source.charCodeAt(at) === TAB) return true;
  return false;
}

/** The column after the spaces and tabs from `at` on, starting at column `column` (tab stops every 4 columns). */
export function columnAfterWhitespace(source: string, at: number, end: number, column: number): number {
  let col = column;
  for (let i = at; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === TAB) col += 4 - (col % 4);
    else if (code === SPACE) col++;
    else break;
  }
  return col;
}

/** The column of `offset` on the line starting at `lineStart`, tabs stopping at multiples of 4. */
export function columnOf(source: string, lineStart: number, offset: number): number {
  let column = 0;
  for (let at = lineStart; at < offset; at++) column += source.charCodeAt(at) === TAB ? 4 - (column % 4) : 1;
  return column;
}
