// Real tables: columns sized to their content, cells wrapped and hyphenated, rows that break across pages with the
// header row repeated on every page (pdfkit's own tables do not repeat it). Tagged Table > TR > TH/TD; a repeated
// header is a pagination artifact, so a screen reader meets it once.
import type { FlowContext, Lead } from './context.js';
import type { Run } from '../shared/inline.js';
import type { Align, SetLine, SetStyle } from './linebreak.js';
import { contentColumnWidths } from '../shared/column-widths.js';
import { layoutText, paintLine, type LineColours } from './paint.js';
import type { StructElement } from './tagging.js';

export interface TableSpec {
  /** Identity for caching the layout (the mdast node, or any object). */
  key: object;
  header: Run[][];
  rows: Run[][][];
  align: Align[];
  /** Relative column widths; measured from the content when absent. */
  widths?: number[];
  /** Least widths in points for measured columns (a signature column has no content but needs room). */
  minWidths?: number[];
  /** Least height of a body row (room for a signature). */
  minRowHeight?: number;
  /** Body rows set in the muted colour (rows still to be filled in). */
  mutedRows?: ReadonlySet<number>;
  /** Body rows whose empty cells get a line to write on (signature rows on paper). */
  writeOnRows?: ReadonlySet<number>;
  /** A body cell's background colour, by row and column (a state matrix: the words say it, the colour repeats it). */
  fills?: readonly (readonly (string | undefined)[])[];
}

interface LaidRow {
  cells: SetLine[][];
  height: number;
}

interface TableLayout {
  columns: number[];
  header: LaidRow;
  rows: LaidRow[];
}

function cellSettings(context: FlowContext, align: Align, header: boolean): SetStyle {
  const { theme } = context.painter;
  const set: SetStyle = { size: theme.table.size, leading: theme.table.leading, align };
  if (context.lang) set.hyphenate = context.lang;
  if (header) set.base = { bold: true };
  return set;
}

function columnCount(spec: TableSpec): number {
  return Math.max(spec.header.length, ...spec.rows.map((row) => row.length), 1);
}

/** Column widths: content widths scaled to fill the table, never below each column's longest word if possible. */
function columnWidths(context: FlowContext, spec: TableSpec, width: number): number[] {
  const count = columnCount(spec);
  if (spec.widths && spec.widths.length === count) {
    const total = spec.widths.reduce((sum, value) => sum + value, 0);
    return spec.widths.map((value) => (value / total) * width);
  }
  const { theme } = context.painter;
  return contentColumnWidths([spec.header, ...spec.rows], {
    count,
    width,
    measure: context.painter.measure,
    size: theme.table.size,
    pad: theme.table.padX * 2,
    ...(spec.minWidths ? { minWidths: spec.minWidths } : {}),
  });
}

function layoutRow(context: FlowContext, spec: TableSpec, cells: Run[][], columns: number[], header: boolean): LaidRow {
  const { theme } = context.painter;
  const laid = columns.map((columnWidth, index) => {
    const runs = cells[index] ?? [];
    const set = cellSettings(context, spec.align[index] ?? 'left', header);
    return layoutText(context.painter, runs, set, Math.max(columnWidth - theme.table.padX * 2, 4));
  });
  const lines = Math.max(1, ...laid.map((cell) => cell.length));
  const height = Math.max(lines * theme.table.leading + theme.table.padY * 2, header ? 0 : (spec.minRowHeight ?? 0));
  return { cells: laid, height };
}

function layoutTable(context: FlowContext, spec: TableSpec, width: number): TableLayout {
  const cached = context.layouts.get(spec.key);
  if (cached && cached.width === width && cached.size === -1) return cached.layout as TableLayout;
  const columns = columnWidths(context, spec, width);
  const layout: TableLayout = {
    columns,
    header: layoutRow(context, spec, spec.header, columns, true),
    rows: spec.rows.map((row) => layoutRow(context, spec, row, columns, false)),
  };
  // size -1 marks a table layout (the key is the table node, never a paragraph's).
  context.layouts.set(spec.key, { width, size: -1, layout });
  return layout;
}

/** Header plus the first body row (or its first lines): kept together, and with a heading before the table. */
export function tableLeadHeight(context: FlowContext, spec: TableSpec, width: number): number {
  const layout = layoutTable(context, spec, width);
  const { theme } = context.painter;
  const first = layout.rows[0];
  const firstHeight = first ? Math.min(first.height, theme.table.padY * 2 + theme.table.leading * 3) : 0;
  return layout.header.height + firstHeight;
}

interface RowPart {
  /** First line to draw of each cell. */
  from: number[];
  /** Number of lines of each cell drawn in this part. */
  count: number;
  height: number;
}

/** What every step of drawing one table shares: where it stands, its layout, and the colours of its rows. */
interface TableDraw {
  context: FlowContext;
  spec: TableSpec;
  layout: TableLayout;
  x: number;
  width: number;
  colours: LineColours;
  headerColours: LineColours;
  mutedColours: LineColours;
}

function cellX(draw: TableDraw, column: number): number {
  return draw.x + draw.layout.columns.slice(0, column).reduce((sum, value) => sum + value, 0);
}

/** The lines of a row's cells that fall in one part, each cell under its own tag. */
function drawCells(
  draw: TableDraw,
  row: LaidRow,
  part: RowPart,
  top: number,
  cellElements: StructElement[] | undefined,
  rowColours: LineColours,
): void {
  const { painter } = draw.context;
  const { padX, padY, leading } = painter.theme.table;
  row.cells.forEach((lines, column) => {
    const slice = lines.slice(part.from[column]!, part.from[column]! + part.count);
    const paint = (): void => {
      slice.forEach((line, index) =>
        paintLine(painter, line, cellX(draw, column) + padX, top + padY + index * leading, leading, rowColours),
      );
    };
    painter.tagger.tagged(cellElements?.[column], paint);
  });
}

