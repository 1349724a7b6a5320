// The board pack's own text helpers beside the drawing helpers every report PDF shares (src/render/engine/report-text.ts,
// re-exported here for the pack's parts).
import type { FlowContext } from '../engine/blocks.js';
import type { BoardPackInput } from './input.js';
import type { RedlineColours } from '../shared/redline.js';

export {
  drawHeading,
  drawParagraph,
  fragment,
  hairline,
  layoutRuns,
  plain,
  setStyle,
  type TextStyle,
} from '../engine/report-text.js';

export interface BoardContext extends FlowContext {
  input: BoardPackInput;
  redline: RedlineColours;
}

/** "inhoudelijk" → "Inhoudelijk": labels are written for the middle of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The first words of a clause, quoted, to tell apart changes that share a number and a heading ("4 Bedenk dat…"
 * twice): “Het gebruik van sociale media…”. Whole words only; "…" says the clause goes on.
 */
export function openingWords(text: string, maxWords = 6): string {
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  const head = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[,;:]$/, '');
  return `“${head}${words.length > maxWords ? '…' : ''}”`;
}
