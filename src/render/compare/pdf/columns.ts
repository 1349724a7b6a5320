// Texts side by side: one column per document, drawn line by line across all columns at once so they stay level,
// and continued on the next page with the column heads repeated. Each column is its own tagged Div, so a screen
// reader reads one document's text whole before the next.
import { layoutRuns, type TextStyle } from '../../engine/report-text.js';
import type { Run } from '../../shared/inline.js';
import type { SetLine } from '../../engine/linebreak.js';
import { paintLine } from '../../engine/paint.js';
import type { StructElement } from '../../engine/tagging.js';
import type { CompareContext } from './context.js';

export const BODY: TextStyle = { size: 9.5, leading: 13.5 };
export const HEAD: TextStyle = { size: 9, leading: 12, bold: true, noHyphens: true };
export const NOTE: TextStyle = { size: 8, leading: 11, noHyphens: true };
const STRIP = 4;
const HEAD_GAP = 5;

export interface Column {
  /** The organisation's name. */
  head: Run[];
  /** Status and clause ids, small. */
  note: Run[];
  /** The status colour, as a strip above the column. */
  fill: string;
  body: Run[];
}

interface LaidColumn {
  head: SetLine[];
  /** The head on the pages the column continues on: "Aeres MBO (vervolg)". */
  continued: SetLine[];
  note: SetLine[];
  body: SetLine[];
  fill: string;
}

/** Room between columns. */
export const COLUMN_GAP = 16;

/** Each column set at the width: its head (and the head it continues under), its note and its text. */
function layColumns(context: CompareContext, columns: readonly Column[], width: number): LaidColumn[] {
  return columns.map((column) => ({
    head: layoutRuns(context, column.head, HEAD, width),
    continued: layoutRuns(
      context,
      [...column.head, { text: ` (${context.input.texts.continued})`, style: { bold: false } }],
      HEAD,
      width,
    ),
    note: layoutRuns(context, column.note, NOTE, width),
    body: layoutRuns(context, column.body, BODY, width),
    fill: column.fill,
  }));
}

/** The height of the heads: the strip, the tallest head with its note, the gap to the text. */
function headsHeight(laid: readonly LaidColumn[], repeated: boolean): number {
  return (
    STRIP +
    3 +
    Math.max(
      ...laid.map(
        (column) =>
          (repeated ? column.continued : column.head).length * HEAD.leading + column.note.length * NOTE.leading,
      ),
    ) +
    HEAD_GAP
  );
}

/** What drawing the columns shares: where each stands and the tagged Div parts each draws into. */
interface ColumnsDraw {
  context: CompareContext;
  laid: LaidColumn[];
  width: number;
  lefts: number[];
  heads: StructElement[];
  bodies: StructElement[];
}

/** The heads on their status strips; repeated ones (on a continuation page) are artifacts. */
function drawHeads(draw: ColumnsDraw, repeated: boolean): void {
  const { painter, frame } = draw.context;
  const { tagger, theme, doc } = painter;
  const headColours = { text: theme.colours.primary, link: theme.colours.accent };
  const noteColours = { text: theme.colours.muted, link: theme.colours.muted };
  const top = frame.y;
  draw.laid.forEach((column, index) => {
    const left = draw.lefts[index]!;
    tagger.artifact(() => doc.rect(left, top, draw.width, STRIP).fill(column.fill));
    const paint = (): void => {
      let y = top + STRIP + 3;
      for (const line of repeated ? column.continued : column.head) {
        paintLine(painter, line, left, y, HEAD.leading, headColours);
        y += HEAD.leading;
      }
      for (const line of column.note) {
        paintLine(painter, line, left, y, NOTE.leading, noteColours);
        y += NOTE.leading;
      }
    };
    tagger.tagged(repeated ? undefined : draw.heads[index], paint);
  });
  frame.y += headsHeight(draw.laid, repeated);
}

/** Lines `drawn` to `drawn + count` of every column, level with each other. */
function drawBodyLines(draw: ColumnsDraw, drawn: number, count: number): void {
  const { painter, frame } = draw.context;
  const { tagger, theme } = painter;
  const textColours = { text: theme.colours.text, link: theme.colours.accent };
  const top = frame.y;
  draw.laid.forEach((column, index) => {
    const slice = column.body.slice(drawn, drawn + count);
    if (slice.length === 0) return;
    tagger.begin(draw.bodies[index]!);
    slice.forEach((line, offset) =>
      paintLine(painter, line, draw.lefts[index]!, top + offset * BODY.leading, BODY.leading, textColours),
    );
    tagger.end();
  });
  frame.y += count * BODY.leading;
}

export function drawColumns(
  context: CompareContext,
  columns: readonly Column[],
  width: number,
  parent: StructElement,
): void {
  const { painter, frame } = context;
  const { tagger } = painter;
  const laid = layColumns(context, columns, width);
  const longest = Math.max(1, ...laid.map((column) => column.body.length));
  const keep = Math.min(longest, painter.theme.keepLines);
  const divs = columns.map(() => tagger.element('Div', parent));
  const draw: ColumnsDraw = {
    context,
    laid,
    width,
    lefts: columns.map((_, index) => frame.left + index * (width + COLUMN_GAP)),
    heads: divs.map((div) => tagger.element('P', div)),
    bodies: divs.map((div) => tagger.element('P', div)),
  };

  frame.ensure(headsHeight(laid, false) + keep * BODY.leading);
  drawHeads(draw, false);
  let drawn = 0;
  while (drawn < longest) {
    let fit = Math.floor((frame.room + 0.01) / BODY.leading);
    const remaining = longest - drawn;
    // Leave no single line behind at the top of the next page.
    if (fit < remaining && remaining - fit < painter.theme.keepLines && fit > painter.theme.keepLines)
      fit = remaining - painter.theme.keepLines;
    if (fit < 1) {
      frame.newPage();
      drawHeads(draw, true);
      continue;
    }
    const count = Math.min(fit, remaining);
    drawBodyLines(draw, drawn, count);
    drawn += count;
    if (drawn < longest) {
      frame.newPage();
      drawHeads(draw, true);
    }
  }
}