/** The header row on its tint; a repeated one (after a page break) is drawn untagged. */
function drawHeader(draw: TableDraw, repeated: boolean, elements?: StructElement[]): void {
  const { painter, frame } = draw.context;
  const { tagger, theme, doc } = painter;
  const { layout, x, width } = draw;
  const top = frame.y;
  const height = layout.header.height;
  tagger.artifact(() => {
    doc.rect(x, top, width, height).fill(theme.colours.tint);
    doc
      .moveTo(x, top + height)
      .lineTo(x + width, top + height)
      .lineWidth(0.8)
      .stroke(theme.colours.primary);
  });
  const part: RowPart = { from: layout.header.cells.map(() => 0), count: Infinity, height };
  drawCells(draw, layout.header, part, top, repeated ? undefined : elements, draw.headerColours);
  frame.y += height;
}

/** The rule under a row's part and, on the last part of a write-on row, a line in each empty cell to sign on. */
function drawRowRules(draw: TableDraw, row: LaidRow, top: number, height: number, writeOn: boolean): void {
  const { tagger, theme, doc } = draw.context.painter;
  const { padX, padY } = theme.table;
  const { layout, x, width } = draw;
  tagger.artifact(() => {
    doc
      .moveTo(x, top + height)
      .lineTo(x + width, top + height)
      .lineWidth(0.4)
      .stroke(theme.colours.rule);
    if (!writeOn) return;
    row.cells.forEach((lines, column) => {
      if (lines.length > 0) return;
      const left = cellX(draw, column) + padX;
      const right = cellX(draw, column) + layout.columns[column]! - padX;
      const y = top + height - padY - 3;
      doc.moveTo(left, y).lineTo(right, y).lineWidth(0.6).stroke(theme.colours.muted);
    });
  });
}

/** The background of a row's filled cells (decoration: the cell's words say its state). */
function drawFills(draw: TableDraw, rowIndex: number, top: number, height: number): void {
  const fills = draw.spec.fills?.[rowIndex];
  if (!fills?.some(Boolean)) return;
  const { tagger, doc } = draw.context.painter;
  tagger.artifact(() => {
    fills.forEach((colour, column) => {
      if (colour) doc.rect(cellX(draw, column), top, draw.layout.columns[column]!, height).fill(colour);
    });
  });
}

/** One body row: whole on this page or the next, or split over pages when it is taller than a page. */
function drawRow(draw: TableDraw, table: StructElement, row: LaidRow, rowIndex: number, pageCapacity: number): void {
  const { context, spec } = draw;
  const { frame, painter } = context;
  const { tagger } = painter;
  const { padY, leading } = painter.theme.table;
  const tr = tagger.element('TR', table);
  const cells = row.cells.map(() => tagger.element('TD', tr));
  const rowColours = spec.mutedRows?.has(rowIndex) ? draw.mutedColours : draw.colours;
  const lineCount = Math.max(1, ...row.cells.map((cell) => cell.length));
  const from = row.cells.map(() => 0);
  let drawn = 0;
  while (drawn < lineCount || drawn === 0) {
    const remainingLines = lineCount - drawn;
    const remainingHeight = Math.max(remainingLines * leading + padY * 2, drawn === 0 ? row.height : 0);
    let count = remainingLines;
    let height = remainingHeight;
    if (remainingHeight > frame.room + 0.01) {
      const fitLines = Math.floor((frame.room - padY * 2 + 0.01) / leading);
      // A row that fits on a fresh page moves there whole; only rows taller than a page are split.
      if (remainingHeight <= pageCapacity || fitLines < 2) {
        frame.newPage();
        drawHeader(draw, true);
        continue;
      }
      count = fitLines;
      height = frame.room;
    }
    const top = frame.y;
    const part: RowPart = { from: from.map(() => drawn), count, height };
    drawFills(draw, rowIndex, top, height);
    drawCells(draw, row, part, top, cells, rowColours);
    const writeOn = spec.writeOnRows?.has(rowIndex) === true && drawn + count >= lineCount;
    drawRowRules(draw, row, top, height, writeOn);
    frame.y += height;
    drawn += count;
    if (drawn < lineCount) {
      frame.newPage();
      drawHeader(draw, true);
    }
  }
}

export function drawTable(
  context: FlowContext,
  spec: TableSpec,
  x: number,
  width: number,
  parent: StructElement,
  lead?: Lead,
): void {
  const { painter, frame } = context;
  const { tagger, theme } = painter;
  const layout = layoutTable(context, spec, width);
  const table = tagger.element('Table', parent);
  const draw: TableDraw = {
    context,
    spec,
    layout,
    x,
    width,
    colours: { text: theme.colours.text, link: theme.colours.accent },
    headerColours: { text: theme.colours.primary, link: theme.colours.accent },
    mutedColours: { text: theme.colours.muted, link: theme.colours.accent },
  };

  // Keep the header with the first row; the lead (a clause label, a destination) goes with the header.
  frame.ensure(tableLeadHeight(context, spec, width));
  lead?.(frame.y);
  const headerRow = tagger.element('TR', table);
  const headerCells = layout.header.cells.map(() =>
    tagger.element('TH', headerRow, { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions),
  );
  drawHeader(draw, false, headerCells);

  const pageCapacity = frame.bottom - frame.top - layout.header.height;
  layout.rows.forEach((row, rowIndex) => drawRow(draw, table, row, rowIndex, pageCapacity));
}
