// Plain text of mdast blocks, as people read it: soft line breaks become spaces, table cells are separated, and a
// reference link written the original Markdown way (`[text] [4]`) is its link text (spaced-reference-links.ts).
import type { BlockContent, Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { htmlBlockText } from '../text/html-text.js';
import { withSpacedReferenceLinks } from './spaced-reference-links.js';
import { isWhiteSpace } from '../text/white-space.js';

/** Hard line breaks read as a space; mdast-util-to-string would glue the words on either side together. */
function withBreaksAsSpaces(node: Nodes): Nodes {
  if (node.type === 'break') return { type: 'text', value: ' ' };
  if (!('children' in node)) return node;
  return { ...node, children: (node.children as Nodes[]).map(withBreaksAsSpaces) } as Nodes;
}

function tableText(table: Table): string {
  return table.children.map((row) => row.children.map((cell) => inlineText(cell)).join(' | ')).join('\n');
}

/**
 * Whether a node holds what the two rewrites above change: a hard break or a reference link. Most paragraphs hold
 * neither, and copying every paragraph twice over was a good part of reading a civil code's clauses.
 */
function needsRewriting(node: Nodes): boolean {
  if (node.type === 'break' || node.type === 'linkReference') return true;
  return 'children' in node && (node.children as Nodes[]).some(needsRewriting);
}

/**
 * Each run of white space that holds a line break becomes one space, as replacing every match of the pattern
 * `\s*\n\s*` with a space does, without the pattern's retries at every space of a line (on a hard-wrapped civil
 * code the pattern took a tenth of reading the clauses). Runs without a line break are kept as they are.
 */
export function joinLines(text: string): string {
  let joined = '';
  let copied = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    let start = at;
    while (start > copied && isWhiteSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++;
    joined += `${text.slice(copied, start)} `;
    copied = end;
    at = text.indexOf('\n', end);
  }
  return copied === 0 ? text : joined + text.slice(copied);
}

export function inlineText(node: Nodes): string {
  const read = needsRewriting(node) ? withBreaksAsSpaces(withSpacedReferenceLinks(node)) : node;
  return joinLines(toString(read, { includeImageAlt: true, includeHtml: false })).trim();
}

export function blockText(block: BlockContent | Nodes): string {
  if (block.type === 'table') return tableText(block);
  if (block.type === 'code') return block.value;
  // Raw HTML counts with the text it shows (see html-text.ts); a comment or a bare tag shows none.
  if (block.type === 'html') return htmlBlockText(block.value);
  if (block.type === 'list' || block.type === 'blockquote' || block.type === 'listItem') {
    return block.children
      .map((child) => blockText(child as BlockContent))
      .filter(Boolean)
      .join('\n');
  }
  return inlineText(block);
}

export function blocksText(blocks: readonly BlockContent[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text.length > 0)
    .join('\n\n');
}
