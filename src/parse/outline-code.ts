// strongdm/comply and its forks indent an outline's items by four spaces under an `a.` paragraph ("    i. Hiring
// Manager informs HR …"): pandoc reads a nested list there, CommonMark an indented code block. A reader sees items,
// so an indented code block whose every paragraph opens with an outline marker is read as those paragraphs (issue
// 26 item 3). A line right after it without indent is the last item's lazy continuation, as pandoc reads it.
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
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
  /** Columns of indent taken off in the chunk. */
  indent: number;
  text: string;
}

/** Offsets of the start of each line (1-based index) in the source. */
function lineStarts(source: string): number[] {
  const starts = [0, 0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function isIndentedCode(node: RootContent, source: string): node is Code {
  if (node.type !== 'code' || node.position?.start.offset === undefined) return false;
  const start = node.position.start.offset;
  return /^(?: {4}|\t)/.test(source.slice(start - (node.position.start.column - 1), start + 4));
}

/** The code block's lines as paragraphs (split at blank lines), each line with the indent it lost. */
function chunksOf(code: Code, source: string, starts: number[]): SourceLine[][] {
  const first = code.position?.start.line ?? 1;
  const last = code.position?.end.line ?? first;
  const chunks: SourceLine[][] = [[]];
  for (let line = first; line <= last; line++) {
    const raw = source.slice(starts[line] ?? 0, (starts[line + 1] ?? source.length + 1) - 1);
    if (raw.trim() === '') {
      if ((chunks[chunks.length - 1] ?? []).length > 0) chunks.push([]);
      continue;
    }
    const indent = /^(?: {4}|\t)/.exec(raw)?.[0].length ?? 0;
    chunks[chunks.length - 1]?.push({ line, indent, text: raw.slice(indent) });
  }
  return chunks.filter((chunk) => chunk.length > 0);
}

/** The chunk read as one paragraph, its positions those of the file. */
function paragraphOf(chunk: SourceLine[], starts: number[]): Paragraph | undefined {
  const tree = inline.parse(chunk.map((line) => line.text).join('\n'));
  const only = tree.children.length === 1 ? tree.children[0] : undefined;
  if (only?.type !== 'paragraph') return undefined;
  const place = (point: Point): Point => {
    const at = chunk[point.line - 1] ?? chunk[chunk.length - 1];
    const line = at?.line ?? point.line;
    const column = point.column + (at?.indent ?? 0);
    return { line, column, offset: (starts[line] ?? 0) + column - 1 };
  };
  const shift = (node: { position?: { start: Point; end: Point } | undefined; children?: unknown }): void => {
    if (node.position) node.position = { start: place(node.position.start), end: place(node.position.end) };
    if (Array.isArray(node.children)) for (const child of node.children) shift(child as typeof node);
  };
  shift(only);
  return only;
}

const opensWithMarker = (paragraph: Paragraph): boolean => {
  const stripped = stripLeadingMarker(paragraph).node;
  return stripped.children[0]?.type === 'text' && outlineMarker(inlineText(stripped)) !== undefined;
};

/** Replaces, in place, every top-level indented code block that is an outline's items by those items. */
export function expandOutlineCode(root: Root, source: string): void {
  if (!root.children.some((node) => isIndentedCode(node, source))) return;
  const starts = lineStarts(source);
  const children: RootContent[] = [];
  for (let index = 0; index < root.children.length; index++) {
    const node = root.children[index] as RootContent;
    if (!isIndentedCode(node, source)) {
      children.push(node);
      continue;
    }
    const chunks = chunksOf(node, source, starts);
    const next = root.children[index + 1];
    const lazy =
      next?.type === 'paragraph' && next.position && next.position.start.line === (node.position?.end.line ?? 0) + 1;
    const lastChunk = chunks[chunks.length - 1];
    if (lazy && lastChunk && next.position) {
      for (let line = next.position.start.line; line <= next.position.end.line; line++) {
        const raw = source.slice(starts[line] ?? 0, (starts[line + 1] ?? source.length + 1) - 1);
        lastChunk.push({ line, indent: 0, text: raw });
      }
    }
    const paragraphs = chunks.map((chunk) => paragraphOf(chunk, starts));
    if (paragraphs.length === 0 || !paragraphs.every((p): p is Paragraph => p !== undefined && opensWithMarker(p))) {
      children.push(node);
      continue;
    }
    children.push(...paragraphs);
    if (lazy) index++;
  }
  root.children = children;
}
