// Where each character a PDF page shows stands, from the page's operators (pdfjs's getOperatorList). pdfjs's text
// content joins the runs of a line into one item and gives no position inside it, so text struck through by a line
// drawn over part of a run ("binnen ~~tien weken~~ zes weken", as LibreOffice prints a tracked deletion) cannot be
// told from the words beside it there. Here the text state of PDF's text operators is followed (Tm, Td, TL, Tc, Tw,
// Tz, Tf) so that every glyph has its start and end on the page and its baseline.
import { multiply, type Matrix, type OperatorList } from './pdf-marks.js';

/** One character shown on the page, in page coordinates: its text, baseline, start and end, and the font size. */
export interface PlacedGlyph {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Which show-text operation of the page it is of: a run of text as the PDF writes it. */
  run: number;
}

/** The pdfjs operator numbers the text state needs (OPS from pdfjs-dist). */
export interface TextOperatorCodes {
  save: number;
  restore: number;
  transform: number;
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  setLeading: number;
  nextLine: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];

/** Every glyph shown on the page, in the order the page shows them. */
export function placedGlyphs(list: OperatorList, codes: TextOperatorCodes): PlacedGlyph[] {
  const glyphs: PlacedGlyph[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let tm: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  let size = 0;
  let leading = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let scale = 1;
  let run = 0;
  const moveLine = (x: number, y: number): void => {
    lineMatrix = multiply(translate(x, y), lineMatrix);
    tm = lineMatrix;
  };
  const show = (items: readonly (Glyph | number)[]): void => {
    run++;
    for (const item of items) {
      if (typeof item === 'number') {
        tm = multiply(translate((-item / 1000) * size * scale, 0), tm);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const advance = (((item.width ?? 0) / 1000) * size + charSpacing + (item.isSpace ? wordSpacing : 0)) * scale;
      const page = multiply(tm, ctm);
      const start = page[4];
      const end = multiply(translate(advance, 0), tm);
      const finish = multiply(end, ctm)[4];
      glyphs.push({
        text: item.unicode ?? '',
        x0: Math.min(start, finish),
        x1: Math.max(start, finish),
        y: page[5],
        size: Math.hypot(page[2], page[3]) * size,
        run,
      });
      tm = end;
    }
  };
  list.fnArray.forEach((fn, index) => {
    const args = (list.argsArray[index] ?? []) as unknown[];
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? ctm;
    else if (fn === codes.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === codes.beginText) tm = lineMatrix = IDENTITY;
    else if (fn === codes.setFont) size = Number(args[1]) || 0;
    else if (fn === codes.setTextMatrix) tm = lineMatrix = args as unknown as Matrix;
    else if (fn === codes.moveText) moveLine(Number(args[0]), Number(args[1]));
    else if (fn === codes.setLeadingMoveText) {
      leading = -Number(args[1]);
      moveLine(Number(args[0]), Number(args[1]));
    } else if (fn === codes.setLeading) leading = Number(args[0]);
    else if (fn === codes.nextLine) moveLine(0, -leading);
    else if (fn === codes.setCharSpacing) charSpacing = Number(args[0]);
    else if (fn === codes.setWordSpacing) wordSpacing = Number(args[0]);
    else if (fn === codes.setHScale) scale = Number(args[0]) / 100;
    else if (fn === codes.showText || fn === codes.showSpacedText) show(args[0] as (Glyph | number)[]);
    else if (fn === codes.nextLineShowText) {
      moveLine(0, -leading);
      show(args[0] as (Glyph | number)[]);
    } else if (fn === codes.nextLineSetSpacingShowText) {
      wordSpacing = Number(args[0]);
      charSpacing = Number(args[1]);
      moveLine(0, -leading);
      show(args[2] as (Glyph | number)[]);
    }
  });
  return glyphs;
}
