// What each organisation lacks (src/compare/provisions/missing.ts), after the texts: per document a heading with the count,
// then one line per provision it lacks: the matrix number (linked to the provision's texts), its label, and how
// many of the other documents state it. Every word around the labels comes from templates/labels/<lang>.yaml.
import { missingProvisions } from '../../../compare/provisions/missing.js';
import type { MissingProvision } from '../../../compare/read/types.js';
import { drawHeading, drawParagraph, fragment, layoutRuns, plain } from '../../engine/report-text.js';
import type { PlacedHeading } from '../../engine/outline.js';
import { paintLine } from '../../engine/paint.js';
import type { StructElement } from '../../engine/tagging.js';
import { BODY, NOTE } from './columns.js';
import { documentName, provisionDestination, type CompareContext } from './context.js';

const MISSING_DESTINATION = 'compare:missing';

const NUMBER_GUTTER = 30;
/** What the provision's empty cell at `key` says: not found, not matched and what it points at, … */
function missingCell(input: CompareContext['input'], index: number, key: string): string {
  const provision = input.alignment.provisions[index];
  return provision ? input.texts.emptyCell(provision, key) : input.texts.cells.absent;
}

/** A line of labels is set no wider than this (long lines across a landscape page are hard to follow). */
const MAX_WIDTH = 620;

/** One provision the document lacks: its number in the margin (linked), its label and what its empty cell says. */
function drawMissingItem(context: CompareContext, item: MissingProvision, key: string, part: StructElement): void {
  const { frame, painter, input } = context;
  const { theme, tagger } = painter;
  const others = input.alignment.documents.length - 1;
  const muted = { colour: theme.colours.muted };
  const width = Math.min(frame.width - NUMBER_GUTTER, MAX_WIDTH);
  const x = frame.left + NUMBER_GUTTER;
  const link = { dest: provisionDestination(item.provision) };
  const runs = [
    ...fragment(context, `${item.label} `, { link }),
    ...fragment(
      context,
      `(${input.texts.missingHeld(item.at.length, others)}): ${missingCell(input, item.provision, key)}`,
      muted,
    ),
  ];
  const lines = layoutRuns(context, runs, BODY, width);
  const number = layoutRuns(
    context,
    plain(context, `${item.provision + 1}`, { link }),
    { ...NOTE, bold: true },
    NUMBER_GUTTER - 6,
  )[0];
  frame.ensure(lines.length * BODY.leading);
  drawParagraph(context, [], { ...BODY, colour: theme.colours.text }, x, width, part, {
    lines,
    lead: (top) => {
      if (number)
        tagger.artifact(() =>
          paintLine(painter, number, frame.left, top, BODY.leading, {
            text: theme.colours.primary,
            link: theme.colours.primary,
          }),
        );
    },
  });
}

export function drawMissing(context: CompareContext, parent: StructElement): PlacedHeading {
  const { frame, painter, input } = context;
  const { alignment, texts } = input;
  const { theme, tagger } = painter;
  const missing = alignment.missing ?? missingProvisions(alignment);
  frame.newPage();
  const section = tagger.element('Sect', parent);
  const heading = drawHeading(context, MISSING_DESTINATION, texts.missing, 1, section, 60);
  const width = Math.min(frame.width - NUMBER_GUTTER, MAX_WIDTH);
  const x = frame.left + NUMBER_GUTTER;
  drawParagraph(
    context,
    plain(context, texts.missingNote),
    { ...NOTE, colour: theme.colours.muted },
    frame.left,
    width,
    section,
  );
  heading.children = alignment.documents.map((document) => {
    const list = missing[document.key] ?? [];
    const part = tagger.element('Sect', section);
    frame.space(14);
    const title = texts.missingAt(documentName(input, document.key), list.length);
    const sub = drawHeading(context, `${MISSING_DESTINATION}:${document.key}`, title, 2, part, BODY.leading * 3);
    if (list.length === 0)
      drawParagraph(
        context,
        plain(context, texts.missingNone),
        { ...BODY, colour: theme.colours.muted },
        x,
        width,
        part,
      );
    for (const item of list) drawMissingItem(context, item, document.key, part);
    return sub;
  });
  return heading;
}
