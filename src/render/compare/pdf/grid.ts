// A table of short cells for the comparison: fixed column widths, a background per cell (the matrix's colours, the
// overview), text wrapped in each cell, rows kept whole, and the header row repeated at the top of every page it
// continues on (pdfkit's tables do not). Tagged Table > TR > TH/TD; a repeated header is a pagination artifact,
// so a screen reader meets it once.
import type { Run } from '../../shared/inline.js';
import type { Align, SetLine } from '../../engine/linebreak.js';
import { layoutText, paintLine } from '../../engine/paint.js';
import type { StructElement } from '../../engine/tagging.js';
import type { CompareContext } from './context.js';

export interface GridCell {
  runs: Run[];
  fill?: string;
  /** Text colour (default: the theme's text colour; the header's: primary). */
  colour?: string;
  align?: Align;
}

export interface GridSpec {
  /** Column widths in points. */
  widths: number[];
  header: GridCell[];
  rows: GridCell[][];
  size: number;
  leading: number;
  padX: number;
  padY: number;
  /** Body cells of these columns are row headers (TH, scope Row). */
  rowHeaders?: number;
  /** Width of the white rule between coloured cells. */
  gap?: number;
}

interface LaidRow {
  cells: SetLine[][];
  height: number;
}

function layoutRow(context: CompareContext, spec: GridSpec, cells: GridCell[], header: boolean): LaidRow {
  const laid = spec.widths.map((width, column) => {
    const cell = cells[column];
    if (!cell || cell.runs.length === 0) return [];
    const set = {
      size: spec.size,
      leading: spec.leading,
      align: cell.align ?? 'left',
      ...(header ? { base: { bold: true } } : {}),
    };
    return layoutText(
      context.painter,
      cell.runs,
      context.lang ? { ...set, hyphenate: context.lang } : set,
      Math.max(width - spec.padX * 2, 4),
    );
  });
  const lines = Math.max(1, ...laid.map((cell) => cell.length));
  return { cells: laid, height: lines * spec.leading + spec.padY * 2 };
}

function gridWidth(spec: GridSpec): number {
  return spec.widths.reduce((sum, width) => sum + width, 0);
}

/** Height of the whole grid when it fits on one page. */
export function gridHeight(context: CompareContext, spec: GridSpec): number {
  return [spec.header, ...spec.rows].reduce(
    (sum, row, index) => sum + layoutRow(context, spec, row, index === 0).height,
    0,
  );
}

/** Height of the header and the first row: what a heading above the grid is kept with. */
export function gridLeadHeight(context: CompareContext, spec: GridSpec): number {
  const first = spec.rows[0];
  return (
    layoutRow(context, spec, spec.header, true).height + (first ? layoutRow(context, spec, first, false).height : 0)
  );
}

/** Where the grid sits across the page: its left edge, its width, each column's left edge, the rule between cells. */
interface Placement {
  x: number;
  width: number;
  lefts: number[];
  gap: number;
}

export function drawGrid(context: CompareContext, spec: GridSpec, x: number, parent: StructElement): void {
  const { painter, frame } = context;
  const { tagger } = painter;
  const at: Placement = {
    x,
    width: gridWidth(spec),
    lefts: spec.widths.map((_, column) => x + spec.widths.slice(0, column).reduce((sum, value) => sum + value, 0)),
    gap: spec.gap ?? 1,
  };
  const header = layoutRow(context, spec, spec.header, true);
  const rows = spec.rows.map((row) => layoutRow(context, spec, row, false));
  const table = tagger.element('Table', parent);

  // The header goes with the first row.
  frame.ensure(header.height + (rows[0]?.height ?? 0));
  const headerRow = tagger.element('TR', table);
  const headerCells = spec.widths.map(() =>
    tagger.element('TH', headerRow, { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions),
  );
  drawRow(context, spec, at, spec.header, header, headerCells, true);
  spec.rows.forEach((cells, index) => {
    const laid = rows[index]!;
    if (laid.height > frame.room + 0.01) {
      frame.newPage();
      drawRow(context, spec, at, spec.header, header, undefined, true);
    }
    const tr = tagger.element('TR', table);
    const elements = spec.widths.map((_, column) =>
      column < (spec.rowHeaders ?? 0)
        ? tagger.element('TH', tr, { scope: 'Row' } as PDFKit.Mixins.StructureElementOptions)
        : tagger.element('TD', tr),
    );
    drawRow(context, spec, at, cells, laid, elements, false);
  });
}

/** One row at the frame's position: backgrounds and rule as an artifact, each cell's text in its element. */
function drawRow(
  context: CompareContext,
  spec: GridSpec,
  at: Placement,
  cells: GridCell[],
  laid: LaidRow,
  elements: StructElement[] | undefined,
  isHeader: boolean,
): void {
  const { painter, frame } = context;
  const { tagger, theme } = painter;
  const top = frame.y;
  tagger.artifact(() => paintRowBackground(context, spec, at, cells, top, laid.height, isHeader));
  laid.cells.forEach((lines, column) => {
    const cell = cells[column];
    const colour = cell?.colour ?? (isHeader ? theme.colours.primary : theme.colours.text);
    const paint = (): void => {
      lines.forEach((line, index) =>
        paintLine(painter, line, at.lefts[column]! + spec.padX, top + spec.padY + index * spec.leading, spec.leading, {
          text: colour,
          link: colour,
        }),
      );
    };
    tagger.tagged(elements?.[column], paint);
  });
  frame.y += laid.height;
}

/** The cells' fills, parted by a hairline of white, and the rule under the row (heavier under the header). */
function paintRowBackground(
  context: CompareContext,
  spec: GridSpec,
  at: Placement,
  cells: GridCell[],
  top: number,
  height: number,
  isHeader: boolean,
): void {
  const { doc, theme } = context.painter;
  const { gap } = at;
  cells.forEach((cell, column) => {
    if (!cell.fill) return;
    // A hairline of white between cells keeps neighbouring colours apart.
    doc
      .rect(
        at.lefts[column]! + (column > 0 ? gap / 2 : 0),
        top + gap / 2,
        spec.widths[column]! - (column > 0 ? gap / 2 : 0) - (column < cells.length - 1 ? gap / 2 : 0),
        height - gap,
      )
      .fill(cell.fill);
  });
  const bottom = top + height;
  if (isHeader)
    doc
      .moveTo(at.x, bottom)
      .lineTo(at.x + at.width, bottom)
      .lineWidth(0.8)
      .stroke(theme.colours.primary);
  else
    doc
      .moveTo(at.x, bottom)
      .lineTo(at.x + at.width, bottom)
      .lineWidth(0.4)
      .stroke(theme.colours.rule);
}
