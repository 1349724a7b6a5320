// A long document is read in pieces, one after the other: markdown-it's block rules over one piece's lines, its
// inline rules over that piece's tokens, then the piece's mdast. Read whole, markdown-it holds a token for every
// block of the document until its last line is read (60,000 on a civil code), and the garbage collector copied
// them again and again; a piece's tokens are gone before they are ever copied. All pieces share one StateBlock
// over the whole text, so lines and offsets stay those of the document.
//
// A piece starts only at a line `# …` (an ATX heading at the very start of the line) after a blank line, where
// every list, quote, footnote, table, paragraph and indented code above has ended in markdown-it (see chunks.ts
// for the same cut in micromark), and never in a document that holds what reaches across blank lines (fenced code,
// HTML blocks that end at a marker). Footnote calls are resolved against the definitions of the whole document,
// found before reading (every line that opens like one); when the definitions read turn out to be others, the
// document is read again whole.
import { definitionLabelAt } from './footnotes.js';
import type { LineIndex } from './lines.js';

/** A piece runs to the first line where one may start after this many characters. */
export const PIECE_LENGTH = 16 * 1024;

/** The HTML blocks that end at a marker, after their `<`, besides `<!` and `<?`. */
const MARKER_ENDED_TAG = /(?:pre|script|style|textarea)\b/iy;

/**
 * Whether the source holds what can reach across a blank line and a heading: fences and the HTML blocks that end at
 * a marker (`<!`, `<?`, `<pre`, `<script`, `<style`, `<textarea`). Looked for by character, not by one pattern that
 * would be tried at every `<`-less position of a long text.
 */
function reachesAcross(source: string): boolean {
  if (source.includes('```') || source.includes('~~~')) return true;
  for (let at = source.indexOf('<'); at !== -1; at = source.indexOf('<', at + 1)) {
    const next = source.charCodeAt(at + 1);
    MARKER_ENDED_TAG.lastIndex = at + 1;
    if (next === 0x21 || next === 0x3f || MARKER_ENDED_TAG.test(source)) return true;
  }
  return false;
}

/** Whether 0-based `line` holds only spaces and tabs (or nothing). */
function isBlankLine(source: string, lines: LineIndex, line: number): boolean {
  const end = lines.lineEnd(line);
  for (let at = lines.starts[line] ?? end; at < end; at++) {
    const code = source.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** `#` to `######` at the very start of the line, then a space, a tab or the line's end. */
function isAtxHeading(source: string, lines: LineIndex, line: number): boolean {
  const start = lines.starts[line] ?? 0;
  const end = lines.lineEnd(line);
  let at = start;
  while (at < end && at - start < 7 && source.charCodeAt(at) === 0x23) at++;
  const hashes = at - start;
  const next = source.charCodeAt(at);
  return hashes >= 1 && hashes <= 6 && (at === end || next === 0x20 || next === 0x09);
}

/** The 0-based lines where a piece after the first starts; none when the document is read whole. */
export function pieceStarts(source: string, lines: LineIndex): number[] {
  if (source.length < 2 * PIECE_LENGTH || reachesAcross(source)) return [];
  const starts: number[] = [];
  let pieceStart = 0;
  for (let line = 1; line < lines.starts.length; line++) {
    const start = lines.starts[line] ?? 0;
    if (start - pieceStart < PIECE_LENGTH || source.charCodeAt(start) !== 0x23) continue;
    if (isAtxHeading(source, lines, line) && isBlankLine(source, lines, line - 1)) {
      starts.push(line);
      pieceStart = start;
    }
  }
  return starts;
}

/** The labels of every line that opens like a footnote definition (`[^label]:` after spaces), normalised. */
export function footnoteLabels(source: string, lines: LineIndex): Set<string> {
  const labels = new Set<string>();
  for (let line = 0; line < lines.starts.length; line++) {
    let at = lines.starts[line] ?? 0;
    while (source.charCodeAt(at) === 0x20) at++;
    if (source.charCodeAt(at) !== 0x5b) continue;
    const label = definitionLabelAt(source, at, lines.lineEnd(line));
    if (label !== undefined) labels.add(label);
  }
  return labels;
}

/** Whether two sets hold the same labels. */
export function sameLabels(one: ReadonlySet<string>, other: ReadonlySet<string> | undefined): boolean {
  if (one.size !== (other?.size ?? 0)) return false;
  for (const label of one) if (!other?.has(label)) return false;
  return true;
}
