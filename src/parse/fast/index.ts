// A faster Markdown reader for large documents: markdown-it's tokens turned into the same mdast, with the same
// block positions, that unified + remark-parse + remark-gfm + remark-frontmatter build — about ten times faster on
// a civil code. Whatever it cannot reproduce exactly makes it return undefined, and the caller uses remark.
//
// The one difference in what it returns: inline nodes carry no positions, except the texts `{#id}` markers are read
// from (a paragraph's first text when it starts with `{#`, a heading's last when it ends with a marker).
// Documents it hands to remark (tests/parse/fast.integration.test.ts keeps the list honest):
// - in the source: tabs, carriage returns, a byte order mark, any `~` (GFM strikethrough), a `---` first line
//   without a closing fence, link reference definitions, GFM autolink literals (www., http://, e-mail) in text,
//   task list items, nesting over 90 levels;
// - footnote definitions inside lists or quotes, or opening with a list or quote; empty footnote definitions;
// - fenced code and HTML blocks left open to the end of their container; code spans, inline HTML and link
//   destinations or titles across lines;
// - a handful of places where micromark's lazy lines and container ends differ from markdown-it's: lists and notes
//   ending inside quotes or notes, indented code right after a list, HTML or table lines on lazy lines, quote
//   markers indented four or more, lazy lines indented four or more after list paragraphs (see inspect.ts,
//   guards.ts and blocks.ts for each);
// - `{#id}` markers in texts whose place in the source cannot be verified.
import type { Root, RootContent } from 'mdast';
import type { Env, MarkdownIt } from 'markdown-it';
import { BlockReader } from './blocks.js';
import { createEngine } from './engine.js';
import { splitFrontmatter } from './frontmatter.js';
import { checkSource, checkTokens, checkTree } from './guards.js';
import { LineIndex } from './lines.js';
import { Unsupported } from './unsupported.js';

let engine: MarkdownIt | undefined;

/** The mdast tree of `source` (already free of BOM and CR), or undefined when remark must read it. */
export function parseMarkdownFast(source: string): Root | undefined {
  try {
    return readTree(source);
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

function readTree(source: string): Root {
  checkSource(source);
  const lines = new LineIndex(source);
  const { node: yaml, body } = splitFrontmatter(source, lines);
  engine ??= createEngine();
  const env: Env = {};
  const tokens = engine.parse(body, env);
  checkTokens(tokens, env);
  const children: RootContent[] = new BlockReader(tokens, { source, lines, md: engine, env }).readDocument();
  if (yaml) children.unshift(yaml);
  const root: Root = { type: 'root', children, position: { start: lines.point(0), end: lines.point(source.length) } };
  checkTree(root, source);
  return root;
}
