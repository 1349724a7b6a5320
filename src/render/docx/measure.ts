// Text widths for the Word output, read from the brand's own font files (as the PDF measures them), so table
// columns are sized from their content the way the PDF sizes them: Word itself would make them all equal. Laid out
// as the PDF's words are, without fontkit's layout engine where its result cannot differ (engine/plain-shaping.ts).
import '../engine/fontkit.js';
import type * as fontkit from 'fontkit';
import type { Brand } from '../../brand/types.js';
import { openFont } from '../../brand/assets.js';
import { plainAdvance } from '../engine/plain-shaping.js';
import { symbolFontBytes } from '../../brand/symbol-font-file.js';
import type { Measure, SetFont } from '../shared/measure.js';

/**
 * Room for a reader that lacks the brand font: Word and LibreOffice then set the text in a substitute (DejaVu Sans
 * on a Linux desktop) up to a third wider, and a column measured to the exact word would break it mid-word.
 */
const SUBSTITUTE_ALLOWANCE = 1.35;

/** The bytes of a brand face, or of the symbol font (never asked here: these measures leave out `draws`). */
function fontBytes(brand: Brand, key: SetFont): Uint8Array {
  return key === 'symbol' ? symbolFontBytes() : brand.fonts[key];
}

/** A measure over the brand's four fonts, with room for a wider substitute; widths in points for the given size. */
export function brandMeasure(brand: Brand): Measure {
  const fonts = new Map<SetFont, fontkit.Font | undefined>();
  const widths = new Map<string, number>();
  const fontFor = (key: SetFont): fontkit.Font | undefined => {
    if (!fonts.has(key)) {
      const opened = openFont(fontBytes(brand, key));
      fonts.set(key, 'layout' in opened ? opened : undefined);
    }
    return fonts.get(key);
  };
  return {
    width(text, key, size) {
      const cacheKey = `${key}\u0000${text}`;
      let unit = widths.get(cacheKey);
      if (unit === undefined) {
        const font = fontFor(key);
        // A collection is refused when the brand is loaded; half an em per character is only a fallback.
        unit = font
          ? (plainAdvance(font, text) ?? font.layout(text).advanceWidth) / font.unitsPerEm
          : text.length * 0.5;
        widths.set(cacheKey, unit);
      }
      return unit * size * SUBSTITUTE_ALLOWANCE;
    },
  };
}

/** The width of `text` in ems from its glyphs' advances alone (no kerning, no ligatures), or undefined. */
function advanceEms(bytes: Uint8Array, text: string): number | undefined {
  const opened = openFont(bytes);
  if (!('glyphForCodePoint' in opened)) return undefined;
  let units = 0;
  for (const character of text) units += opened.glyphForCodePoint(character.codePointAt(0) ?? 0).advanceWidth;
  return units / opened.unitsPerEm;
}

/**
 * Widths from the glyphs' advances, without shaping: exact enough for numbers and a word in capitals, and it reads
 * only the font's character map and widths, where a font's first shaped text loads its layout tables (measured:
 * 20 ms against 275 ms for the first word of Source Sans 3 Bold).
 */
export function advanceMeasure(brand: Brand): Measure {
  return {
    width: (text, key, size) => (advanceEms(fontBytes(brand, key), text) ?? text.length * 0.5) * size,
  };
}

/** A draft's watermark as the PDF draws it (src/render/engine/furniture.ts), in points and degrees clockwise. */
export interface WatermarkBox {
  width: number;
  height: number;
  rotation: number;
}

/**
 * The PDF's watermark: the word in the bold face, 0.6 of the page's diagonal wide (at most 150 pt type), rising from
 * bottom left to top right along the diagonal. Word stretches a watermark's text to fill its box, so the box is the
 * text's width by its capital height.
 */
export function watermarkBox(brand: Brand, text: string, page: { width: number; height: number }): WatermarkBox {
  const opened = openFont(brand.fonts.bold);
  const unit = advanceEms(brand.fonts.bold, text) ?? text.length * 0.6;
  const capHeight = 'capHeight' in opened && opened.capHeight > 0 ? opened.capHeight / opened.unitsPerEm : 0.7;
  const diagonal = Math.hypot(page.width, page.height);
  const size = Math.min(150, (diagonal * 0.6) / Math.max(unit, 0.01));
  const degrees = (Math.atan2(page.height, page.width) * 180) / Math.PI;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { width: round(unit * size), height: round(capHeight * size), rotation: Math.round(360 - degrees) };
}
