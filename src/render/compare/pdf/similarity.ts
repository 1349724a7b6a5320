// The pairwise similarity of the documents as a heat map: darker is more alike, and every cell prints its number,
// so the colour only helps the eye. The diagonal (a document with itself) is grey.
import { drawHeading, drawParagraph, plain, type TextStyle } from '../../engine/report-text.js';
import type { PlacedHeading } from '../../engine/outline.js';
import type { StructElement } from '../../engine/tagging.js';
import { tint } from '../../shared/theme.js';
import { documentName, type CompareContext } from './context.js';
import { drawGrid, gridHeight, gridLeadHeight, type GridCell, type GridSpec } from './grid.js';

const SIMILARITY_DESTINATION = 'compare:similarity';

const NAME_WIDTH = 190;
const MAX_COLUMN_WIDTH = 92;
const NOTE: TextStyle = { size: 8.5, leading: 12 };
/** Above this similarity the cell is dark enough to need white text. */
const WHITE_TEXT_FROM = 0.55;

/** A fixed blue scale, from nearly white (0) to deep blue (1): brand colours are often greys or reds. */
const HEAT_FULL = '#1b4f80';

function heat(value: number): string {
  const clamped = Math.min(1, Math.max(0, value));
  return tint(HEAT_FULL, 0.93 - clamped * 0.93);
}

function similarityGrid(context: CompareContext): GridSpec {
  const { input, painter, frame } = context;
  const { alignment, texts } = input;
  const { theme } = painter;
  const keys = alignment.documents.map((document) => document.key);
  const column = Math.min(MAX_COLUMN_WIDTH, (frame.width - NAME_WIDTH) / Math.max(keys.length, 1));
  const header: GridCell[] = [
    { runs: [] },
    ...keys.map((key) => ({ runs: plain(context, documentName(input, key)), align: 'center' as const })),
  ];
  const rows = keys.map((row): GridCell[] => [
    { runs: plain(context, documentName(input, row), { bold: true }), colour: theme.colours.primary },
    ...keys.map((column): GridCell => {
      const value = alignment.similarity[row]?.[column] ?? 0;
      const runs = plain(context, texts.number(value));
      if (row === column) return { runs, fill: '#ececec', colour: theme.colours.muted, align: 'center' };
      return {
        runs,
        fill: heat(value),
        colour: value >= WHITE_TEXT_FROM ? '#ffffff' : theme.colours.text,
        align: 'center',
      };
    }),
  ]);
  return {
    widths: [NAME_WIDTH, ...keys.map(() => column)],
    header,
    rows,
    size: 9,
    leading: 12,
    padX: 5,
    padY: 4.5,
    rowHeaders: 1,
    gap: 2,
  };
}

export function drawSimilarity(context: CompareContext, parent: StructElement): PlacedHeading {
  const { frame, input, painter } = context;
  const section = painter.tagger.element('Sect', parent);
  const spec = similarityGrid(context);
  const heading = drawHeading(
    context,
    SIMILARITY_DESTINATION,
    input.texts.similarity,
    1,
    section,
    NOTE.leading * 2 + gridLeadHeight(context, spec),
  );
  drawParagraph(
    context,
    plain(context, input.texts.similarityNote),
    { ...NOTE, colour: painter.theme.colours.muted },
    frame.left,
    frame.width,
    section,
  );
  frame.y += 6;
  drawGrid(context, spec, frame.left, section);
  return heading;
}

/** Height of the whole section (heading, note, map), to decide whether it fits the first page. */
export function similarityHeight(context: CompareContext): number {
  const heading = context.painter.theme.headings[0]!;
  return (
    heading.before +
    heading.leading +
    heading.after +
    NOTE.leading * 2 +
    6 +
    gridHeight(context, similarityGrid(context))
  );
}
