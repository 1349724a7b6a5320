// GFM autolink literals (www., http(s)://, mailto:, xmpp:, e-mail addresses) in text, which remark-gfm links and
// markdown-it does not: each block at the top of the document that holds one is read again by remark, on its own.
// A top-level block's lines are all CommonMark reads it from (no container is open at its first line, and its
// range is where remark's tree ends it too), so remark builds the same block from them alone, positions moved by
// where the lines stand; the one exception, a footnote call whose definition stands elsewhere, goes to remark
// whole, and so does a block remark reads otherwise on its own (its kind or its place differ). A civil code holds
// a web address or two in a thousand blocks: the rest of it keeps the fast path.
import type { Nodes, Root, RootContent } from 'mdast';
import type { LineIndex, Point } from './lines.js';
import { readWithRemark } from '../reference-reading.js';
import { unsupported } from './unsupported.js';

/** What a literal needs somewhere in a text (coarse: a false alarm only costs a remark read of the block). */
const AUTOLINK_LITERAL = /www\.|https?:\/\/|mailto:|xmpp:|[A-Za-z0-9.+_-]@/i;
const WWW_DOT = /ww\./i;

/**
 * Whether AUTOLINK_LITERAL matches `text`, asked only of a text holding a `:`, an `@` or a `ww.`, one of which each
 * of its forms has: the pattern alone is tried at every character, and on a civil code, whose escapes make every
 * text worth a look, it took 4.8-5.4 ms a parse cold (this 2.3-4.5; looking for each form's `:`, `.` or `@` by hand,
 * 6.7-9.0).
 */
function holdsLiteralText(text: string): boolean {
  return (text.includes(':') || text.includes('@') || WWW_DOT.test(text)) && AUTOLINK_LITERAL.test(text);
}

/** Whether the three characters before `at` are each `w` or `W`. */
function afterWww(source: string, at: number): boolean {
  return (
    (source.charCodeAt(at - 3) | 0x20) === 0x77 &&
    (source.charCodeAt(at - 2) | 0x20) === 0x77 &&
    (source.charCodeAt(at - 1) | 0x20) === 0x77
  );
}

/**
 * Whether `source` holds `www.`, `http://`, `https://`, `mailto:` or `xmpp:` in any case. Each has a `.` or a `:`,
 * so only the few of those are looked around: a regular expression runs interpreted the first time, and four of
 * them over a whole civil code cost more than reading it (12 ms).
 */
function holdsLiteralStart(source: string): boolean {
  for (let at = source.indexOf(':'); at !== -1; at = source.indexOf(':', at + 1)) {
    const before = source.slice(Math.max(0, at - 6), at).toLowerCase();
    if (before.endsWith('mailto') || before.endsWith('xmpp')) return true;
    if ((before.endsWith('http') || before.endsWith('https')) && source.startsWith('//', at + 1)) return true;
  }
  // `www.` in any case ends in one of these four: most documents have none, and then no `.` needs looking at.
  if (!['ww.', 'wW.', 'Ww.', 'WW.'].some((end) => source.includes(end))) return false;
  for (let at = source.indexOf('.', 3); at !== -1; at = source.indexOf('.', at + 1))
    if (afterWww(source, at)) return true;
  return false;
}

/**
 * An escape or a character reference, which may stand for a literal's `.`, `:`, `/`, `@` (or a `w`): remark-gfm links
 * the text as decoded, so `www\.x.nl` and `a&#64;b.nl` are links too (the import writer escapes such dots).
 */
