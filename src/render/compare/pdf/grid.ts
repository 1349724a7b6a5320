// A table of short cells for the comparison: fixed column widths, a background per cell (the matrix's colours, the
// heat map), text wrapped in each cell, rows kept whole, and the header row repeated at the top of every page it
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

export function drawGrid(context: CompareContext, spec: GridSpec, x: number, parent: StructElement): void {
  const { painter, frame } = context;
  const { doc, tagger, theme } = painter;
  const gap = spec.gap ?? 1;
  const width = gridWidth(spec);
  const header = layoutRow(context, spec, spec.header, true);
  const rows = spec.rows.map((row) => layoutRow(context, spec, row, false));
  const lefts = spec.widths.map((_, column) => x + spec.widths.slice(0, column).reduce((sum, value) => sum + value, 0));
  const table = tagger.element('Table', parent);

  const drawRow = (
    cells: GridCell[],
    laid: LaidRow,
    elements: StructElement[] | undefined,
    isHeader: boolean,
  ): void => {
    const top = frame.y;
    tagger.artifact(() => {
      cells.forEach((cell, column) => {
        if (!cell.fill) return;
        // A hairline of white between cells keeps neighbouring colours apart.
        doc
          .rect(
            lefts[column]! + (column > 0 ? gap / 2 : 0),
            top + gap / 2,
            spec.widths[column]! - (column > 0 ? gap / 2 : 0) - (column < cells.length - 1 ? gap / 2 : 0),
            laid.height - gap,
          )
          .fill(cell.fill);
      });
      const bottom = top + laid.height;
      if (isHeader)
        doc
          .moveTo(x, bottom)
          .lineTo(x + width, bottom)
          .lineWidth(0.8)
          .stroke(theme.colours.primary);
      else
        doc
          .moveTo(x, bottom)
          .lineTo(x + width, bottom)
          .lineWidth(0.4)
          .stroke(theme.colours.rule);
    });
    laid.cells.forEach((lines, column) => {
      const cell = cells[column];
      const colour = cell?.colour ?? (isHeader ? theme.colours.primary : theme.colours.text);
      const paint = (): void => {
        lines.forEach((line, index) =>
          paintLine(painter, line, lefts[column]! + spec.padX, top + spec.padY + index * spec.leading, spec.leading, {
            text: colour,
            link: colour,
          }),
        );
      };
      tagger.tagged(elements?.[column], paint);
    });
    frame.y += laid.height;
  };

  // The header goes with the first row.
  frame.ensure(header.height + (rows[0]?.height ?? 0));
  const headerRow = tagger.element('TR', table);
  const headerCells = spec.widths.map(() =>
    tagger.element('TH', headerRow, { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions),
  );
  drawRow(spec.header, header, headerCells, true);
  spec.rows.forEach((cells, index) => {
    const laid = rows[index]!;
    if (laid.height > frame.room + 0.01) {
      frame.newPage();
      drawRow(spec.header, header, undefined, true);
    }
    const tr = tagger.element('TR', table);
    const elements = spec.widths.map((_, column) =>
      column < (spec.rowHeaders ?? 0)
        ? tagger.element('TH', tr, { scope: 'Row' } as PDFKit.Mixins.StructureElementOptions)
        : tagger.element('TD', tr),
    );
    drawRow(cells, laid, elements, false);
  });
}
