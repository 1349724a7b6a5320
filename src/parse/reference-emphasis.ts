// Emphasis as CommonMark resolves it, in the blocks remark read. micromark weighs a delimiter run's "multiple of
// three" rule by what is left of a run after an earlier match, where the spec (and cmark, markdown-it) weigh the run
// as written: `a***b* c*` is `a*<em><em>b</em> c</em>` by the spec and `a**<em>b</em> c*` by micromark. That can
// only happen at a run of two or more delimiters that may both open and close, or at a delimiter beside a character
// outside the BMP (an emoji), which micromark does not see as punctuation; a block holding one that remark read
// is read again by the fast path (markdown-it, the reference's answer), and its inline content taken where it
// differs. A block the fast path declines keeps remark's reading (and so does one with a web or e-mail address,
// which the fast path itself hands to remark: fast/literals.ts).
import type { Heading, Nodes, Paragraph, Parent, Root } from 'mdast';
import { isDeepStrictEqual } from 'node:util';
import type { Point } from 'unist';
import { parseMarkdownFast } from './fast/index.js';

/** A run of two or more `*` between two characters that are not white space, or of `_` between punctuation. */
const BOTH_WAYS_RUN = /[^\s*]\*{2,}[^\s*]|[^\s\p{L}\p{N}_]_{2,}[^\s\p{L}\p{N}_]/u;

/**
 * A `*` or `_` beside a character outside the BMP. micromark judges such a character by its UTF-16 halves, neither
 * of which is punctuation, where the spec (and markdown-it) take the character: an emoji is a symbol, punctuation to
 * CommonMark, so `😀__b__` is `😀<strong>b</strong>` by the spec and text by micromark (found by the fmt property test).
 */
const ASTRAL_BESIDE_RUN = /[\u{10000}-\u{10FFFF}][*_]|[*_][\u{10000}-\u{10FFFF}]/u;

/** Whether remark may resolve emphasis in `text` otherwise than the spec (false: it cannot). */
export function mayResolveEmphasisDifferently(text: string): boolean {
  return BOTH_WAYS_RUN.test(text) || ASTRAL_BESIDE_RUN.test(text);
}

/** The paragraphs and headings of `tree` (read by remark, in part or whole) with the emphasis the spec gives them. */
export function resolveEmphasisAsReference(tree: Root, text: string): void {
  if (!mayResolveEmphasisDifferently(text)) return;
  visit(tree, true, text);
}

function visit(node: Nodes, topLevel: boolean, text: string): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    reread(node, topLevel, text);
    return;
  }
  if (!('children' in node)) return;
  for (const child of node.children as Nodes[]) visit(child, node.type === 'root', text);
}

function reread(block: Paragraph | Heading, topLevel: boolean, text: string): void {
  const start = block.position?.start;
  const end = block.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return;
  // Lines after the first inside a list or quote carry their container's markers: only a top-level block's lines
  // (or one line) are the block alone.
  if (!topLevel && start.line !== end.line) return;
  const raw = text.slice(start.offset, end.offset);
  // A `[` may open a reference or a footnote call whose definition stands elsewhere in the document: read alone, the
  // block would lose it, so such a block keeps remark's reading.
  if (!readByRemark(block) || !mayResolveEmphasisDifferently(raw) || raw.includes('[')) return;
  const tree = parseMarkdownFast(`${raw}\n`);
  const [again] = tree?.children ?? [];
  if (!tree || tree.children.length !== 1 || again?.type !== block.type) return;
  const children = (again as Parent).children as Nodes[];
  if (isDeepStrictEqual(children.map(withoutPositions), block.children.map(withoutPositions))) return;
  for (const child of children) moveTo(child, start);
  block.children = children as never;
}

/**
 * Whether remark read the block: it places every inline node, the fast path none but the texts `{#id}` markers are
 * read from (fast/index.ts).
 */
function readByRemark(block: Paragraph | Heading): boolean {
  return block.children.some(
    (child) =>
      child.position && !(child.type === 'text' && (child.value.startsWith('{#') || child.value.includes('{#'))),
  );
}

function withoutPositions(node: Nodes): unknown {
  const { position: _, ...rest } = node as Nodes & { children?: Nodes[] };
  return 'children' in rest && rest.children ? { ...rest, children: rest.children.map(withoutPositions) } : rest;
}

/** Positions read from the block's own text, moved to where the block stands. */
function moveTo(node: Nodes, start: Point): void {
  const position = node.position;
  if (position) {
    for (const point of [position.start, position.end]) {
      if (point.line === 1) point.column += start.column - 1;
      point.line += start.line - 1;
      if (point.offset !== undefined) point.offset += start.offset ?? 0;
    }
  }
  if ('children' in node) for (const child of node.children as Nodes[]) moveTo(child, start);
}
