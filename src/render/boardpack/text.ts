// The board pack's own text helpers beside the drawing helpers every report PDF shares
// (src/render/engine/report-text.ts, re-exported here for the pack's parts).
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
export { openingWords } from '../shared/change-names.js';

export interface BoardContext extends FlowContext {
  input: BoardPackInput;
  redline: RedlineColours;
}

/** "inhoudelijk" → "Inhoudelijk": labels are written for the middle of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
