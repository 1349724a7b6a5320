// Checks made on each block right after markdown-it's rule read it, while the line arrays still show the lines as
// the block's containers see them: what the block needs later (table rows, whether a fence was closed) and where
// markdown-it and micromark part ways (those throw Unsupported).
import type { StateBlock, Token } from 'markdown-it';
import { FOOTNOTE_OPEN } from './footnotes.js';
import { holdsTab } from './tabs.js';
import { unsupported } from './unsupported.js';

export interface Inspected {
  /** For tables: [first non-space, line end] of each line. */
  rows?: [number, number][];
  /** For fenced code and HTML blocks: whether the block was closed (an open one runs to its container's end). */
  closed?: boolean;
  /** For block quotes: the last line that is not blank around the quote (its last `>` or lazy line). */
  lastLine?: number;
}

/** The text of `line` inside its containers. */
function lineText(state: StateBlock, line: number): string {
  return state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line] ?? 0);
}

function isEmpty(state: StateBlock, line: number): boolean {
  return (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0) >= (state.eMarks[line] ?? 0);
}

// The ends of the HTML blocks that stop at a marker (kinds 1-5 in CommonMark); the others stop at a blank line.
const HTML_ENDS: [RegExp, RegExp][] = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

function isClosed(state: StateBlock, token: Token, [first, end]: [number, number]): boolean {
  const last = end - 1;
  if (token.type === 'html_block') {
    const kind = HTML_ENDS.find(([opener]) => opener.test(lineText(state, first)));
    if (!kind) return true;
    // The end marker may stand on the opening line itself, after the opener.
    return last === first ? kind[1].test(lineText(state, first).slice(2)) : kind[1].test(lineText(state, last));
  }
  if (last === first || (state.sCount[last] ?? 0) - state.blkIndent >= 4) return false;
  const closing = lineText(state, last).trimEnd();
  return closing.length >= token.markup.length && [...closing].every((char) => char === token.markup[0]);
}

