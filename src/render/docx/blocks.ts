// Block content of a clause (paragraphs, tables, code, quotes, plain lists) → Word paragraphs and tables. The first
// paragraph of a clause carries what the caller gives it (numbering, the clause's bookmark); the rest are indented
// like the text after the clause's number.
import {
  Bookmark,
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { BlockContent, List, Nodes, PhrasingContent } from 'mdast';
import { contentColumnWidths } from '../shared/column-widths.js';
import { toRuns, type InlineContext, type Run } from '../shared/inline.js';
import type { Measure } from '../shared/measure.js';
import { PLAIN, wordRuns, type InlineStyle, type RunMark } from './inline.js';

export type WordBlock = FileChild;

export interface BlockContext {
  inline: InlineContext;
  style: InlineStyle;
  /** Table header fill and rule colour (RRGGBB). */
  tableTint: string;
  tableRule: string;
  mark: RunMark;
  /** Widths of the brand's fonts, to size table columns from their content as the PDF does. */
  measure: Measure;
  /** Font size of table text in points, and the text width in twips. */
  tableSize: number;
  textWidth: number;
}

/** Word's default cell margin left and right (108 twips each), in points. */
const CELL_PAD = (108 * 2) / 20;

/** What the first paragraph of a clause gets: its numbering, its bookmark, the paragraph-mark revision. */
export interface Lead {
  paragraph: Partial<IParagraphOptions>;
  bookmark?: string;
}

export function paragraphFrom(
  children: ParagraphChild[],
  options: Partial<IParagraphOptions>,
  bookmark?: string,
): Paragraph {
  const content = bookmark ? [new Bookmark({ id: bookmark, children })] : children;
  return new Paragraph({ ...options, children: content });
}

/** A paragraph's mark as tracked too, so accepting a deleted clause leaves no empty paragraph behind. */
export function markRun(mark: RunMark): Partial<IParagraphOptions> {
  if (mark.kind === 'plain') return {};
  const change = { id: mark.revision.next(), author: mark.revision.author, date: mark.revision.date };
  return { run: mark.kind === 'insert' ? { insertion: change } : { deletion: change } };
}

function runsOf(context: BlockContext, nodes: readonly PhrasingContent[], base: Run['style'] = {}): ParagraphChild[] {
  return wordRuns(toRuns(nodes, context.inline, base), context.style, context.mark);
}

interface CellOptions {
  header: boolean;
  span: number;
  /** Part of a cell merged down from the row above (the import repeats a merged cell's text in every cell it covers). */
  merge?: 'restart' | 'continue';
  /** Width in twips of the columns the cell covers. */
  width: number;
}

function cell(context: BlockContext, nodes: readonly PhrasingContent[], options: CellOptions): TableCell {
  const text = options.merge === 'continue' ? [] : nodes;
  return new TableCell({
    children: [
      new Paragraph({ children: runsOf(context, text, options.header ? { bold: true } : {}), spacing: { after: 0 } }),
    ],
    width: { size: options.width, type: WidthType.DXA },
    ...(options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.merge ? { verticalMerge: options.merge } : {}),
    ...(options.header ? { shading: { fill: context.tableTint, type: 'clear', color: 'auto' } } : {}),
  });
}

/** A cell of the grid after merging: where it starts, how many columns it covers, and what it holds. */
interface GridCell {
  column: number;
  span: number;
  nodes: readonly PhrasingContent[];
  key: string;
}

/** The identity of a cell's content (without source positions), so repeated text is recognised as the same cell. */
function contentKey(nodes: readonly PhrasingContent[]): string {
  return JSON.stringify(nodes, (name, value) => (name === 'position' ? undefined : value));
}

/** Whether a cell shows no text: empty cells (a signature to be written) are never one merged cell. */
function isBlank(nodes: readonly PhrasingContent[]): boolean {
  return nodes.every((node) =>
    'value' in node ? node.value.trim() === '' : 'children' in node ? isBlank(node.children) : false,
  );
}

/**
 * A row's cells, padded to the column count. With `joinRepeats` (tables from a document, where import repeats a
 * merged cell's text in every cell it covers) runs of the same non-blank text become one spanning cell; tables
 * clausemark makes from data (approvals, a diff's summary) keep every cell, since equal values there are not merged.
 */
function spannedRow(row: readonly (readonly PhrasingContent[])[], columns: number, joinRepeats: boolean): GridCell[] {
  const out: GridCell[] = [];
  for (let column = 0; column < columns; column++) {
    const nodes = row[column] ?? [];
    const key = isBlank(nodes) ? `blank:${column}` : contentKey(nodes);
    const previous = out[out.length - 1];
    if (joinRepeats && previous && previous.key === key) previous.span++;
    else out.push({ column, span: 1, nodes, key });
  }
  return out;
}

/** Column widths in twips from the cells' content, as the PDF's table layout sizes them; they add up to `width`. */
function twipColumns(
  context: BlockContext,
  header: readonly (readonly PhrasingContent[])[],
  rows: readonly (readonly (readonly PhrasingContent[])[])[],
  columns: number,
  width: number,
  joinRepeats: boolean,
): number[] {
  // A cell spanning columns has all their room; it does not make each of them as wide as its text.
  const runs = (row: readonly (readonly PhrasingContent[])[], base: Run['style']): Run[][] =>
    spannedRow(row, columns, joinRepeats).flatMap((entry) =>
      Array.from({ length: entry.span }, () => (entry.span > 1 ? [] : toRuns(entry.nodes, context.inline, base))),
    );
  const points = contentColumnWidths([runs(header, { bold: true }), ...rows.map((row) => runs(row, {}))], {
    count: columns,
    width: width / 20,
    measure: context.measure,
    size: context.tableSize,
    pad: CELL_PAD,
    longestWordShare: 0.5,
  });
  const twips = points.map((value) => Math.round(value * 20));
  // Rounding must not make the columns wider or narrower than the table.
  twips[twips.length - 1]! += width - twips.reduce((sum, value) => sum + value, 0);
  return twips;
}

export interface WordTableOptions {
  /** Share of the text width, in percent (default all of it). */
  percent?: number;
  /** A document's table: repeated text is one merged cell (see spannedRow). */
  joinRepeats?: boolean;
}

/** A table with a bold, tinted header row that repeats on every page. */
export function wordTable(
  context: BlockContext,
  header: readonly (readonly PhrasingContent[])[],
  rows: readonly (readonly (readonly PhrasingContent[])[])[],
  columns: number,
  options: WordTableOptions = {},
): Table {
  const { percent = 100, joinRepeats = false } = options;
  const rule = { style: BorderStyle.SINGLE, size: 4, color: context.tableRule };
  const grid = rows.map((row) => spannedRow(row, columns, joinRepeats));
  const tableWidth = Math.round((context.textWidth * percent) / 100);
  const columnWidths = twipColumns(context, header, rows, columns, tableWidth, joinRepeats);
  const widthOf = (entry: GridCell): number =>
    columnWidths.slice(entry.column, entry.column + entry.span).reduce((sum, value) => sum + value, 0);
  // A body cell with the same text, columns and span as the one above it is the same merged cell, printed once.
  const same = (a: GridCell | undefined, b: GridCell): boolean =>
    joinRepeats && a !== undefined && !b.key.startsWith('blank:') && a.key === b.key && a.span === b.span;
  const above = (rowIndex: number, entry: GridCell): GridCell | undefined =>
    grid[rowIndex - 1]?.find((other) => other.column === entry.column);
  const below = (rowIndex: number, entry: GridCell): GridCell | undefined =>
    grid[rowIndex + 1]?.find((other) => other.column === entry.column);
  const bodyCell = (rowIndex: number, entry: GridCell): TableCell => {
    const continues = same(above(rowIndex, entry), entry);
    const next = below(rowIndex, entry);
    const restarts = !continues && next !== undefined && same(entry, next);
    const merge = continues ? 'continue' : restarts ? 'restart' : undefined;
    return cell(context, entry.nodes, {
      header: false,
      span: entry.span,
      width: widthOf(entry),
      ...(merge ? { merge } : {}),
    });
  };
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: [
      new TableRow({
        tableHeader: true,
        children: spannedRow(header, columns, joinRepeats).map((entry) =>
          cell(context, entry.nodes, { header: true, span: entry.span, width: widthOf(entry) }),
        ),
      }),
      ...grid.map(
        (row, rowIndex) => new TableRow({ cantSplit: true, children: row.map((entry) => bodyCell(rowIndex, entry)) }),
      ),
    ],
  });
}

