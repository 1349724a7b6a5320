// Which pages of a PDF are pictures of text (src/import/readers/pdf-scans.ts): an image over half the page and no
// word of text but the running lines. A cover's photo under its title is no scan.
import { describe, expect, it } from 'vitest';
import { imageShare, picturedPages } from '../../../src/import/readers/pdf-scans.js';

const CODES = {
  save: 1,
  restore: 2,
  transform: 3,
  paintImageXObject: 4,
  paintInlineImageXObject: 5,
  paintImageMaskXObject: 6,
  paintImageXObjectRepeat: 7,
};
/** An A4 page in points. */
const A4 = 595 * 842;

describe('a page that is a picture of text', () => {
  it('measures the images by the matrix they are painted under', () => {
    // A scan scaled to the page, inside save/restore; then a logo of 100 by 50 points.
    const list = {
      fnArray: [1, 3, 4, 2, 1, 3, 4, 2],
      argsArray: [null, [595, 0, 0, 842, 0, 0], ['img1'], null, null, [100, 0, 0, 50, 40, 700], ['img2'], null],
    };
    expect(imageShare(list, CODES, A4)).toBe(1);
    expect(imageShare({ fnArray: list.fnArray.slice(4), argsArray: list.argsArray.slice(4) }, CODES, A4)).toBeCloseTo(
      5000 / A4,
    );
  });

  it('is a page whose picture covers half of it or more and that has no word of text of its own', () => {
    expect(
      picturedPages([
        { text: 'Artikel 1 Begripsbepalingen In deze regeling', imageShare: 0 },
        { text: '', imageShare: 0.97 },
        // A cover's photo under its title: the title is text.
        { text: 'Klachtenregeling', imageShare: 0.8 },
        { text: '', imageShare: 0.2 },
        { text: ' ', imageShare: 0.5 },
      ]),
    ).toEqual([2, 5]);
  });
});
