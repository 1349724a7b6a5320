// Page 1, the summary a board member reads first: who and what, which versions, how many changes of which kind,
// the substantive ones with their reason (each linked to its card), and what changed in the metadata.
import { SUMMARY_KIND_ORDER, type MetaChange } from '../../diff/types.js';
import type { PlacedHeading } from '../engine/outline.js';
import type { Run } from '../shared/inline.js';
import { changeNames } from '../shared/change-names.js';
import { drawLogo, fitLogo } from '../engine/logo.js';
import type { StructElement } from '../engine/tagging.js';
import { drawTable, tableLeadHeight, type TableSpec } from '../engine/table.js';
import {
  capitalise,
  drawHeading,
  drawParagraph,
  layoutRuns,
  plain,
  type BoardContext,
  type TextStyle,
} from './text.js';

const SUMMARY_DESTINATION = 'boardpack:summary';
const SUBSTANTIVE_DESTINATION = 'boardpack:substantive';

/** Named destination of the card of change `index` (0-based); ':' never occurs in a clause id. */
export function changeDestination(index: number): string {
  return `change:${index + 1}`;
}

/** One metadata change as "Label" and its value, as the text reports say it ("Instemming", "toegevoegd: …"). */
export function metaLine(context: BoardContext, change: MetaChange): { label: string; value: string } {
  return context.input.texts.meta(change);
}

function drawMeta(context: BoardContext, meta: readonly MetaChange[], parent: StructElement): void {
  if (meta.length === 0) return;
  const { painter, frame } = context;
  const { theme, measure } = painter;
  const style: TextStyle = { size: 9.5, leading: 13.5, colour: theme.colours.text };
  const lines = meta.map((change) => metaLine(context, change));
  const keyWidth = Math.min(
    frame.width * 0.3,
    Math.max(...lines.map((line) => measure.width(line.label, 'bold', style.size))) + 12,
  );
  frame.space(6);
  for (const line of lines) {
    const valueLines = layoutRuns(context, plain(context, line.value), style, frame.width - keyWidth);
    frame.ensure(valueLines.length * style.leading);
    const top = frame.y;
    // Key and value are one paragraph for a screen reader; the key just hangs in its own column.
    drawParagraph(
      context,
      plain(context, line.label),
      { ...style, bold: true, colour: theme.colours.muted, noHyphens: true },
      frame.left,
      keyWidth,
      parent,
    );
    frame.y = top;
    drawParagraph(context, [], style, frame.left + keyWidth, frame.width - keyWidth, parent, { lines: valueLines });
  }
}

function countsTable(context: BoardContext): TableSpec | undefined {
  const { diff, texts } = context.input;
  const kinds = SUMMARY_KIND_ORDER.filter((kind) => diff.summary[kind] > 0);
  if (kinds.length === 0) return undefined;
  const header = [...kinds.map((kind) => capitalise(texts.kinds[kind])), texts.changes];
  const counts = [...kinds.map((kind) => diff.summary[kind]), diff.summary.total];
  return {
    key: diff.summary,
    header: header.map((label) => plain(context, label)),
    rows: [
      counts.map((count, index) => [{ text: String(count), style: index === counts.length - 1 ? { bold: true } : {} }]),
    ],
    align: header.map(() => 'center' as const),
  };
}

function substantiveTable(context: BoardContext, width: number): TableSpec | undefined {
  const { diff, texts } = context.input;
  const { theme, measure } = context.painter;
  const listed = diff.changes
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => change.significance === 'substantive');
  if (listed.length === 0) return undefined;
  const labels = changeNames(
    listed.map(({ change }) => change),
    texts.phrases.heading,
  );
  // The clause column is as wide as its widest label (ids make it wider), within bounds; the rest is shared.
  const padding = theme.table.padX * 2 + 1;
  const size = theme.table.size;
  const natural =
    Math.max(
      measure.width(texts.clause, 'bold', size),
      ...labels.map((label) => measure.width(label, 'regular', size)),
    ) + padding;
  const clauseWidth = Math.min(Math.max(natural, width * 0.1), width * 0.3);
  const widths = [clauseWidth, (width - clauseWidth) * 0.4, (width - clauseWidth) * 0.6];
  // Cells wrap: a reason cut off mid-word ("verplichting 'toe…") tells a board member nothing.
  const rows: Run[][][] = listed.map(({ change, index }, row) => {
    const ref = change.new ?? change.old!;
    const reasons = change.reasons.map((reason) => texts.reason(reason));
    return [
      plain(context, labels[row]!, { link: { dest: changeDestination(index) } }),
      plain(context, ref.sectionPath[ref.sectionPath.length - 1] ?? ''),
      plain(context, reasons.join('; ')),
    ];
  });
  return {
    key: diff.changes,
    header: [texts.clause, texts.section, texts.reasons].map((label) => plain(context, label)),
    rows,
    align: ['left', 'left', 'left'],
    widths,
  };
}

