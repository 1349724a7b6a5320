// A faster Markdown reader, for documents of every size: markdown-it's tokens turned into the same mdast, with the same
// block positions, that unified + remark-parse + remark-gfm + remark-frontmatter build — about ten times faster on
// a civil code. Whatever it cannot reproduce exactly makes it return undefined, and the caller uses remark.
//
// The one difference in what it returns: inline nodes carry no positions, except the texts `{#id}` markers are read
// from (a paragraph's first text when it starts with `{#`, a heading's last when it ends with a marker), and those
// of a top-level block that holds a GFM autolink literal (www., http://, e-mail) in text, which remark reads again
// on its own (literals.ts).
// Documents it hands to remark (tests/parse/fast.integration.test.ts keeps the list honest):
// - in the source: carriage returns, a byte order mark, any `~` (GFM strikethrough), a `---` first line without a
//   closing fence, link reference definitions, task list items, nesting over 90 levels;
// - tabs but where both readers take them alike (tabs.ts): as indentation, after a list marker, inside text of
//   paragraphs, headings, lists and tables; a tab on a line of code, HTML, a quote or a footnote goes to remark;
// - an autolink literal in a top-level block right after another one (no blank line between them) or after one that
//   ends in code, or in a block with a footnote call;
// - footnote definitions inside lists or quotes, or opening with a list or quote; empty footnote definitions;
// - fenced code and HTML blocks left open to the end of their container; code spans, inline HTML and link
//   destinations or titles across lines;
// - a handful of places where micromark's lazy lines and container ends differ from markdown-it's: lists and notes
//   ending inside quotes or notes, indented code right after a list, HTML or table lines on lazy lines, quote
//   markers indented four or more, lazy lines indented four or more after list paragraphs (see inspect.ts,
//   guards.ts and blocks.ts for each);
// - `{#id}` markers in texts whose place in the source cannot be verified.
import type { Root, RootContent } from 'mdast';
import type { Env, MarkdownIt, StateCore } from 'markdown-it';
import { BlockReader } from './blocks.js';
import type { ReadContext } from './context.js';
import type { FootnoteEnv } from './footnotes.js';
import { createEngine } from './engine.js';
import { splitFrontmatter } from './frontmatter.js';
import { checkSource, checkTokens, checkTree } from './guards.js';
import { LineIndex } from './lines.js';
import { type RemarkReader, rereadBlocksWithLiterals } from './literals.js';
import { footnoteLabels, pieceStarts, sameLabels } from './pieces.js';
import { Unsupported } from './unsupported.js';

let engine: MarkdownIt | undefined;

type CoreRule = (state: StateCore) => void;

/**
 * The mdast tree of `source` (already free of BOM and CR), or undefined when remark must read it; `read` is how
 * remark reads the blocks with addresses (as clausemark reads them before: only to verify old approvals).
 */
export function parseMarkdownFast(source: string, read?: RemarkReader): Root | undefined {
  try {
    return readTree(source, read);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Like parseMarkdownFast, but says what made it give up (for tests and benchmarks). */
export function explainFastPath(source: string): string | undefined {
  try {
    readTree(source);
    return undefined;
  } catch (error) {
    if (error instanceof Unsupported) return error.construct;
    throw error;
  }
}

function readTree(source: string, read?: RemarkReader): Root {
  checkSource(source);
  const lines = new LineIndex(source);
  const { node: yaml, body } = splitFrontmatter(source, lines);
  engine ??= createEngine();
  const children = readBody(engine, body, { source, lines }, pieceStarts(body, lines));
  if (yaml) children.unshift(yaml);
  const root: Root = { type: 'root', children, position: { start: lines.point(0), end: lines.point(source.length) } };
  checkTree(root);
  rereadBlocksWithLiterals(root, source, lines, read);
  return root;
}

/** markdown-it's core rules as `md.parse` runs them, split around the `block` rule (which pieces run themselves). */
function coreRules(md: MarkdownIt): { before: CoreRule[]; after: CoreRule[] } {
  const rules = md.core.ruler.__rules__.filter((rule) => rule.enabled);
  const block = rules.findIndex((rule) => rule.name === 'block');
  if (block === -1) throw new Error('markdown-it has no block rule');
  return { before: rules.slice(0, block).map((rule) => rule.fn), after: rules.slice(block + 1).map((rule) => rule.fn) };
}

/**
 * The blocks of `body` (the source with its frontmatter blanked out) as markdown-it's `parse` reads them, piece by
 * piece from each of `starts` on (pieces.ts), each piece's tokens turned into mdast before the next is read.
 */
function readBody(
  md: MarkdownIt,
  body: string,
  place: Pick<ReadContext, 'source' | 'lines'>,
  starts: number[],
): RootContent[] {
  const env: Env & FootnoteEnv = {};
  if (starts.length > 0) env.announcedFootnotes = footnoteLabels(body, place.lines);
  const core = new md.core.State(body, md, env);
  const { before, after } = coreRules(md);
  for (const rule of before) rule(core);
  const context: ReadContext = { ...place, md, env };
  const state = new md.block.State(core.src, md, env, []);
  const bounds = [0, ...starts, state.lineMax];
  const children: RootContent[] = [];
  for (let piece = 0; piece + 1 < bounds.length; piece++) {
    core.tokens = state.tokens = [];
    // As markdown-it's block parser: an empty text has no tokens at all.
    if (core.src) md.block.tokenize(state, bounds[piece] ?? 0, bounds[piece + 1] ?? 0);
    for (const rule of after) rule(core);
    checkTokens(core.tokens, env);
    children.push(...new BlockReader(core.tokens, context).readDocument());
  }
  // Calls were resolved against the definitions announced; read again whole when those were not the ones read.
  if (env.announcedFootnotes && !sameLabels(env.announcedFootnotes, env.gfmFootnotes))
    return readBody(md, body, place, []);
  return children;
}
