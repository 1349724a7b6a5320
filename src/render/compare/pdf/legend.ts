// Keys to the colours: a row of swatches, each with its symbol and word (the words are the content, the boxes
// decoration), and the redline key (what underlined and struck-through text mean).
import { deletedStyle, insertedStyle } from '../../shared/redline.js';
import { drawParagraph, fragment, type TextStyle } from '../../boardpack/text.js';
import type { Run } from '../../shared/inline.js';
import { baselineOffset, showText } from '../../engine/paint.js';
import type { StructElement } from '../../engine/tagging.js';
import { cellLook, type CompareContext } from './context.js';
import type { CellKind } from './input.js';

const SWATCH = { size: 8.5, height: 14, padX: 5, gap: 6, rowGap: 4 };
const SMALL: TextStyle = { size: 8.5, leading: 12, noHyphens: true };

/** "Legenda:" and one swatch per kind, wrapping to a new row when the line is full. */
export function drawCellKey(context: CompareContext, kinds: readonly CellKind[], parent: StructElement): void {
  const { painter, frame, input } = context;
  const { doc, fonts, tagger, measure, theme } = painter;
  const covers = context.inline.covers;
  const element = tagger.element('P', parent);
  const regular = fonts.get('regular');
  const bold = fonts.get('bold');
  frame.ensure(SWATCH.height + SWATCH.rowGap);
  let top = frame.y;
  let cursor = frame.left;
  tagger.begin(element);
  const title = `${input.texts.legend}: `;
  cursor +=
    showText(
      doc,
      bold,
      SWATCH.size,
      cursor,
      top + baselineOffset(bold, SWATCH.size, SWATCH.height),
      title,
      theme.colours.muted,
    ) + 4;
  kinds.forEach((kind, index) => {
    const look = cellLook(kind, theme, covers);
    const text = `${look.symbol} ${input.texts.cells[kind]}`;
    const boxWidth = measure.width(text, 'regular', SWATCH.size) + SWATCH.padX * 2;
    if (cursor + boxWidth > frame.left + frame.width) {
      cursor = frame.left;
      top += SWATCH.height + SWATCH.rowGap;
    }
    const left = cursor;
    const boxTop = top;
    tagger.artifact(() => {
      // A kind without colour (absent) gets an outline, so its swatch still looks like one.
      if (look.fill) doc.rect(left, boxTop, boxWidth, SWATCH.height).fill(look.fill);
      else
        doc
          .rect(left + 0.3, boxTop + 0.3, boxWidth - 0.6, SWATCH.height - 0.6)
          .lineWidth(0.6)
          .stroke(theme.colours.rule);
    });
    // A trailing space keeps the words apart when the text is copied or read aloud.
    const spoken = index < kinds.length - 1 ? `${text} ` : text;
    showText(
      doc,
      regular,
      SWATCH.size,
      left + SWATCH.padX,
      boxTop + baselineOffset(regular, SWATCH.size, SWATCH.height),
      spoken,
      look.text,
    );
    cursor += boxWidth + SWATCH.gap;
  });
  tagger.end();
  frame.y = top + SWATCH.height + SWATCH.rowGap;
}

/** "Legenda: toegevoegd … · weggelaten …", in the redline's own styles. */
export function drawRedlineKey(context: CompareContext, parent: StructElement): void {
  const { texts } = context.input;
  const muted = { colour: context.painter.theme.colours.muted };
  const runs: Run[] = [
    ...fragment(context, `${texts.legend}: `, { ...muted, bold: true }),
    ...fragment(context, texts.inserted, insertedStyle(context.redline)),
    ...fragment(context, '   ·   ', muted),
    ...fragment(context, texts.deleted, deletedStyle(context.redline)),
  ];
  drawParagraph(context, runs, SMALL, context.frame.left, context.frame.width, parent);
}
