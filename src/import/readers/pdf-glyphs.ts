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

/** The text state of a page as its operators set it, and the glyphs shown so far. */
class TextState {
  readonly glyphs: PlacedGlyph[] = [];
  private readonly stack: Matrix[] = [];
  private ctm: Matrix = IDENTITY;
  private tm: Matrix = IDENTITY;
  private lineMatrix: Matrix = IDENTITY;
  private size = 0;
  private leading = 0;
  private charSpacing = 0;
  private wordSpacing = 0;
  private scale = 1;
  private run = 0;

  constructor(private readonly codes: TextOperatorCodes) {}

  /** One operator of the page applied: a change of the state, or text shown. */
  step(fn: number, args: unknown[]): void {
    const { codes } = this;
    if (fn === codes.save) this.stack.push(this.ctm);
    else if (fn === codes.restore) this.ctm = this.stack.pop() ?? this.ctm;
    else if (fn === codes.transform) this.ctm = multiply(args as unknown as Matrix, this.ctm);
    else if (fn === codes.beginText) this.tm = this.lineMatrix = IDENTITY;
    else if (fn === codes.setFont) this.size = Number(args[1]) || 0;
    else if (fn === codes.setTextMatrix) this.tm = this.lineMatrix = args as unknown as Matrix;
    else if (fn === codes.moveText) this.moveLine(Number(args[0]), Number(args[1]));
    else if (fn === codes.setLeadingMoveText) {
      this.leading = -Number(args[1]);
      this.moveLine(Number(args[0]), Number(args[1]));
    } else if (fn === codes.setLeading) this.leading = Number(args[0]);
    else if (fn === codes.nextLine) this.moveLine(0, -this.leading);
    else if (fn === codes.setCharSpacing) this.charSpacing = Number(args[0]);
    else if (fn === codes.setWordSpacing) this.wordSpacing = Number(args[0]);
    else if (fn === codes.setHScale) this.scale = Number(args[0]) / 100;
    else this.stepText(fn, args);
  }

  private stepText(fn: number, args: unknown[]): void {
    const { codes } = this;
    if (fn === codes.showText || fn === codes.showSpacedText) this.show(args[0] as (Glyph | number)[]);
    else if (fn === codes.nextLineShowText) {
      this.moveLine(0, -this.leading);
      this.show(args[0] as (Glyph | number)[]);
    } else if (fn === codes.nextLineSetSpacingShowText) {
      this.wordSpacing = Number(args[0]);
      this.charSpacing = Number(args[1]);
      this.moveLine(0, -this.leading);
      this.show(args[2] as (Glyph | number)[]);
    }
  }

  private moveLine(x: number, y: number): void {
    this.lineMatrix = multiply(translate(x, y), this.lineMatrix);
    this.tm = this.lineMatrix;
  }

  /** A show-text operation's glyphs placed, a number in it moving the next glyph back by thousandths of the size. */
  private show(items: readonly (Glyph | number)[] | undefined): void {
    this.run++;
    for (const item of items ?? []) {
      if (typeof item === 'number') {
        this.tm = multiply(translate((-item / 1000) * this.size * this.scale, 0), this.tm);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const advance =
        (((item.width ?? 0) / 1000) * this.size + this.charSpacing + (item.isSpace ? this.wordSpacing : 0)) *
        this.scale;
      const start = multiply(this.tm, this.ctm);
      const end = multiply(translate(advance, 0), this.tm);
      const finish = multiply(end, this.ctm)[4];
      this.glyphs.push({
        text: item.unicode ?? '',
        x0: Math.min(start[4], finish),
        x1: Math.max(start[4], finish),
        y: start[5],
        size: Math.hypot(start[2], start[3]) * this.size,
        run: this.run,
      });
      this.tm = end;
    }
  }
}

/** Every glyph shown on the page, in the order the page shows them. */
export function placedGlyphs(list: OperatorList, codes: TextOperatorCodes): PlacedGlyph[] {
  const state = new TextState(codes);
  list.fnArray.forEach((fn, index) => state.step(fn, (list.argsArray[index] ?? []) as unknown[]));
  return state.glyphs;
}
