// Pages of a PDF that are a picture of text: a page printed, signed and scanned back into an exported policy, or a
// scanned appendix. pdfjs finds no text on them, so import read the other pages and said "0 lost" while a page of
// articles was gone. A page is such a picture when an image covers at least half of it and it holds no word of text
// but its running header or footer (a page number a PDF tool stamped on every page): a cover's photo under its title
// is no scan. A PDF with no text at all is refused before this.
import { type Matrix, multiply, type OperatorList } from './pdf-marks.js';

/** The pdfjs operator numbers this needs (OPS from pdfjs-dist). */
export interface ImageCodes {
  save: number;
  restore: number;
  transform: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
}

/** An image covering at least this share of its page makes the page a picture. */
const PICTURE_SHARE = 0.5;

/**
 * The share of the page (`area`, in its own units) the images painted on it cover, at most 1. An image is painted
 * into the unit square under the current matrix, so its area is the matrix's determinant.
 */
export function imageShare(list: OperatorList, codes: ImageCodes, area: number): number {
  const painting = new Set([
    codes.paintImageXObject,
    codes.paintInlineImageXObject,
    codes.paintImageMaskXObject,
    codes.paintImageXObjectRepeat,
  ]);
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  let covered = 0;
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === codes.save) stack.push(matrix);
    else if (fn === codes.restore) matrix = stack.pop() ?? matrix;
    else if (fn === codes.transform && args) matrix = multiply(args as unknown as Matrix, matrix);
    else if (painting.has(fn)) covered += Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]);
  });
  return area > 0 ? Math.min(1, covered / area) : 0;
}

/**
 * The 1-based numbers of the pages that are pictures of text: `pages` gives each page's text (its running header and
 * footer aside) and image share.
 */
export function picturedPages(pages: readonly { text: string; imageShare: number }[]): number[] {
  return pages.flatMap(({ text, imageShare: share }, index) =>
    share >= PICTURE_SHARE && !/[\p{L}\p{N}]/u.test(text) ? [index + 1] : [],
  );
}
