// A Word table that lays out a text (layout-tables.ts): its cells' paragraphs, row by row, for the body reader to
// read as the document's own paragraphs. A table whose cells hold a table of their own, or whose cells merge down
// the rows, is read as a table: its reading order is the layout's, not one a text can keep.
import type { Element } from '@xmldom/xmldom';
import { laysOutText } from '../layout-tables.js';
import { child, children, descendants, printedParagraphText, wAttr } from './docx-parts.js';

/** A cell's paragraphs in order, those of its content controls included; undefined where it holds a table. */
function cellParagraphs(cell: Element): Element[] | undefined {
  const out: Element[] = [];
  for (const node of children(cell)) {
    const name = node.localName;
    if (name === 'p') out.push(node);
    else if (name === 'tbl') return undefined;
    else if (name === 'sdt' || name === 'customXml') {
      if (descendants(node, 'tbl').length > 0) return undefined;
      out.push(...descendants(node, 'p'));
    }
  }
  return out;
}

/** Whether a cell continues the one above it (merged down the rows). */
const mergedDown = (cell: Element): boolean => {
  const merge = child(child(cell, 'tcPr'), 'vMerge');
  return merge !== undefined && wAttr(merge, 'val') !== 'restart';
};

/** A table's paragraphs by row and cell, when it lays out a text; else undefined. */
export function layoutParagraphs(rows: readonly Element[]): Element[][][] | undefined {
  const read: Element[][][] = [];
  for (const row of rows) {
    const cells = children(row, 'tc');
    if (cells.some(mergedDown)) return undefined;
    const paragraphs = cells.map(cellParagraphs);
    if (paragraphs.some((cell) => cell === undefined)) return undefined;
    read.push(paragraphs as Element[][]);
  }
  const texts = read.map((row) => row.map((cell) => cell.map((p) => printedParagraphText(p)).join('\n')));
  return laysOutText(texts) ? read : undefined;
}
