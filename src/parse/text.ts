// Plain text of mdast blocks, as people read it: soft line breaks become spaces, table cells are separated, and a
// reference link written the original Markdown way (`[text] [4]`) is its link text (spaced-reference-links.ts).
import type { BlockContent, Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { htmlBlockText } from '../text/html-text.js';
import { withSpacedReferenceLinks } from './spaced-reference-links.js';

/** Hard line breaks read as a space; mdast-util-to-string would glue the words on either side together. */
function withBreaksAsSpaces(node: Nodes): Nodes {
  if (node.type === 'break') return { type: 'text', value: ' ' };
  if (!('children' in node)) return node;
  return { ...node, children: (node.children as Nodes[]).map(withBreaksAsSpaces) } as Nodes;
}

function tableText(table: Table): string {
  return table.children.map((row) => row.children.map((cell) => inlineText(cell)).join(' | ')).join('\n');
}

export function inlineText(node: Nodes): string {
  return toString(withBreaksAsSpaces(withSpacedReferenceLinks(node)), { includeImageAlt: true, includeHtml: false })
    .replace(/\s*\n\s*/g, ' ')
    .trim();
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
