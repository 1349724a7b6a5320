// remark's reading held to the reference one (CommonMark 0.31.2, cmark-gfm) where micromark departs from it, so a
// text reads the same whether the fast path (fast/) or remark reads it — and so does its approval hash. Each repair
// is made on remark's finished tree, from the source, and only where the departure can be seen:
// - an indented code block keeps no blank lines at its end, also not whitespace-only ones indented past the block
//   (micromark kept `\n\n  ` of `    code\n\n      `);
// - a link title in parentheses holds no unescaped `(` (micromark read `[a](u ((t))` as a link titled `(t`);
// - an e-mail address is found in text after emphasis is read, as cmark-gfm finds it (micromark linked
//   `_jan_@school.nl` whole, where cmark-gfm reads emphasis and no address).
// The emphasis micromark resolves otherwise (`a***b* c*`) is read again in parse/index.ts, where the fast path is.
// The reading before these repairs (`readAsBefore`) is kept to verify approvals recorded under it (legacy-readings.ts).
import type { Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { processor } from './remark.js';

/** remark's reading of `text` as every parse uses it: micromark's, repaired where it departs from the reference. */
export function readWithRemark(text: string): Root {
  const tree = processor.parse(text);
  repairReading(tree, text);
  return tree;
}

/** remark's reading as clausemark took it before the repairs (only to verify what was approved under it). */
export function readAsBefore(text: string): Root {
  return processor.parse(text);
}

/** What may need a repair; a text with none of these is left as remark read it (the common case). */
const MAY_DEPART = /\n[ \t]+(?:\n|$)|\)[ \t]*\)|_[^\s@]*@/;

/** Whether remark's reading of `text` before the repairs may differ from it (false: it is the same). */
export function mayReadDifferently(text: string): boolean {
  return MAY_DEPART.test(text);
}

function repairReading(tree: Root, text: string): void {
  if (!MAY_DEPART.test(text)) return;
  visitParents(tree, (parent) => {
    let changed = false;
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index] as Nodes;
      if (node.type === 'code') trimTrailingBlankLines(node, text);
      if (node.type !== 'link') continue;
      const replacement = invalidParenTitle(node, text) ?? addressAfterEmphasis(node, text);
      if (!replacement) continue;
      (parent.children as Nodes[]).splice(index, 1, ...replacement);
      index += replacement.length - 1;
      changed = true;
    }
    if (changed) mergeAdjacentTexts(parent);
  });
}

function visitParents(node: Nodes, visit: (parent: Parent) => void): void {
  if (!('children' in node)) return;
  visit(node as Parent);
  for (const child of node.children as Nodes[]) visitParents(child, visit);
}

/** Indented code's trailing whitespace-only lines are blank lines, which CommonMark leaves out of the block. */
function trimTrailingBlankLines(node: Extract<Nodes, { type: 'code' }>, text: string): void {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || node.lang !== null) return;
  const opening = text.slice(start.offset ?? 0, (start.offset ?? 0) + 8).trimStart();
  if (opening.startsWith('```') || opening.startsWith('~~~')) return;
  const value = node.value.replace(/(?:\n[ \t]*)+$/, '');
  if (value === node.value) return;
  const lastLine = start.line + (value.match(/\n/g)?.length ?? 0);
  const lineStart = lineStartOffset(text, lastLine);
  const newline = text.indexOf('\n', lineStart);
  const offset = newline === -1 ? text.length : newline;
  node.value = value;
  node.position = { start, end: { line: lastLine, column: offset - lineStart + 1, offset } };
}

function lineStartOffset(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

/** The source of an inline node written on one line, or undefined. */
function oneLineSource(node: Nodes, text: string): { raw: string; from: number } | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined || start.line !== end.line) return undefined;
  return { raw: text.slice(start.offset, end.offset), from: start.offset };
}

