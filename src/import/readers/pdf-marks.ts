// List bullets a PDF draws instead of typing. Browsers and HTML-to-PDF tools (wkhtmltopdf, Chrome) paint a list's
// disc or circle as a small vector shape, so the text layer holds the item's words but no marker: without the shapes
// every item of a bulleted list runs together into one paragraph. This finds those shapes on a page and puts a
// typed bullet before the line each one stands in front of, so the plain-text rules see a list.
import type { PageLine } from './pdf-lines.js';

export type Matrix = [number, number, number, number, number, number];

/** The operators of a page, as pdfjs lists them (page.getOperatorList()). */
export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** The pdfjs operator numbers this needs (OPS from pdfjs-dist). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
}

/** A small shape on the page, in page coordinates: its centre and its size. */
export interface DrawnMark {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** The bounding box of every filled or stroked path of the page, in page coordinates: [minX, minY, maxX, maxY]. */
export function pathBoxes(list: OperatorList, codes: OperatorCodes): [number, number, number, number][] {
  const boxes: [number, number, number, number][] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === codes.save) stack.push(matrix);
    else if (fn === codes.restore) matrix = stack.pop() ?? matrix;
    else if (fn === codes.transform && args) matrix = multiply(args as unknown as Matrix, matrix);
    else if (fn === codes.constructPath && args) {
      // pdfjs 5: [paint operator, [path data], [minX, minY, maxX, maxY]] in the coordinates of the current matrix.
      const box = args[2] as ArrayLike<number> | null | undefined;
      if (!box || box.length < 4) return;
      const [x0, y0] = apply(matrix, box[0] as number, box[1] as number);
      const [x1, y1] = apply(matrix, box[2] as number, box[3] as number);
      boxes.push([Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)]);
    }
  });
  return boxes;
}

/** Every filled or stroked path of the page no larger than `limit` points either way (a bullet, not a rule or box). */
export function smallShapes(list: OperatorList, codes: OperatorCodes, limit: number): DrawnMark[] {
  return pathBoxes(list, codes)
    .map(([x0, y0, x1, y1]) => ({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, width: x1 - x0, height: y1 - y0 }))
    .filter(({ width, height }) => width > 0 && height > 0 && width <= limit && height <= limit);
}

/**
 * The lines of a page with a drawn bullet before them, the bullet typed out ("• …") and the line moved to where the
 * bullet stands, so that its indentation is the list's. A bullet is a roughly square shape under 0.8 of the line's
 * text size, within three text sizes left of the line's first word and level with its middle.
 */
export function withDrawnBullets(lines: readonly PageLine[], marks: readonly DrawnMark[]): PageLine[] {
  return lines.map((line) => {
    const bullet = marks.find(
      (mark) =>
        mark.width <= line.size * 0.8 &&
        mark.height <= line.size * 0.8 &&
        Math.abs(mark.width - mark.height) <= Math.max(mark.width, mark.height) * 0.35 &&
        mark.x < line.x &&
        line.x - mark.x <= line.size * 3 &&
        mark.y > line.y - line.size * 0.1 &&
        mark.y < line.y + line.size * 0.7,
    );
    return bullet ? { ...line, text: `• ${line.text}`, x: bullet.x - bullet.width / 2 } : line;
  });
}