/**
 * "Versie 2.0 vergeleken met versie 1.0", and under it, where the old version's adoption records no hash, what git
 * shows of the old text the board reads beside the new, or that it may not be the adopted one.
 */
function drawComparedTo(context: BoardContext, parent: StructElement): void {
  const { frame, input, painter } = context;
  const { texts } = input;
  const lines: [string, number, number][] = [[texts.comparedTo, 13, 18]];
  if (texts.oldAdoptionNote) lines.push([texts.oldAdoptionNote, 10, 14]);
  for (const [text, size, leading] of lines)
    drawParagraph(
      context,
      plain(context, text),
      { size, leading, colour: painter.theme.colours.text },
      frame.left,
      frame.width,
      parent,
    );
}

function drawIdentity(context: BoardContext, parent: StructElement): void {
  const { painter, frame, input } = context;
  const { theme, tagger, doc } = painter;
  const { brand, policy } = input;
  const top = frame.y;
  let logoWidth = 0;
  let logoHeight = 0;
  if (brand.logo) {
    const size = fitLogo(brand.logo, { width: 150, height: 44 });
    const figure = tagger.element('Figure', parent, { alt: policy.meta.organisation });
    tagger.begin(figure);
    drawLogo(doc, brand.logo, frame.left + frame.width - size.width, top, {
      ...size,
      fonts: { regular: brand.fonts.regular, bold: brand.fonts.bold },
    });
    tagger.end();
    logoWidth = size.width + 16;
    logoHeight = size.height;
  }
  drawParagraph(
    context,
    plain(context, policy.meta.organisation),
    { size: 11.5, leading: 16, bold: true, colour: theme.colours.muted },
    frame.left,
    frame.width - logoWidth,
    parent,
  );
  frame.y = Math.max(frame.y, top + logoHeight) + 26;
  frame.destination(SUMMARY_DESTINATION, frame.y);
  drawParagraph(
    context,
    plain(context, policy.meta.title),
    { size: 24, leading: 29, bold: true, colour: theme.colours.primary },
    frame.left,
    frame.width,
    parent,
    { type: 'H1' },
  );
  frame.y += 4;
  drawComparedTo(context, parent);
  frame.y += 10;
  const ruleTop = frame.y;
  tagger.artifact(() => doc.rect(frame.left, ruleTop, 56, 3).fill(theme.colours.accent));
  frame.y += 12;
}

export function drawSummary(context: BoardContext): PlacedHeading {
  const { painter, frame, input } = context;
  const { tagger, theme } = painter;
  const { diff, texts, policy } = input;
  const section = tagger.element('Sect');
  const firstPage = frame.pageIndex;
  drawIdentity(context, section);
  drawMeta(context, diff.meta, section);

  frame.space(16);
  const headline = texts.summary;
  drawParagraph(
    context,
    plain(context, headline),
    { size: 13, leading: 18, bold: true, colour: theme.colours.text },
    frame.left,
    frame.width,
    section,
  );

  const counts = countsTable(context);
  if (counts) {
    frame.space(8);
    drawTable(context, counts, frame.left, frame.width, section);
  }

  const placed: PlacedHeading = {
    id: SUMMARY_DESTINATION,
    title: policy.meta.title,
    number: '',
    level: 1,
    pageIndex: firstPage,
    top: frame.top,
    children: [],
  };
  const substantive = substantiveTable(context, frame.width);
  if (substantive) {
    const title = `${texts.changes} (${texts.substantive})`;
    const heading = drawHeading(
      context,
      SUBSTANTIVE_DESTINATION,
      title,
      2,
      section,
      tableLeadHeight(context, substantive, frame.width),
      'H2',
    );
    placed.children.push(heading);
    drawTable(context, substantive, frame.left, frame.width, section);
  }
  return placed;
}