/** remark's inline reading of one line of text (what a paragraph of it holds), inline positions left out. */
function readInline(line: string): PhrasingContent[] | undefined {
  const tree = readWithRemark(line);
  const [paragraph] = tree.children;
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph') return undefined;
  return paragraph.children.map(withoutPositions) as PhrasingContent[];
}

function withoutPositions(node: Nodes): Nodes {
  const copy = { ...node } as Nodes;
  delete copy.position;
  if ('children' in copy) (copy as Parent).children = (copy as Parent).children.map(withoutPositions) as never;
  return copy;
}

/**
 * `[text](destination (title))` whose parenthesised title holds an unescaped `(` is no link by CommonMark (micromark
 * takes it): the same line read with the `(` after `]` escaped, which is the reference's text.
 */
function invalidParenTitle(node: Link, text: string): Nodes[] | undefined {
  if (node.title === null || node.title === undefined || !node.title.includes('(')) return undefined;
  const source = oneLineSource(node, text);
  if (!source || !/\)[ \t]*\)$/.test(source.raw)) return undefined;
  const last = node.children[node.children.length - 1];
  const labelEnd = (last?.position?.end.offset ?? source.from + 1) - source.from;
  if (!source.raw.startsWith('](', labelEnd)) return undefined;
  const titleOpen = titleStart(source.raw, labelEnd + 2);
  if (titleOpen === undefined || source.raw[titleOpen] !== '(') return undefined;
  const content = source.raw.slice(titleOpen + 1, source.raw.replace(/[ \t]*\)$/, '').length - 1);
  if (!/(?:^|[^\\])(?:\\\\)*\(/.test(content)) return undefined;
  return readInline(`${source.raw.slice(0, labelEnd + 1)}\\${source.raw.slice(labelEnd + 1)}`);
}

/** Where a link's title starts, after its destination (from `at`, just past `](`). */
function titleStart(raw: string, at: number): number | undefined {
  let index = at;
  while (raw[index] === ' ' || raw[index] === '\t') index++;
  if (raw[index] === '<') {
    index++;
    while (index < raw.length && raw[index] !== '>') index += raw[index] === '\\' ? 2 : 1;
    index++;
  } else while (index < raw.length && raw[index] !== ' ' && raw[index] !== '\t') index++;
  while (raw[index] === ' ' || raw[index] === '\t') index++;
  return index < raw.length ? index : undefined;
}

/**
 * An e-mail address micromark linked as written, whose `_` cmark-gfm reads as emphasis first: the address read
 * again after the emphasis, as cmark-gfm does (the `@` escaped, so remark's address linking finds it in text).
 */
function addressAfterEmphasis(node: Link, text: string): Nodes[] | undefined {
  const [label] = node.children;
  if (node.children.length !== 1 || label?.type !== 'text' || !label.value.includes('_')) return undefined;
  if (node.url !== `mailto:${label.value}`) return undefined;
  const source = oneLineSource(node, text);
  if (!source || source.raw !== label.value) return undefined;
  const at = source.raw.lastIndexOf('@');
  const read = readInline(`${source.raw.slice(0, at)}\\${source.raw.slice(at)}`);
  // Where the reading is still the one address, remark's own node (with its positions) stays.
  if (!read || (read.length === 1 && read[0]?.type === 'link')) return undefined;
  return read;
}

/** Neighbouring texts as one (as a parse leaves them), placed where both were placed. */
function mergeAdjacentTexts(parent: Parent): void {
  const merged: Nodes[] = [];
  for (const node of parent.children as Nodes[]) {
    const previous = merged[merged.length - 1];
    if (previous?.type === 'text' && node.type === 'text') {
      const start = previous.position?.start;
      const end = node.position?.end;
      const joined = { type: 'text' as const, value: previous.value + node.value };
      merged[merged.length - 1] = start && end ? { ...joined, position: { start, end } } : joined;
    } else merged.push(node);
  }
  parent.children = merged as never;
}
