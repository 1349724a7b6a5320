// Guards that run over the source before the Markdown parser. micromark's running time grows far faster than the
// input for lists or quotes nested thousands deep (10,000 levels: two minutes) and for paragraphs packed with
// formatting marks (100 kB of `](`: half a minute), so a damaged or hostile file could hang every command. No real
// policy comes near these limits; refusing such a file up front costs one pass over the text.
import type { Finding } from '../model/diagnostics.js';
import type { Span } from '../model/policy.js';
import { worded } from '../io/messages.js';

/**
 * Containers (list items, quotes) a line may open, as estimated below. Twice structure.ts's exact limit on list
 * nesting (MAX_NESTING), because the estimate counts each two columns of indentation as one level, which
 * over-counts lists numbered `1.` (three columns a level).
 */
export const MAX_CONTAINER_DEPTH = 128;

/** Characters micromark has to pair up (emphasis, code, links, HTML) in one paragraph. */
export const MAX_MARKS_PER_PARAGRAPH = 5000;

/** Whether a character code is one of the marks micromark pairs up: `*` `_` `~` `` ` `` `<` `[` `]`. */
function isMark(code: number): boolean {
  return code === 42 || code === 95 || code === 126 || code === 96 || code === 60 || code === 91 || code === 93;
}

/** How many formatting marks a line holds (counted without making an array of them: this runs on every line). */
function countMarks(line: string): number {
  let count = 0;
  for (let index = 0; index < line.length; index++) if (isMark(line.charCodeAt(index))) count++;
  return count;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BULLET = /^[-*+](?=[ \t]|$)/;
const ORDERED = /^\d{1,9}[.)](?=[ \t]|$)/;
/** Lines that start a block of their own (and so an inline context of their own). */
const BLOCK_START = /^[ \t]*(?:[-*+](?:[ \t]|$)|[>#|]|\d{1,9}[.)](?:[ \t]|$))/;

interface Depth {
  depth: number;
  /** 1-based column of the marker that went past the limit (or of the line's text). */
  column: number;
}

const NO_DEPTH: Depth = { depth: 0, column: 1 };

/** Whether the line's first character after its indentation could open a container (`>`, `-`, `*`, `+`, a digit). */
function mayOpenContainer(line: string): boolean {
  let index = 0;
  while (line[index] === ' ' || line[index] === '\t') index++;
  const code = line.charCodeAt(index);
  return code === 62 || code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57);
}

/** Estimated nesting on a line with markers: every `>` and list marker, plus a level per two columns of indentation. */
function lineDepth(line: string): Depth {
  // Most lines of a policy are text: nothing to estimate, without the patterns below.
  if (!mayOpenContainer(line) || THEMATIC_BREAK.test(line)) return NO_DEPTH;
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

/** The first place where `text` (BOM-free, \n line endings) goes past a limit, as a fatal finding; else undefined. */
export function checkSourceLimits(text: string): Finding | undefined {
  const lines = text.split('\n');
  let fence: string | undefined;
  let marks = 0;
  let paragraphStart = 1;
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      // Code is not parsed for marks; only a fence of the same kind closes it.
      if (fenceMatch && fenceMatch[1]?.startsWith(fence)) {
        fence = undefined;
        paragraphStart = lineNumber + 1;
      }
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]?.slice(0, 3);
      marks = 0;
      continue;
    }
    const { depth, column } = lineDepth(line);
    if (depth > MAX_CONTAINER_DEPTH) {
      return {
        ruleId: 'nesting-too-deep',
        severity: 'error',
        fatal: true,
        ...worded({
          messageId: 'nesting-too-deep.containers',
          fixId: 'nesting-too-deep.flatten',
          params: { max: MAX_CONTAINER_DEPTH },
        }),
        place: at(lineNumber, column),
      };
    }
    if (line.trim() === '') {
      marks = 0;
      paragraphStart = lineNumber + 1;
    } else if (BLOCK_START.test(line)) {
      marks = 0;
      paragraphStart = lineNumber;
    }
    marks += countMarks(line);
    if (marks > MAX_MARKS_PER_PARAGRAPH) {
      return {
        // The id fmt and approve already treat as "not understood": neither may rewrite what was not read.
        ruleId: 'unreadable-markdown',
        severity: 'error',
        fatal: true,
        ...worded({
          messageId: 'unreadable-markdown.too-many-marks',
          fixId: 'unreadable-markdown.not-ordinary-text',
          params: { max: MAX_MARKS_PER_PARAGRAPH },
        }),
        place: at(paragraphStart, 1),
      };
    }
  }
  return undefined;
}
