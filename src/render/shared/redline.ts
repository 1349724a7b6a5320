// A word-level redline as styled runs for the shared line breaker: insertions underlined in colour, deletions struck
// through in a muted red, so wrapping is decided once across all style runs. Changes that are only whitespace would
// be invisible as text, so they get a visible stand-in: a paragraph break as "¶", a space as a no-break space
// (its underline or strike shows in the gap).
import type { WordOp } from '../../diff/types.js';
import { PART_SEPARATOR } from '../../diff/split.js';
import { ANGLE_MARKS, showInvisibles } from '../../text/invisible.js';
import { cleanText, LINE_BREAK, type Run, type RunStyle } from './inline.js';

export interface RedlineColours {
  inserted: string;
  deleted: string;
}

/** Deletions: a red that reads as "taken out" without shouting, and stays dark enough to read when struck. */
export const DELETED_RED = '#b23b3b';
/** Insertions when the brand's own colour is too close to red to tell apart from a deletion. */
const FALLBACK_INSERTED = '#1f5f8b';
const PILCROW = '¶';
const NO_BREAK_SPACE = '\u00A0';

function hueOf(hex: string): { hue: number; saturation: number } | undefined {
  const match = /^#([0-9a-fA-F]{6})$/.exec(hex);
  if (!match) return undefined;
  const value = Number.parseInt(match[1]!, 16);
  const [r, g, b] = [(value >> 16) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return { hue: 0, saturation: 0 };
  const delta = max - min;
  const hue = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return { hue: hue * 60, saturation: delta / max };
}

/** Insertions in the brand's primary colour, unless that is a red or orange (then a neutral blue). */
export function redlineColours(primary: string): RedlineColours {
  const colour = hueOf(primary);
  const reddish = !colour || (colour.saturation > 0.35 && (colour.hue < 45 || colour.hue > 320));
  return { inserted: reddish ? FALLBACK_INSERTED : primary, deleted: DELETED_RED };
}

export function insertedStyle(colours: RedlineColours): RunStyle {
  return { underline: true, colour: colours.inserted };
}

export function deletedStyle(colours: RedlineColours): RunStyle {
  return { strike: true, colour: colours.deleted };
}

const isBlank = (text: string): boolean => /^\s*$/.test(text);

/** Plain text with paragraph breaks (joined parts of a split or merge) as forced line breaks. */
export function textRuns(text: string, style: RunStyle, covers: (codePoint: number) => boolean): Run[] {
  const runs: Run[] = [];
  text.split(PART_SEPARATOR).forEach((part, index) => {
    if (index > 0) runs.push({ text: LINE_BREAK, style });
    const cleaned = cleanText(part, covers);
    if (cleaned !== '') runs.push({ text: cleaned, style });
  });
  return runs;
}

/**
 * Styled runs for a redline. Inserted paragraph breaks show as an underlined "¶" and then break the line; deleted
 * ones as a struck "¶" with the text running on, as it does in the new version.
 */
export function redlineRuns(
  words: readonly WordOp[],
  colours: RedlineColours,
  covers: (codePoint: number) => boolean,
): Run[] {
  const runs: Run[] = [];
  const pilcrow = covers(PILCROW.codePointAt(0)!) ? PILCROW : '|';
  const push = (text: string, style: RunStyle): void => {
    const cleaned = cleanText(text, covers);
    if (cleaned !== '') runs.push({ text: cleaned, style });
  };
  // Invisible characters in a change are named ("⟨U+200B⟩"): otherwise a change nobody can see shows as nothing.
  const marks =
    covers(ANGLE_MARKS.open.codePointAt(0)!) && covers(ANGLE_MARKS.close.codePointAt(0)!)
      ? ANGLE_MARKS
      : { open: '<', close: '>' };
  words.forEach((word, index) => {
    const { op } = word;
    const text = op === 'equal' ? word.text : showInvisibles(word.text, marks);
    if (text === '') return;
    if (op === 'equal') {
      runs.push(...textRuns(text, {}, covers).filter((run) => run.text !== LINE_BREAK || runs.length > 0));
      return;
    }
    const style = op === 'insert' ? insertedStyle(colours) : deletedStyle(colours);
    if (isBlank(text)) {
      if (text.includes(PART_SEPARATOR)) {
        push(pilcrow, style);
        if (op === 'insert') runs.push({ text: LINE_BREAK, style: {} });
        return;
      }
      // Whitespace next to a change of the other kind (a space that became ", schriftelijke ") is shown by that
      // change; alone (two words joined or parted) it needs the stand-in to be seen at all.
      const paired = [words[index - 1], words[index + 1]].some(
        (other) => other !== undefined && other.op !== 'equal' && other.op !== op,
      );
      if (!paired) push(NO_BREAK_SPACE, style);
      else if (op === 'insert') push(' ', {});
      return;
    }
    // A deletion right against its replacement ("slechtsalleen") reads as one word: a space keeps them apart.
    const previous = words[index - 1];
    if (op === 'insert' && previous?.op === 'delete' && /\S$/.test(previous.text) && /^\S/.test(text))
      runs.push({ text: ' ', style: {} });
    text.split(PART_SEPARATOR).forEach((part, partIndex) => {
      if (partIndex > 0) {
        push(` ${pilcrow}`, style);
        if (op === 'insert') runs.push({ text: LINE_BREAK, style: {} });
        else push(' ', style);
      }
      push(part, style);
    });
  });
  return runs;
}
