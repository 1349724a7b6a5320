// Reading a board pack back beyond its text, from pdfjs's operator lists: every piece of text as it was set (its
// colour, position and size) and every straight line stroked, per page. Enough to tell a word struck through or
// underlined from a plain one, which text extraction alone cannot.
import { loadPdfjs } from '../../support/pdfjs.js';

export interface SetText {
  page: number;
  text: string;
  /** Fill colour, #rrggbb. */
  colour: string;
  x: number;
  /** Baseline, from the top of the page (the renderer's coordinates). */
  baseline: number;
  /** Advance of the text without a trailing space, in points. */
  width: number;
}

export interface Line {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
}

export interface Drawing {
  texts: SetText[];
  lines: Line[];
}

interface Glyph {
  unicode: string;
  width: number;
}

export async function drawing(data: Uint8Array): Promise<Drawing> {
  const { getDocument, OPS } = await loadPdfjs();
  const pdf = await getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  const texts: SetText[] = [];
  const lines: Line[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { fnArray, argsArray } = await page.getOperatorList();
      let fill = '#000000';
      let stroke = '#000000';
      let size = 0;
      let x = 0;
      let y = 0;
      fnArray.forEach((fn, index) => {
        const args = argsArray[index] as unknown[];
        if (fn === OPS.setFillRGBColor) fill = String(args[0]);
        else if (fn === OPS.setStrokeRGBColor) stroke = String(args[0]);
        else if (fn === OPS.setFont) size = Number(args[1]);
        else if (fn === OPS.setTextMatrix) {
          const matrix = args[0] as Record<number, number>;
          x = matrix[4]!;
          y = matrix[5]!;
        } else if (fn === OPS.showText) {
          let text = '';
          let advance = 0;
          let trailing = 0;
          for (const part of args[0] as (Glyph | number)[]) {
            if (typeof part === 'number') {
              advance -= part;
              continue;
            }
            text += part.unicode;
            advance += part.width;
            trailing = part.unicode === ' ' ? part.width : 0;
          }
          texts.push({ page: n, text, colour: fill, x, baseline: y, width: ((advance - trailing) * size) / 1000 });
        } else if (fn === OPS.constructPath && args[0] === OPS.stroke) {
          const path = Object.values(args[1] as ArrayLike<number>[])[0] ?? [];
          const ops = Array.from(path as ArrayLike<number>);
          // Drawing ops in the path data: 0 moveTo x y, 1 lineTo x y.
          for (let i = 0; i + 5 < ops.length + 1; ) {
            if (ops[i] === 0 && ops[i + 3] === 1) {
              lines.push({
                page: n,
                x1: ops[i + 1]!,
                y1: ops[i + 2]!,
                x2: ops[i + 4]!,
                y2: ops[i + 5]!,
                colour: stroke,
              });
              i += 6;
            } else i += 1;
          }
        }
      });
    }
    return { texts, lines };
  } finally {
    await pdf.destroy();
  }
}

/** The line of `colour` through (strike) or under (underline) a piece of text, if one is drawn. */
export function decorationOf(
  text: SetText,
  lines: readonly Line[],
  colour: string,
  where: 'through' | 'under',
): Line | undefined {
  return lines.find((line) => {
    if (line.page !== text.page || line.colour !== colour || Math.abs(line.y1 - line.y2) > 0.01) return false;
    if (Math.abs(line.x1 - text.x) > 0.6 || Math.abs(line.x2 - (text.x + text.width)) > 0.6) return false;
    const offset = line.y1 - text.baseline;
    return where === 'through' ? offset < -1 && offset > -6 : offset > 0 && offset < 3;
  });
}
