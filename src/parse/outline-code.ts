// strongdm/comply and its forks indent an outline's items by four spaces under an `a.` paragraph ("    i. Hiring
// Manager informs HR …"): pandoc reads a nested list there, CommonMark an indented code block. A reader sees items,
// so an indented code block whose every paragraph opens with an outline marker is read as those paragraphs (issue
// 26 item 3). A line right after it without indent is the last item's lazy continuation, as pandoc reads it.
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stripLeadingMarker } from './ids.js';
import { outlineMarker } from './outline-markers.js';
import { inlineText } from './text.js';

const inline = unified().use(remarkParse).use(remarkGfm).freeze();

interface SourceLine {
  /** 1-based line in the file. */
  line: number;
  /** Offset of the line's first character in the file. */
  start: number;
  /** Columns of indent taken off in the chunk. */
  indent: number;
  text: string;
}

/**
 * The lines from the one `point` stands on to 1-based `last`, each with its number and start. Only a block's lines
 * are looked for, from its own place (a column counts code units, a tab one), not every line of a civil code for
 * its ten indented blocks (~3 ms a parse).
 */
function linesFrom(point: Point, last: number, source: string): { line: number; start: number; raw: string }[] {
  const lines: { line: number; start: number; raw: string }[] = [];
  let start = (point.offset ?? 0) - (point.column - 1);
  for (let line = point.line; line <= last; line++) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    lines.push({ line, start, raw: source.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

function isIndentedCode(node: RootContent, source: string): node is Code & { position: Position } {
  if (node.type !== 'code' || node.position?.start.offset === undefined) return false;
  const start = node.position.start.offset;
  return /^(?: {4}|\t)/.test(source.slice(start - (node.position.start.column - 1), start + 4));
}

/** The code block's lines as paragraphs (split at blank lines), each line with the indent it lost. */
function chunksOf(code: Code & { position: Position }, source: string): SourceLine[][] {
  const chunks: SourceLine[][] = [[]];
  for (const { line, start, raw } of linesFrom(code.position.start, code.position.end.line, source)) {
    if (raw.trim() === '') {
      if ((chunks[chunks.length - 1] ?? []).length > 0) chunks.push([]);
      continue;
    }
    const indent = /^(?: {4}|\t)/.exec(raw)?.[0].length ?? 0;
    chunks[chunks.length - 1]?.push({ line, start, indent, text: raw.slice(indent) });
  }
  return chunks.filter((chunk) => chunk.length > 0);
}

/** The chunk read as one paragraph, its positions those of the file. */
function paragraphOf(chunk: SourceLine[]): Paragraph | undefined {
  const tree = inline.parse(chunk.map((line) => line.text).join('\n'));
  const only = tree.children.length === 1 ? tree.children[0] : undefined;
  if (only?.type !== 'paragraph') return undefined;
  const place = (point: Point): Point => {
    // A chunk is never empty: its last line stands for a point past its end.
    const at = (chunk[point.line - 1] ?? chunk[chunk.length - 1]) as SourceLine;
    const column = point.column + at.indent;
    return { line: at.line, column, offset: at.start + column - 1 };
  };
  const shift = (node: { position?: { start: Point; end: Point } | undefined; children?: unknown }): void => {
    if (node.position) node.position = { start: place(node.position.start), end: place(node.position.end) };
    if (Array.isArray(node.children)) for (const child of node.children) shift(child as typeof node);
  };
  shift(only);
  return only;
}

/**
 * How a text that may read as one opening with an outline marker starts: `(` or up to six letters then neither a
 * letter, a space, a tab nor the line's end (letters are never markup, so they are the read text's first letters,
 * and a marker needs its `.` or `)` right after them), or what may read as such or vanish before it: a backslash
 * escape, a character reference, a `{#id}` marker, white space that trimming drops.
 */
const MAY_READ_AS_MARKER = /^(?:[(\\&{]|\s|[A-Za-z]{1,6}(?![A-Za-z \t]|$))/u;

/**
 * Whether the chunk, read as Markdown, may open with an outline marker (MAY_READ_AS_MARKER on its first line past
 * its spaces and tabs). One that cannot needs no reading by remark: a civil code's indented code is no outline, and
 * reading it (micromark's only use in its fast-path parse) took an eighth of a cold parse.
 */
function mayOpenWithMarker(chunk: SourceLine[]): boolean {
  const text = chunk[0]?.text ?? '';
  let at = 0;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  return MAY_READ_AS_MARKER.test(text.slice(at));
}

const opensWithMarker = (paragraph: Paragraph): boolean => {
  const stripped = stripLeadingMarker(paragraph).node;
  return stripped.children[0]?.type === 'text' && outlineMarker(inlineText(stripped)) !== undefined;
};

/** Replaces, in place, every top-level indented code block that is an outline's items by those items. */
export function expandOutlineCode(root: Root, source: string): void {
  if (!root.children.some((node) => isIndentedCode(node, source))) return;
  const children: RootContent[] = [];
  for (let index = 0; index < root.children.length; index++) {
    const node = root.children[index] as RootContent;
    if (!isIndentedCode(node, source)) {
      children.push(node);
      continue;
    }
    const chunks = chunksOf(node, source);
    const next = root.children[index + 1];
    const lazy =
      next?.type === 'paragraph' && next.position && next.position.start.line === (node.position?.end.line ?? 0) + 1;
    const lastChunk = chunks[chunks.length - 1];
    if (lazy && lastChunk && next.position) {
      for (const { line, start, raw } of linesFrom(next.position.start, next.position.end.line, source))
        lastChunk.push({ line, start, indent: 0, text: raw });
    }
    const paragraphs = chunks.every(mayOpenWithMarker) ? chunks.map(paragraphOf) : [];
    if (paragraphs.length === 0 || !paragraphs.every((p): p is Paragraph => p !== undefined && opensWithMarker(p))) {
      children.push(node);
      continue;
    }
    children.push(...paragraphs);
    if (lazy) index++;
  }
  root.children = children;
}
