// How wide a text is in one of the brand's fonts at a size: what the line breaker and the table column widths ask,
// answered by the PDF engine from its embedded fonts and by the Word output from the same font files.
import type { FontKey } from './theme.js';

/** A brand face, or the fallback font for check boxes and check marks the face lacks (src/brand/symbol-font.ts). */
export type SetFont = FontKey | 'symbol';

export interface Measure {
  width(text: string, font: SetFont, size: number): number;
  /**
   * Whether the brand's face has a glyph for the code point. Where it is asked (the PDF), the line breaker sets a
   * check box the face lacks in the symbol font; without it (Word, which sets them apart in its runs instead,
   * src/render/docx/symbols.ts) it does not.
   */
  draws?(codePoint: number, font: FontKey): boolean;
}
