// The first page: what was compared and when — title, subject, date, a one-line summary and the documents with
// their organisation, title, version and file, the base marked; beneath, the files of the folders left out and why.
import { drawParagraph, fragment, layoutRuns, plain, type TextStyle } from '../../engine/report-text.js';
import type { PlacedHeading } from '../../engine/outline.js';
import type { Run } from '../../shared/inline.js';
import type { StructElement } from '../../engine/tagging.js';
import { documentName, type CompareContext } from './context.js';
import { drawGrid, type GridSpec } from './grid.js';

const OVERVIEW_DESTINATION = 'compare:overview';

const TITLE: TextStyle = { size: 22, leading: 27, bold: true, noHyphens: true };
const SUBJECT: TextStyle = { size: 14, leading: 19, noHyphens: true };
const META: TextStyle = { size: 10, leading: 14, noHyphens: true };

function documentsGrid(context: CompareContext): GridSpec {
  const { input, painter, frame } = context;
  const { alignment, texts } = input;
  const { theme } = painter;
  const muted = { colour: theme.colours.muted };
  const rows = alignment.documents.map((document) => {
    const name: Run[] = [...fragment(context, documentName(input, document.key), { bold: true })];
    if (document.key === alignment.base) name.push(...fragment(context, ` (${texts.base})`, muted));
    return [
      { runs: name },
      { runs: plain(context, document.title) },
      { runs: plain(context, document.version) },
      { runs: plain(context, document.path) },
    ];
  });
  return {
    widths: [frame.width * 0.3, frame.width * 0.25, frame.width * 0.08, frame.width * 0.37],
    header: [texts.organisation, texts.documentTitle, texts.version, texts.file].map((head) => ({
      runs: plain(context, head),
    })),
    rows,
    size: theme.table.size,
    leading: theme.table.leading,
    padX: theme.table.padX,
    padY: theme.table.padY,
    rowHeaders: 1,
  };
}

/** Under the documents compared, the files of the folders that are not (no text, broken frontmatter), and why. */
function drawLeftOut(context: CompareContext, parent: StructElement): void {
  const { painter, frame, input } = context;
  const section = input.texts.leftOut;
  if (!section) return;
  const { colours } = painter.theme;
  frame.y += 12;
  const label = layoutRuns(context, plain(context, section.title), { ...META, bold: true }, frame.width);
  drawParagraph(context, [], { ...META, bold: true, colour: colours.primary }, frame.left, frame.width, parent, {
    type: 'H2',
    lines: label,
  });
  drawParagraph(
    context,
    plain(context, section.note),
    { ...META, colour: colours.muted },
    frame.left,
    frame.width,
    parent,
  );
  for (const line of section.lines)
    drawParagraph(
      context,
      plain(context, `• ${line}`),
      { ...META, colour: colours.text },
      frame.left,
      frame.width,
      parent,
    );
}

export function drawOverview(context: CompareContext, parent: StructElement): PlacedHeading {
  const { painter, frame, input } = context;
  const { theme } = painter;
  const { texts } = input;
  const top = frame.y;
  frame.destination(OVERVIEW_DESTINATION, top);
  drawParagraph(
    context,
    plain(context, texts.title),
    { ...TITLE, colour: theme.colours.primary },
    frame.left,
    frame.width,
    parent,
    { type: 'H1' },
  );
  if (texts.subject)
    drawParagraph(
      context,
      plain(context, texts.subject),
      { ...SUBJECT, colour: theme.colours.text },
      frame.left,
      frame.width,
      parent,
    );
  frame.y += 8;
  const meta: Run[] = [
    ...fragment(context, `${texts.dateLabel}: `, { bold: true }),
    ...fragment(context, texts.date),
    ...fragment(context, `   ·   ${texts.summary}`),
  ];
  drawParagraph(context, meta, { ...META, colour: theme.colours.muted }, frame.left, frame.width, parent);
  frame.y += 12;
  const label = layoutRuns(context, plain(context, texts.documents), { ...META, bold: true }, frame.width);
  drawParagraph(context, [], { ...META, bold: true, colour: theme.colours.primary }, frame.left, frame.width, parent, {
    type: 'H2',
    lines: label,
  });
  frame.y += 4;
  drawGrid(context, documentsGrid(context), frame.left, parent);
  drawLeftOut(context, parent);
  return {
    id: OVERVIEW_DESTINATION,
    title: texts.title,
    number: '',
    level: 1,
    pageIndex: frame.pageIndex,
    top,
    children: [],
  };
}
