// remark reads a whole document at once: micromark holds an event for every token of it until the tree is built, so
// a 1 MB import of 16,000 short articles (read more than once by fmt's lossless round trip) peaked at 806 MB of
// resident memory (531 MB read in pieces). A large document is read in pieces instead, cut only where nothing
// can reach across: before an ATX heading at the start of a line after a blank line, which closes every list, quote,
// table, paragraph and indented code above it. What can reach across such a line is kept whole: fenced code and the
// HTML blocks that run past blank lines (comments, <pre>, <script>, <style>, <textarea>, <?, <!), and link reference
// and footnote definitions, which the whole document shares. The pieces' trees, their positions moved to where the
// piece stands in the document, are the tree of the whole (tests/parse/chunks-bounds.test.ts compares them).
import type { Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { findFrontmatter } from './fence.js';

/** Below this many characters a document is read at once. */
export const CHUNKED_MIN_LENGTH = 96 * 1024;
/** A piece runs to the first place it can be cut after this many characters. */
export const CHUNK_LENGTH = 32 * 1024;

/** What can reach across a blank line and a heading: fences, long HTML blocks, definitions. */
const SHARED_ACROSS = /```|~~~|\]:|<!|<\?|<(?:pre|script|style|textarea)\b/i;

/**
 * Offsets where the source can be cut (each the start of a line `# …` after a blank line, past the frontmatter),
 * chosen so each piece has at least CHUNK_LENGTH characters; none when the source is small or holds something that
 * reaches across (SHARED_ACROSS).
 */
export function chunkStarts(source: string): number[] {
  if (source.length < CHUNKED_MIN_LENGTH || SHARED_ACROSS.test(source)) return [];
  let start = 0;
  if (source.startsWith('---')) {
    const frontmatter = findFrontmatter(source);
    // An unclosed fence: the frontmatter's reader decides what it is; nothing is cut.
    if (!frontmatter) return [];
    start = frontmatter.bodyStart;
  }
  const starts: number[] = [];
  let pieceStart = 0;
  let previousBlank = false;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    if (previousBlank && start - pieceStart >= CHUNK_LENGTH && isAtxHeading(source, start, end)) {
      starts.push(start);
      pieceStart = start;
    }
    previousBlank = /^[ \t]*$/.test(source.slice(start, end));
    if (newline < 0) break;
    start = newline + 1;
  }
  return starts;
}

/** `#` to `######` at the very start of the line, then a space, a tab or the line's end. */
function isAtxHeading(source: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && at - start < 7 && source.charCodeAt(at) === 35) at++;
  const hashes = at - start;
  if (hashes < 1 || hashes > 6) return false;
  const next = source.charCodeAt(at);
  return at === end || next === 32 || next === 9;
}

/** Reads `source` with `parse`, in pieces where chunkStarts allows, as one tree with the whole document's positions. */
export function parseInChunks(source: string, parse: (text: string) => Root): Root {
  const starts = chunkStarts(source);
  if (starts.length === 0) return parse(source);
  const bounds = [0, ...starts, source.length];
  const children: RootContent[] = [];
  let line = 0;
  let root: Root | undefined;
  for (let index = 0; index + 1 < bounds.length; index++) {
    const from = bounds[index] as number;
    const text = source.slice(from, bounds[index + 1]);
    const tree = parse(text);
    if (from > 0) moveNodes(tree.children, line, from);
    children.push(...tree.children);
    root ??= tree;
    if (index + 2 === bounds.length && root.position && tree.position) {
      root.position.end = { ...tree.position.end };
      moveEnd(root.position.end, line, from);
    }
    line += countLines(text);
  }
  const whole = root as Root;
  whole.children = children;
  return whole;
}

/** How many line endings `text` holds. */
export function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

function moveEnd(point: Point, lines: number, offset: number): void {
  point.line += lines;
  if (point.offset !== undefined) point.offset += offset;
}

/**
 * Moves the positions of `nodes` and all beneath them down by `lines` lines and `offset` characters. Each position
 * gets points of its own: the fast path lets nodes share a point (a list item ends where its paragraph does), and a
 * point moved in place would move twice.
 */
export function moveNodes(nodes: readonly RootContent[], lines: number, offset: number): void {
  const stack: { position?: { start: Point; end: Point }; children?: unknown }[] = [...nodes];
  const moved = (point: Point): Point => {
    const copy = { ...point };
    moveEnd(copy, lines, offset);
    return copy;
  };
  while (stack.length > 0) {
    const node = stack.pop() as (typeof stack)[number];
    if (node.position) node.position = { start: moved(node.position.start), end: moved(node.position.end) };
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child);
  }
}
