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
  type ITableRowOptions,
  type ParagraphChild,
} from 'docx';
import type { BlockContent, List, Nodes, PhrasingContent } from 'mdast';
import { contentColumnWidths } from '../shared/column-widths.js';
import { LINE_BREAK, toRuns, type InlineContext, type Run } from '../shared/inline.js';
import type { Measure } from '../shared/measure.js';
import { PLAIN, wordRuns, type InlineStyle, type RunMark } from './inline.js';
import { twips } from './styles.js';

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
  /** A table cell's padding as the PDF's (theme.table padX, padY), in points. */
  tablePad: { x: number; y: number };
  /** The PDF's space between two blocks of a clause, in points. */
  blockGap: number;
}

/** What the first paragraph of a clause gets: its numbering, its bookmark, the paragraph-mark revision. */
export interface Lead {
  paragraph: Partial<IParagraphOptions>;
  bookmark?: string;
  /** Runs before the block's own (a footnote's number). */
  label?: ParagraphChild[];
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

export function runsOf(
  context: BlockContext,
  nodes: readonly PhrasingContent[],
  base: Run['style'] = {},
): ParagraphChild[] {
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

/** A cell with the given runs: a tinted header cell, or a body cell; its paragraph's mark tracked as its runs are. */
export function cellOf(context: BlockContext, children: ParagraphChild[], options: CellOptions): TableCell {
  return new TableCell({
    children: [new Paragraph({ children, spacing: { after: 0 }, ...markRun(context.mark) })],
    width: { size: options.width, type: WidthType.DXA },
    ...(options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.merge ? { verticalMerge: options.merge } : {}),
    ...(options.header ? { shading: { fill: context.tableTint, type: 'clear', color: 'auto' } } : {}),
  });
}

function cell(context: BlockContext, nodes: readonly PhrasingContent[], options: CellOptions): TableCell {
  const text = options.merge === 'continue' ? [] : nodes;
  return cellOf(context, runsOf(context, text, options.header ? { bold: true } : {}), options);
}

/** A row inserted or deleted whole is marked so too: accepting or rejecting the change takes the row away. */
export function rowMark(mark: RunMark): Partial<Pick<ITableRowOptions, 'insertion' | 'deletion'>> {
  if (mark.kind === 'plain') return {};
  const change = { id: mark.revision.next(), author: mark.revision.author, date: mark.revision.date };
  return mark.kind === 'insert' ? { insertion: change } : { deletion: change };
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
export function twipColumns(
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
    pad: context.tablePad.x * 2,
    longestWordShare: 0.5,
  });
  const widths = points.map((value) => Math.round(value * 20));
  // Rounding must not make the columns wider or narrower than the table.
  widths[widths.length - 1]! += width - widths.reduce((sum, value) => sum + value, 0);
  return widths;
}

export interface WordTableOptions {
  /** Share of the text width, in percent (default all of it). */
  percent?: number;
  /** Twips from the margin to the table's left edge (a clause's text indent); the table fills the width after it. */
  indent?: number;
  /** A document's table: repeated text is one merged cell (see spannedRow). */
  joinRepeats?: boolean;
}

/** A table with a bold, tinted header row that repeats on every page. */
export function wordTable(
  context: BlockContext,
  headerCells: readonly (readonly PhrasingContent[])[],
  rows: readonly (readonly (readonly PhrasingContent[])[])[],
  columns: number,
  options: WordTableOptions = {},
): Table {
  const { percent = 100, joinRepeats = false, indent = 0 } = options;
  const grid = rows.map((row) => spannedRow(row, columns, joinRepeats));
  const tableWidth = Math.round(((context.textWidth - indent) * percent) / 100);
  const columnWidths = twipColumns(context, headerCells, rows, columns, tableWidth, joinRepeats);
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
  const header = spannedRow(headerCells, columns, joinRepeats).map((entry) =>
    cell(context, entry.nodes, { header: true, span: entry.span, width: widthOf(entry) }),
  );
  const body = grid.map((row, rowIndex) => row.map((entry) => bodyCell(rowIndex, entry)));
  return tableOf(context, { width: tableWidth, columns: columnWidths, indent }, [header, ...body]);
}

/**
 * A table of rows of cells, as wide as `size.width` in columns of `size.columns` (twips), `size.indent` from the
 * margin: ruled, its cells padded as the PDF's, its first row the header repeated on every page, no body row split
 * across pages. Every row carries the context's mark (a table
 * inserted or deleted whole); `marks` gives a row a mark of its own (a row a revision added or removed).
 */
export function tableOf(
  context: BlockContext,
  size: { width: number; columns: number[]; indent?: number },
  rows: readonly TableCell[][],
  marks: readonly (RunMark | undefined)[] = [],
): Table {
  const rule = { style: BorderStyle.SINGLE, size: 4, color: context.tableRule };
  const pad = { x: twips(context.tablePad.x), y: twips(context.tablePad.y) };
  return new Table({
    width: { size: size.width, type: WidthType.DXA },
    columnWidths: size.columns,
    layout: TableLayoutType.FIXED,
    margins: { top: pad.y, bottom: pad.y, left: pad.x, right: pad.x },
    ...(size.indent ? { indent: { size: size.indent, type: WidthType.DXA } } : {}),
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: rows.map(
      (children, index) =>
        new TableRow({
          ...(index === 0 ? { tableHeader: true } : { cantSplit: true }),
          ...rowMark(marks[index] ?? context.mark),
          children,
        }),
    ),
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

/** A code block's lines as runs in the code face, each line after the first on a line of its own. */
export function codeRuns(value: string): Run[] {
  return value
    .split('\n')
    .flatMap((line, index) => [
      ...(index > 0 ? [{ text: LINE_BREAK, style: {} }] : []),
      { text: line, style: { code: true } },
    ]);
}

/** One paragraph of a block: the lead's options and label on the first, the mark on its runs and its mark. */
export function blockParagraph(
  context: BlockContext,
  children: ParagraphChild[],
  options: Partial<IParagraphOptions>,
  lead: Lead | undefined,
): Paragraph {
  return paragraphFrom(
    [...(lead?.label ?? []), ...children],
    { ...(lead ? lead.paragraph : options), ...markRun(context.mark) },
    lead?.bookmark,
  );
}

/** Twips from the margin to a clause's text after its number: where its tables start, as in the PDF. */
export function textIndent(options: Partial<IParagraphOptions>): number {
  const left = options.indent?.left;
  return typeof left === 'number' ? left : 0;
}

/** `options` with `after` twips of space below the paragraph. */
function spaceBelow<T extends Partial<IParagraphOptions>>(options: T, after: number): T {
  return { ...options, spacing: { ...options.spacing, after } };
}

/**
 * A clause's blocks in order, `lead` on the first. Word sets no space above a table, so a paragraph right before one
 * carries the PDF's gap between two blocks below it; without it the table touches the text it follows.
 */
export function contentBlocks(
  context: BlockContext,
  content: readonly (BlockContent | Nodes)[],
  rest: Partial<IParagraphOptions>,
  lead?: Lead,
): WordBlock[] {
  const gap = twips(context.blockGap);
  return content.flatMap((block, index) => {
    const first = index === 0 ? lead : undefined;
    const single = block.type === 'paragraph' || block.type === 'heading' || block.type === 'code';
    if (!single || content[index + 1]?.type !== 'table') return wordBlocks(context, block, rest, first);
    const spaced = first ? { ...first, paragraph: spaceBelow(first.paragraph, gap) } : undefined;
    return wordBlocks(context, block, spaceBelow(rest, gap), spaced);
  });
}

/** One block as Word content; `lead` goes on its first paragraph (a paragraph is made for it if the block has none). */
export function wordBlocks(
  context: BlockContext,
  block: BlockContent | Nodes,
  rest: Partial<IParagraphOptions>,
  lead?: Lead,
): WordBlock[] {
  const withLead = (blocks: WordBlock[]): WordBlock[] =>
    lead ? [blockParagraph(context, [], rest, lead), ...blocks] : blocks;
  // Set ragged as the PDF sets them: a heading inside a clause, and code, which keeps the author's spacing.
  const ragged = { alignment: 'left' as const };
  switch (block.type) {
    case 'paragraph':
      return [blockParagraph(context, runsOf(context, block.children), rest, lead)];
    case 'heading': {
      const options = lead ? { ...lead, paragraph: { ...lead.paragraph, ...ragged } } : undefined;
      return [
        blockParagraph(context, runsOf(context, block.children, { bold: true }), { ...rest, ...ragged }, options),
      ];
    }
    case 'table': {
      const [head, ...body] = block.children;
      const columns = Math.max(...block.children.map((row) => row.children.length), 1);
      const cells = (row: typeof head): PhrasingContent[][] => (row ? row.children.map((entry) => entry.children) : []);
      const indent = textIndent(rest);
      return withLead([wordTable(context, cells(head), body.map(cells), columns, { joinRepeats: true, indent })]);
    }
    case 'code': {
      const options = lead ? { ...lead, paragraph: { ...lead.paragraph, ...ragged } } : undefined;
      return [
        blockParagraph(
          context,
          wordRuns(codeRuns(block.value), context.style, context.mark),
          { ...rest, ...ragged },
          options,
        ),
      ];
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
          ...markRun(context.mark),
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: context.tableRule, space: 1 } },
        }),
      ]);
    default:
      return withLead([]);
  }
}

export { PLAIN };