/** A Markdown list as paragraphs with a hanging indent, each item's first paragraph led by its number or bullet. */
function listBlocks(context: BlockContext, block: List, rest: Partial<IParagraphOptions>): WordBlock[] {
  return block.children.flatMap((item, index) => {
    const label = block.ordered ? `${(block.start ?? 1) + index}.\t` : '•\t';
    return item.children.flatMap((child, childIndex) => {
      const blocks = wordBlocks(context, child, {
        ...rest,
        indent: { left: 851, hanging: childIndex === 0 ? 284 : 0 },
      });
      const first = blocks[0];
      if (childIndex === 0 && first instanceof Paragraph) first.addRunToFront(new TextRun(label));
      return blocks;
    });
  });
}

/** One block as Word content; `lead` goes on its first paragraph (a paragraph is made for it if the block has none). */
export function wordBlocks(
  context: BlockContext,
  block: BlockContent | Nodes,
  rest: Partial<IParagraphOptions>,
  lead?: Lead,
): WordBlock[] {
  const leadOptions = lead ? lead.paragraph : rest;
  const withLead = (blocks: WordBlock[]): WordBlock[] =>
    lead ? [paragraphFrom([], { ...leadOptions, ...markRun(context.mark) }, lead.bookmark), ...blocks] : blocks;
  switch (block.type) {
    case 'paragraph':
      return [
        paragraphFrom(runsOf(context, block.children), { ...leadOptions, ...markRun(context.mark) }, lead?.bookmark),
      ];
    case 'heading':
      return [
        paragraphFrom(
          runsOf(context, block.children, { bold: true }),
          { ...leadOptions, ...markRun(context.mark) },
          lead?.bookmark,
        ),
      ];
    case 'table': {
      const [head, ...body] = block.children;
      const columns = Math.max(...block.children.map((row) => row.children.length), 1);
      const cells = (row: typeof head): PhrasingContent[][] => (row ? row.children.map((entry) => entry.children) : []);
      return withLead([wordTable(context, cells(head), body.map(cells), columns, { joinRepeats: true })]);
    }
    case 'code': {
      const lines = block.value.split('\n');
      const children: ParagraphChild[] = lines.map(
        (line, index) => new TextRun({ text: line, font: context.style.code, ...(index > 0 ? { break: 1 } : {}) }),
      );
      return [paragraphFrom(children, { ...leadOptions, ...markRun(context.mark) }, lead?.bookmark)];
    }
    case 'blockquote': {
      const inner = block.children.flatMap((child, index) =>
        wordBlocks(context, child, { ...rest, indent: { left: 567 } }, index === 0 ? lead : undefined),
      );
      return inner.length > 0 ? inner : withLead([]);
    }
    case 'list':
      return withLead(listBlocks(context, block, rest));
    case 'thematicBreak':
      return withLead([
        new Paragraph({
          ...rest,
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: context.tableRule, space: 1 } },
        }),
      ]);
    default:
      return withLead([]);
  }
}

export { PLAIN };