function checkQuote(state: StateBlock, [first, end]: [number, number], endLine: number): number {
  for (let line = first + 1; line < end; line++) {
    // markdown-it continues a quote at a `>` indented by four or more spaces; CommonMark does not.
    if ((state.sCount[line] ?? 0) - state.blkIndent >= 4 && lineText(state, line).startsWith('>')) {
      unsupported('a block quote marker indented by four or more spaces');
    }
  }
  // A line indented by four or more after a quote's paragraph continues it lazily in micromark, not in markdown-it.
  if (end < endLine && !isEmpty(state, end) && (state.sCount[end] ?? 0) - state.blkIndent >= 4)
    unsupported('an indented line after a block quote');
  // Blank lines after the quote may sit in markdown-it's map; a bare `>` of this quote is not blank around it.
  let last = end - 1;
  while (last > first && isEmpty(state, last)) last--;
  return last;
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A GFM table's delimiter row (`--- |`, `:---:`, `| - | - |`): cells of dashes with optional colons. */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * From where it is set (`lastIndex`) to the end of the line, a `|` or a `:`: looked for in the source, without a
 * copy of each line of every paragraph (a line ends at its "\n", or at the end of the source, where eMarks puts it).
 */
const PIPE_OR_COLON_ON_LINE = /[^|:\n]*[|:]/y;

function checkParagraph(state: StateBlock, [first, end]: [number, number], endLine: number): void {
  for (let line = first + 1; line < end; line++) {
    // A delimiter row under a line without a pipe (`beleid` over `--- |`) makes that line a table's header for
    // micromark; markdown-it wants a pipe in the header row and reads on as a paragraph.
    PIPE_OR_COLON_ON_LINE.lastIndex = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
    if (PIPE_OR_COLON_ON_LINE.test(state.src)) {
      const row = lineText(state, line);
      if (DELIMITER_ROW.test(row) && !lineText(state, line - 1).includes('|'))
        unsupported('a table header row without a pipe');
    }
    if ((state.sCount[line] ?? 0) >= state.blkIndent) continue;
    // On a lazy line micromark lets an HTML tag end the paragraph, and a list marker too when an inner container
    // (a footnote in a list item) did not continue; markdown-it goes on with the paragraph.
    const text = lineText(state, line);
    if (text.startsWith('<')) unsupported('an HTML tag on a lazy continuation line');
    if (LIST_MARKER.test(text)) unsupported('a list marker on a lazy continuation line');
  }
  // A line outdented below a list item's content yet indented four or more (`0.   a` then `    #`) may be a lazy
  // continuation for micromark where markdown-it lets a heading, fence, quote … end the paragraph.
  const next = state.sCount[end] ?? 0;
  const lazy = end < endLine && !isEmpty(state, end) && next < state.blkIndent;
  // micromark may also read a lazy line as a table's header row when a delimiter row follows.
  const after = lazy ? lineText(state, end) : '';
  if (after.includes('|') && !LIST_MARKER.test(after) && !after.startsWith('>'))
    unsupported('a table header on a lazy line');
  if (lazy && next >= 4 && !LIST_MARKER.test(lineText(state, end))) {
    unsupported('an indented lazy line after a list paragraph');
  }
}

/** The first line of a table may not be a container start: micromark opens the container, markdown-it a table. */
function checkTableStart(state: StateBlock, [first]: [number, number]): void {
  const header = lineText(state, first);
  if (/^(?:>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\[\^)/.test(header))
    unsupported('a table row that starts like a quote, list or footnote');
  // micromark wants a pipe or a colon in the delimiter row (`--` alone underlines a heading).
  if (!/[|:]/.test(lineText(state, first + 1))) unsupported('a table delimiter row without pipes or colons');
}

const CONTAINER_CLOSES = new Set(['gfm_footnote_close', 'bullet_list_close', 'ordered_list_close']);

/**
 * Whether the indented code at `state.tokens[index]` started on a "lazy" line for micromark: one that did not
 * continue a container still open there (a list item or footnote, which blank lines do not close, or a quote
 * right before). micromark ends such code after that line and closes its flow.
 */
export function isLazyCode(state: StateBlock, index: number): boolean {
  const before = state.tokens[index - 1]?.type ?? '';
  const first = state.tokens[index]?.map?.[0] ?? 0;
  return CONTAINER_CLOSES.has(before) || (before === 'blockquote_close' && first > 0 && !isEmpty(state, first - 1));
}

function checkCode(state: StateBlock, index: number, [first, end]: [number, number], endLine: number): void {
  if (end - first > 1 && isLazyCode(state, index)) unsupported('indented code right after a closed container');
  // micromark counts blank lines still indented by four spaces after the code into its span (and more spaces into
  // its value); markdown-it leaves them out.
  for (let line = end; line < endLine && isEmpty(state, line); line++) {
    if ((state.sCount[line] ?? 0) - state.blkIndent >= 4) unsupported('indented blank lines after indented code');
  }
  // markdown-it does not even see a last line of only spaces without a line ending.
  if (end >= state.lineMax && / {4,}$/.test(state.src)) unsupported('indented blank lines after indented code');
}

function tableRows(state: StateBlock, [first, end]: [number, number]): [number, number][] {
  const rows: [number, number][] = [];
  for (let line = first; line < end; line++) {
    // Any HTML line ends a table in micromark; markdown-it reads most of them as rows.
    if (line > first + 1 && lineText(state, line).startsWith('<')) unsupported('an HTML line after a table');
    rows.push([(state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line] ?? 0]);
  }
  return rows;
}

/** The blocks in which a tab may be only partly used up, or read differently by the two readers (tabs.ts). */
const NO_TABS = new Set(['code_block', 'fence', 'html_block', 'blockquote_open', FOOTNOTE_OPEN]);

/** Inspects the block whose first token is `state.tokens[index]`, noting what later steps need in `into`. */
export function inspectBlock(state: StateBlock, index: number, endLine: number, into: Inspected): void {
  const token = state.tokens[index];
  const map = token?.map;
  if (!token || !map) return;
  if (
    NO_TABS.has(token.type) &&
    map[1] > map[0] &&
    holdsTab(state.src, state.bMarks[map[0]] ?? 0, state.eMarks[map[1] - 1] ?? 0)
  )
    unsupported(`a tab in a ${token.type}`);
  switch (token.type) {
    case 'paragraph_open':
      checkParagraph(state, map, endLine);
      break;
    case 'heading_open':
      // A setext heading's text is a paragraph's lines: the same lazy lines part the two readers (`</pre>` on one).
      if (token.markup === '=' || token.markup === '-') checkParagraph(state, map, endLine);
      break;
    case 'table_open':
      checkTableStart(state, map);
      into.rows = tableRows(state, map);
      break;
    case 'code_block':
      checkCode(state, index, map, endLine);
      break;
    case 'fence':
    case 'html_block':
      into.closed = isClosed(state, token, map);
      break;
    case 'blockquote_open':
      into.lastLine = checkQuote(state, map, endLine);
      break;
  }
}
