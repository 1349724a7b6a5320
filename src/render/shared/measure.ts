// How wide a text is in one of the brand's fonts at a size: what the line breaker and the table column widths ask,
// answered by the PDF engine from its embedded fonts and by the Word output from the same font files.
import type { FontKey } from './theme.js';

export interface Measure {
  width(text: string, font: FontKey, size: number): number;
}
