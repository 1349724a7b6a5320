// Guards that run over the source before the Markdown parser. micromark's running time grows far faster than the
// input for lists or quotes nested thousands deep (10,000 levels: two minutes) and for paragraphs packed with
// formatting marks (100 kB of `](`: half a minute), so a damaged or hostile file could hang every command. No real
// policy comes near these limits; refusing such a file up front costs one pass over the text.
import type { Finding } from '../model/diagnostics.js';
import type { Span } from '../model/policy.js';
import { worded } from '../io/messages.js';
import { isWhiteSpace } from '../text/white-space.js';

/**
 * Containers (list items, quotes) a line may open, as estimated below. Twice structure.ts's exact limit on list
 * nesting (MAX_NESTING), because the estimate counts each two columns of indentation as one level, which
 * over-counts lists numbered `1.` (three columns a level).
 */
export const MAX_CONTAINER_DEPTH = 128;

/** Characters micromark has to pair up (emphasis, code, links, HTML) in one paragraph. */
export const MAX_MARKS_PER_PARAGRAPH = 5000;

/**
 * Characters of a table whose header row has no `|` (from that row to the next blank line). The fast path hands such
 * a table to remark, whose GFM table reader took 6.3 s and about 1 GB for 330 KB of one-column rows; this much reads
 * in well under a second. A table written with pipes has no such limit.
 */
export const MAX_PIPELESS_TABLE_LENGTH = 32 * 1024;

/** A GFM delimiter row (`---|:-:`), which makes the line above it a table's header. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The marks micromark pairs up: `*` `_` `~` `` ` `` `<` `[` `]`. */
const MARK = /[*_~`<[\]]/g;

/**
 * Counts the marks of a text line by line, lines taken in order: the pattern finds the next mark (a native search,
 * far quicker than testing each character in a loop), so a line without marks costs one comparison.
 */
class MarkCounter {
  private next = -1;

  constructor(private readonly text: string) {}

  /** How many marks [start, end) holds; `start` is at or past the end of the line counted before. */
  count(start: number, end: number): number {
    if (this.next < start) this.next = this.find(start);
    let count = 0;
    while (this.next < end) {
      count++;
      this.next = this.find(this.next + 1);
    }
    return count;
  }

  private find(from: number): number {
    MARK.lastIndex = from;
    return MARK.exec(this.text)?.index ?? this.text.length;
  }
}

const THEMATIC_BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const BULLET = /^[-*+](?=[ \t]|$)/;
const ORDERED = /^\d{1,9}[.)](?=[ \t]|$)/;

interface Depth {
  depth: number;
  /** 1-based column of the marker that went past the limit (or of the line's text). */
  column: number;
}

const NO_DEPTH: Depth = { depth: 0, column: 1 };

/**
 * Whether a line that opens with `code` is text to the checks below: a letter, `(`, or any other character beyond
 * ASCII that is no white space. Such a line opens no fence or container, is not blank and starts no block.
 */
function opensWithText(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x28 ||
    (code > 0x7f && !isWhiteSpace(code))
  );
}

/** Whether [at, end) is empty or only white space (a blank line). */
function isBlank(text: string, at: number, end: number): boolean {
  for (let index = at; index < end; index++) if (!isWhiteSpace(text.charCodeAt(index))) return false;
  return true;
}

/** Where the line [start, end)'s indentation (spaces and tabs) ends. */
function indentEnd(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/** `` ` `` or `~` when the line opens or closes a code fence (up to three spaces, then three or more of it); else 0. */
function fenceOf(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && at - start < 3 && text.charCodeAt(at) === 32) at++;
  const mark = text.charCodeAt(at);
  if ((mark !== 96 && mark !== 126) || at + 2 >= end) return 0;
  return text.charCodeAt(at + 1) === mark && text.charCodeAt(at + 2) === mark ? mark : 0;
}

/** Whether the character at `at` ends a marker: a space, a tab or the line's end. */
function endsMarker(text: string, at: number, end: number): boolean {
  return at === end || text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9;
}

/**
 * Whether the line starts a block of its own (and so an inline context of its own): after its indentation a bullet
 * or an ordered marker (one to nine digits, `.` or `)`) then a space, a tab or the line's end, or `>`, `#`, `|`.
 */
function startsBlock(text: string, start: number, end: number): boolean {
  const at = indentEnd(text, start, end);
  const code = text.charCodeAt(at);
  if (at === end) return false;
  if (code === 62 || code === 35 || code === 124) return true;
  if (code === 45 || code === 42 || code === 43) return endsMarker(text, at + 1, end);
  let digits = at;
  while (digits < end && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
  const delimiter = text.charCodeAt(digits);
  return digits > at && digits - at <= 9 && (delimiter === 46 || delimiter === 41) && endsMarker(text, digits + 1, end);
}

/** Whether the line's first character after its indentation could open a container (`>`, `-`, `*`, `+`, a digit). */
function mayOpenContainer(text: string, start: number, end: number): boolean {
  const at = indentEnd(text, start, end);
  const code = at < end ? text.charCodeAt(at) : -1;
  return code === 62 || code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57);
}

/**
 * Estimated nesting on a line that may open a container (mayOpenContainer): every `>` and list marker, plus a level per
 * two columns of indentation.
 */
function lineDepth(line: string): Depth {
  if (THEMATIC_BREAK.test(line)) return NO_DEPTH;
  let index = 0;
  let indent = 0;
  let markers = 0;
  let column = 1;
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') {
      indent += line[index] === '\t' ? 4 : 1;
      index++;
    }
    const rest = line.slice(index, index + 12);
    const marker = rest.startsWith('>') ? '>' : (BULLET.exec(rest) ?? ORDERED.exec(rest))?.[0];
    if (marker === undefined) break;
    markers++;
    column = index + 1;
    if (markers + Math.floor(indent / 2) > MAX_CONTAINER_DEPTH) break;
    index += marker.length;
    // The space after a marker belongs to the marker, not to the next level's indentation.
    if (line[index] === ' ' || line[index] === '\t') index++;
  }
  // Indentation alone (a continuation line, an indented code block) opens nothing.
  return { depth: markers === 0 ? 0 : markers + Math.floor(indent / 2), column };
}

