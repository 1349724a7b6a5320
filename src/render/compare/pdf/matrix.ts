// The provision matrix: one row per provision, one column per organisation. Each cell is coloured by how that
// document states the provision and also says it in a symbol and a word; the label links to the provision's texts.
import { drawHeading, drawParagraph, fragment, plain } from '../../engine/report-text.js';
import type { PlacedHeading } from '../../engine/outline.js';
import { LINE_BREAK, type Run } from '../../shared/inline.js';
import type { StructElement } from '../../engine/tagging.js';
import { cellKind, cellLook, documentName, provisionDestination, type CompareContext } from './context.js';
import { drawGrid, gridLeadHeight, type GridCell, type GridSpec } from './grid.js';
import { CELL_KINDS } from '../../shared/compare/cell-kind.js';
import { drawCellKey } from './legend.js';

const MATRIX_DESTINATION = 'compare:matrix';

const NUMBER_WIDTH = 28;
const MIN_LABEL_WIDTH = 220;
const MAX_COLUMN_WIDTH = 104;
/** Narrower organisation columns show the symbol alone (the key above the matrix names it). */
const WORDS_FROM_WIDTH = 66;
const KINDS = CELL_KINDS;

function matrixGrid(context: CompareContext): GridSpec {
  const { input, painter, frame } = context;
  const { alignment, texts } = input;
  const { theme } = painter;
  const keys = alignment.documents.map((document) => document.key);
  const column = Math.min(
    MAX_COLUMN_WIDTH,
    Math.max(28, (frame.width - NUMBER_WIDTH - MIN_LABEL_WIDTH) / Math.max(keys.length, 1)),
  );
  const label = frame.width - NUMBER_WIDTH - column * keys.length;
  const words = column >= WORDS_FROM_WIDTH;
  const header: GridCell[] = [{ runs: plain(context, '#') }, { runs: plain(context, texts.provision) }];
  for (const key of keys) {
    const runs: Run[] = [...fragment(context, documentName(input, key))];
    if (key === alignment.base)
      runs.push(
        { text: LINE_BREAK, style: {} },
        ...fragment(context, `(${texts.base})`, { bold: false, colour: theme.colours.muted }),
      );
    header.push({ runs });
  }
  const rows = alignment.provisions.map((provision, index): GridCell[] => {
    const link = { dest: provisionDestination(index) };
    const cells: GridCell[] = [
      { runs: plain(context, String(index + 1), { link }), colour: theme.colours.muted, align: 'right' },
      { runs: plain(context, provision.label, { link }) },
    ];
    for (const key of keys) {
      const kind = cellKind(provision, key);
      const look = cellLook(kind, theme, context.inline.covers);
      // A cell held by part of a clause says which part: "≠ afwijkend (zin 3)".
      const part = provision.members[key]?.[0]?.part;
      const which = part ? ` (${texts.part(part)})` : '';
      cells.push({
        runs: plain(context, words ? `${look.symbol} ${texts.cells[kind]}${which}` : `${look.symbol}${which}`),
        fill: look.fill,
        colour: look.text,
        ...(words ? {} : { align: 'center' as const }),
      });
    }
    return cells;
  });
  return {
    widths: [NUMBER_WIDTH, label, ...keys.map(() => column)],
    header,
    rows,
    size: 8.5,
    leading: 11.5,
    padX: 5,
    padY: 3.5,
    rowHeaders: 2,
    gap: 1.5,
  };
}

export function drawMatrix(context: CompareContext, parent: StructElement): PlacedHeading {
  const { frame, input } = context;
  const section = context.painter.tagger.element('Sect', parent);
  const spec = matrixGrid(context);
  const heading = drawHeading(
    context,
    MATRIX_DESTINATION,
    input.texts.provisions,
    1,
    section,
    40 + gridLeadHeight(context, spec),
  );
  drawCellKey(context, KINDS, section);
  drawParagraph(
    context,
    plain(context, input.texts.unmatchedNote),
    { size: 8.5, leading: 12, colour: context.painter.theme.colours.muted },
    frame.left,
    frame.width,
    section,
  );
  frame.y += 4;
  drawGrid(context, spec, frame.left, section);
  return heading;
}