const ESCAPE_OR_REFERENCE = /\\[.:/@+_-]|&[#A-Za-z]/;

/** Whether AUTOLINK_LITERAL may match a text decoded from `source` (the texts themselves are looked at next). */
function mayHoldAutolinkLiteral(source: string): boolean {
  return (
    holdsLiteralStart(source) ||
    (source.includes('@') && /[A-Za-z0-9.+_-]@/.test(source)) ||
    ((source.includes('\\') || source.includes('&')) && ESCAPE_OR_REFERENCE.test(source))
  );
}

/** Whether a text under `node` (outside links: link text is never linked again) may hold a literal. */
function holdsLiteral(node: Nodes): boolean {
  if (node.type === 'text') return holdsLiteralText(node.value);
  if (node.type === 'link' || !('children' in node)) return false;
  for (const child of node.children as Nodes[]) if (holdsLiteral(child)) return true;
  return false;
}

const samePoint = (one: Point | undefined, other: Point | undefined): boolean =>
  one?.line === other?.line && one?.column === other?.column && one?.offset === other?.offset;

/** Moves every position under `node` down by `lines` lines and on by `offset` characters (columns stay). */
function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    for (const point of [position.start, position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, lines, offset);
}

/** remark's reading of the top-level block `node`, from its lines alone. */
function rereadBlock(node: RootContent, source: string, lines: LineIndex, read: RemarkReader): RootContent {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end) return unsupported('a block without a position');
  const from = lines.starts[start.line - 1] ?? 0;
  const to = Math.min(lines.lineEnd(end.line - 1) + 1, source.length);
  const text = source.slice(from, to);
  // A footnote call resolves against definitions elsewhere in the document (a definition's own label aside).
  const own = node.type === 'footnoteDefinition' ? text.indexOf('[^') + 2 : 0;
  if (text.includes('[^', own)) unsupported('autolink literals beside a footnote call');
  const tree = read(text);
  const [block] = tree.children;
  if (block) shift(block, start.line - 1, from);
  if (
    tree.children.length !== 1 ||
    block?.type !== node.type ||
    !samePoint(block.position?.start, start) ||
    !samePoint(block.position?.end, end)
  )
    unsupported('autolink literals in a block remark reads otherwise on its own');
  return block;
}

/** The last block at the end of `node` (itself when it holds no blocks). */
function lastBlock(node: Nodes): Nodes {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' || !('children' in node))
    return node;
  const last = (node.children as Nodes[])[node.children.length - 1];
  return last ? lastBlock(last) : node;
}

/**
 * Whether remark starts reading at the block at `index` as it would on its own: micromark lets a list start on a
 * line only if it may interrupt (`1.` or a bullet, with content) while a paragraph is open there, or an indented code
 * block even across blank lines, also when the list is inside a container opened on that line. So a block that may
 * open a container must come first, or after a blank line and after a block that does not end in code; a paragraph
 * or heading opens none (one right after a heading is the common case: `## Vragen` over the text with an address).
 */
function startsAfresh(root: Root, index: number, lines: LineIndex, source: string): boolean {
  const previous = root.children[index - 1];
  const type = root.children[index]?.type;
  if (!previous || previous.type === 'yaml' || type === 'paragraph' || type === 'heading') return true;
  const line = (root.children[index]?.position?.start.line ?? 1) - 2;
  const blank = line >= 0 && /^[ \t]*$/.test(source.slice(lines.starts[line], lines.lineEnd(line)));
  return blank && lastBlock(previous).type !== 'code';
}

/** How remark reads a text: as every parse does, or as clausemark did before (reference-reading.ts). */
export type RemarkReader = (text: string) => Root;

/** Replaces each top-level block that may hold an autolink literal with remark's reading of it. */
export function rereadBlocksWithLiterals(
  root: Root,
  source: string,
  lines: LineIndex,
  read: RemarkReader = readWithRemark,
): void {
  // Most long documents have no literal at all: then no text needs looking at.
  if (!mayHoldAutolinkLiteral(source)) return;
  root.children.forEach((child, index) => {
    if (!holdsLiteral(child)) return;
    if (!startsAfresh(root, index, lines, source)) unsupported('autolink literals in a block that follows another');
    root.children[index] = rereadBlock(child, source, lines, read);
  });
}
