// mdast → Markdown text in clausemark's house style. The frontmatter is never serialised: the author's YAML
// (comments, quoting, key order), or another tool's metadata (TOML, header lines, a licence comment), is copied from
// the source byte for byte.
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import { defaultHandlers } from 'mdast-util-to-markdown';
import type { Break, Heading, Html, Paragraph, Root, Text } from 'mdast';
import { type LineEnding, withLineEndings } from '../io/read.js';
import { findForeignMetadata } from '../parse/fence.js';
import { stripLeadingMarker, stripTrailingMarker } from '../parse/ids.js';
import { safeText } from './safe-text.js';

type Handler = NonNullable<NonNullable<Options['handlers']>['text']>;

const siblingsOf = (parent: Parameters<Handler>[1]): unknown[] =>
  parent && 'children' in parent ? (parent.children as unknown[]) : [];

/**
 * A hard break (`\` + line ending) before HTML that could open an HTML block: remark swaps that line ending for a
 * space to keep the HTML inline, leaving a stray backslash in the text (found by the property test). Four spaces
 * after the line ending keep the HTML inline instead: an HTML block may be indented by three spaces at most, and
 * the spaces after a hard break are not part of the text.
 */
const hardBreak: Handler = (node: Break, parent, state, info) => {
  const written = defaultHandlers.break(node, parent, state, info);
  const siblings = siblingsOf(parent);
  const next = siblings[siblings.indexOf(node) + 1] as { type?: string } | undefined;
  return written.endsWith('\n') && next?.type === 'html' ? `${written}    ` : written;
};

/**
 * HTML as written, minus the indentation of an indented HTML block (found by the property test): remark would write
 * those spaces after the container's own indentation, which can move the HTML into the list item above it.
 */
const htmlUnindented: Handler = (node: Html) => node.value.replace(/^[ \t]+/, '');

/**
 * A bullet (`- `, `+ `, `* `) at the start of a line inside a paragraph: remark leaves some unescaped (one before an
 * inline node such as `**vet**`, found by the property test), and written back it would start a list item, an
 * extra clause. A backslash keeps it text. `atLineStart`: the text itself starts a line (after a hard break).
 */
function escapeBulletsAtLineStart(text: string, atLineStart: boolean): string {
  return text.replace(
    /(^|\n)([ \t]*)([-+*])(?=[ \t]|$)/g,
    (match, lineStart: string, indent: string, bullet: string, offset: number) =>
      offset === 0 && lineStart === '' && !atLineStart ? match : `${lineStart}${indent}\\${bullet}`,
  );
}

/** Markers made only of characters that mean nothing to Markdown there can be written as they are. */
const isPlainMarker = (marker: string): boolean => /^[\s{}#a-z0-9.-]*$/.test(marker);

/**
 * Text, except that `{#id}` markers are written verbatim: the default escaping would turn `{#vw.doel}` into
 * `{#vw\.doel}` (GFM guards `w.` against `www.` autolinks), which reads back the same but no longer greps as the ID.
 */
const textWithMarkers: Handler = (node: Text, parent, state, info) => {
  const siblings = siblingsOf(parent);
  const index = siblings.indexOf(node);
  let value = node.value;
  let head = '';
  let tail = '';
  if (parent?.type === 'paragraph' && index === 0) {
    const rest = stripLeadingMarker({ type: 'paragraph', children: [node] } satisfies Paragraph).node.children[0];
    head = value.slice(0, value.length - (rest?.type === 'text' ? rest.value.length : 0));
  } else if (parent?.type === 'heading' && index === siblings.length - 1) {
    const kept = stripTrailingMarker({ type: 'heading', depth: 1, children: [node] } satisfies Heading).node
      .children[0];
    tail = value.slice(kept?.type === 'text' ? kept.value.length : 0);
  }
  if (!isPlainMarker(head + tail)) [head, tail] = ['', ''];
  value = value.slice(head.length, value.length - tail.length);
  const safe = safeText(state, value, {
    ...info,
    before: head === '' ? info.before : head.slice(-1),
    after: tail === '' ? info.after : tail.slice(0, 1),
    beforeNode: siblings[index - 1],
    afterNode: siblings[index + 1],
  } as typeof info);
  return head + escapeBulletsAtLineStart(safe, info.before === '\n') + tail;
};

/**
 * The house style. Each choice is the most common way to write it, or the one that cannot be misread:
 * - bullet '-' and ordered '.' with `incrementListMarker`: "1. 2. 3." as people type them in Dutch documents;
 *   `bulletOther` '*' is only used to keep two adjacent lists apart.
 * - listItemIndent 'one': `1. {#id} text` with sub-items indented to the text, as in docs/format.md.
 * - emphasis '_' and strong '*': `_cursief_` and `**vet**` cannot be confused with each other.
 * - rule '*': `***`, because `---` as a document's first block would read back as a frontmatter fence.
 * - fences true, setext false, closeAtx false: one way to write code and headings, and a heading's `{#id}` is
 *   then always the end of its line.
 * - resourceLink false: `<https://…>` autolinks stay autolinks.
 */
export const STRINGIFY_OPTIONS: Options = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  incrementListMarker: true,
  listItemIndent: 'one',
  emphasis: '_',
  strong: '*',
  rule: '*',
  ruleRepetition: 3,
  ruleSpaces: false,
  fences: true,
  fence: '`',
  setext: false,
  closeAtx: false,
  resourceLink: false,
  quote: '"',
  tightDefinitions: false,
  handlers: { text: textWithMarkers, break: hardBreak, html: htmlUnindented },
};

// remark-gfm and remark-frontmatter register how tables, footnotes and task items are written.
const processor = unified().use(remarkStringify, STRINGIFY_OPTIONS).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export interface Encoding {
  bom: boolean;
  eol: LineEnding;
}

/** Another tool's metadata block at the top of `source`, as written, without the line endings after it. */
export function metadataBlock(source: string): string {
  const block = findForeignMetadata(source);
  return block && !block.unclosed ? source.slice(0, block.bodyStart).replace(/\n+$/, '') : '';
}

/** The body in house style: everything but the frontmatter, which is never serialised. */
export function renderBody(tree: Root): string {
  return processor.stringify({ ...tree, children: tree.children.filter((node) => node.type !== 'yaml') });
}

/**
 * The whole file around a body written by renderBody(tree): the frontmatter block exactly as in `source` (\n line
 * endings), a blank line, the body; then the file's own BOM and line endings.
 */
export function documentAround(body: string, tree: Root, source: string, encoding: Encoding): string {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const frontmatter = yaml?.position?.end.offset !== undefined ? source.slice(0, yaml.position.end.offset) : '';
  const foreign = metadataBlock(source);
  if (foreign !== '') {
    const text = body === '' ? `${foreign}\n` : `${foreign}\n\n${body}`;
    return (encoding.bom ? '\uFEFF' : '') + withLineEndings(text, encoding.eol);
  }
  const text = frontmatter === '' ? body : body === '' ? `${frontmatter}\n` : `${frontmatter}\n\n${body}`;
  return (encoding.bom ? '\uFEFF' : '') + withLineEndings(text, encoding.eol);
}