function at(line: number, column: number): Span {
  return { start: { line, column }, end: { line, column } };
}

/** The fatal finding for going past a limit at `place`. */
function limitFinding(limit: 'depth' | 'marks' | 'table', place: Span): Finding {
  if (limit === 'table')
    return {
      ruleId: 'unreadable-markdown',
      severity: 'error',
      fatal: true,
      ...worded({
        messageId: 'unreadable-markdown.table-too-long',
        fixId: 'unreadable-markdown.table-pipes',
        params: { max: MAX_PIPELESS_TABLE_LENGTH },
      }),
      place,
    };
  return limit === 'depth'
    ? {
        ruleId: 'nesting-too-deep',
        severity: 'error',
        fatal: true,
        ...worded({
          messageId: 'nesting-too-deep.containers',
          fixId: 'nesting-too-deep.flatten',
          params: { max: MAX_CONTAINER_DEPTH },
        }),
        place,
      }
    : {
        // The id fmt and approve already treat as "not understood": neither may rewrite what was not read.
        ruleId: 'unreadable-markdown',
        severity: 'error',
        fatal: true,
        ...worded({
          messageId: 'unreadable-markdown.too-many-marks',
          fixId: 'unreadable-markdown.not-ordinary-text',
          params: { max: MAX_MARKS_PER_PARAGRAPH },
        }),
        place,
      };
}

/** Whether the line [start, end) is a delimiter row with a `|` under a line of text without one. */
function isPipelessHeader(text: string, header: { start: number; end: number }, start: number, end: number): boolean {
  if (header.end <= header.start || isBlank(text, header.start, header.end)) return false;
  const row = text.slice(start, end);
  return row.includes('|') && DELIMITER_ROW.test(row) && !text.slice(header.start, header.end).includes('|');
}

/**
 * The first place where `text` (BOM-free, \n line endings) goes past a limit, as a fatal finding; else undefined.
 * One pass over the characters, line by line, without cutting the text into lines (it runs before every parse).
 */
export function checkSourceLimits(text: string): Finding | undefined {
  let fence = 0;
  const marksOf = new MarkCounter(text);
  let marks = 0;
  let paragraphStart = 1;
  // The line before this one (its start, end and number), and where a table with a header without `|` started.
  let previous = { start: 0, end: -1 };
  let table: { start: number; line: number } | undefined;
  for (let start = 0, lineNumber = 1; start <= text.length; lineNumber++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const lineStart = start;
    start = end + 1;
    const before = previous;
    previous = { start: lineStart, end };
    if (table && end - table.start > MAX_PIPELESS_TABLE_LENGTH) return limitFinding('table', at(table.line, 1));
    // Most lines of a policy open with a letter: no fence, container, blank line or block start, only marks to count.
    if (fence === 0 && opensWithText(text.charCodeAt(lineStart))) {
      marks += marksOf.count(lineStart, end);
      if (marks > MAX_MARKS_PER_PARAGRAPH) return limitFinding('marks', at(paragraphStart, 1));
      continue;
    }
    const fenceMark = fenceOf(text, lineStart, end);
    if (fence !== 0) {
      // Code is not parsed for marks; only a fence of the same kind closes it.
      if (fenceMark === fence) {
        fence = 0;
        paragraphStart = lineNumber + 1;
      }
      continue;
    }
    if (fenceMark !== 0) {
      fence = fenceMark;
      marks = 0;
      continue;
    }
    // Most lines of a policy are text: nothing to estimate, without cutting out the line.
    if (mayOpenContainer(text, lineStart, end)) {
      const { depth, column } = lineDepth(text.slice(lineStart, end));
      if (depth > MAX_CONTAINER_DEPTH) return limitFinding('depth', at(lineNumber, column));
    }
    if (!table && isPipelessHeader(text, before, lineStart, end)) table = { start: before.start, line: lineNumber - 1 };
    if (isBlank(text, lineStart, end)) {
      table = undefined;
      marks = 0;
      paragraphStart = lineNumber + 1;
    } else if (startsBlock(text, lineStart, end)) {
      marks = 0;
      paragraphStart = lineNumber;
    }
    marks += marksOf.count(lineStart, end);
    if (marks > MAX_MARKS_PER_PARAGRAPH) return limitFinding('marks', at(paragraphStart, 1));
  }
  return undefined;
}
