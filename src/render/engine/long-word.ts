// Breaking a word longer than a few lines (a pasted hash, a run of letters, a URL without end) in time that grows
// with its length, not its square: each line looks only at a window of the word about twice what fits, picks the
// break from the widths of single characters, and measures just the head it keeps. Such a string is no word:
// it breaks after / or - where it can, else at the full width, never inside a character; patterns do not hyphenate
// it (src/render/engine/hyphenate.ts). The rest of the word keeps an estimated width until it is short.
import { insideCharacter, lengthOf, piecesAt, widthOf, type Measure, type Piece } from './pieces.js';

export interface Split {
  head: Piece[];
  tail: Piece[];
}

/** Characters of the window at the least, however wide they are. */
const MIN_WINDOW = 64;

const URL_LIKE = /^(https?:\/\/|www\.|mailto:)|@|\/\w/i;

function breakAfter(character: string, urlLike: boolean): boolean {
  return character === '-' || character === '–' || character === '/' || (urlLike && /[.?&=_#:]/.test(character));
}

/** Width of every head of the window (index: its length in UTF-16 units), from the widths of single characters. */
function estimatedHeads(window: readonly Piece[], measure: Measure): Float64Array {
  const heads = new Float64Array(lengthOf(window) + 1);
  const widths = new Map<string, number>();
  let offset = 0;
  for (const piece of window) {
    for (const character of piece.text) {
      const key = `${piece.font}\u0000${piece.size}\u0000${character}`;
      let width = widths.get(key);
      if (width === undefined) {
        width = measure.width(character, piece.font, piece.size);
        widths.set(key, width);
      }
      for (let unit = 0; unit < character.length; unit++) heads[offset + unit + 1] = heads[offset] ?? 0;
      offset += character.length;
      heads[offset] = (heads[offset - character.length] ?? 0) + width;
    }
  }
  return heads;
}

/**
 * The largest of `offsets` (ascending) whose head fits `room`: guessed from the estimated widths, confirmed by
 * measuring that one head; when the guess was too wide (kerning, shaping), a binary search over the smaller ones.
 */
function largestFitting(
  offsets: readonly number[],
  estimate: Float64Array,
  room: number,
  fits: (offset: number) => boolean,
): number | undefined {
  let guess = -1;
  while (guess + 1 < offsets.length && (estimate[offsets[guess + 1]!] ?? Infinity) <= room) guess++;
  if (guess >= 0 && fits(offsets[guess]!)) return offsets[guess];
  let low = 0;
  let high = guess;
  let found: number | undefined;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fits(offsets[middle]!)) {
      found = offsets[middle];
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return found;
}

/** The longest head of an overlong word that fits `room` (anywhere: also between any two characters), or undefined. */
export function splitLongWord(
  pieces: Piece[],
  roomWidth: number,
  measure: Measure,
  anywhere: boolean,
): Split | undefined {
  const total = lengthOf(pieces);
  const average = widthOf(pieces) / Math.max(1, total);
  let size = Math.min(total, Math.max(MIN_WINDOW, Math.ceil((2 * roomWidth) / Math.max(average, 1e-6))));
  let window = piecesAt(pieces, size, 'head', undefined);
  let heads = estimatedHeads(window, measure);
  // A window that fits whole (narrow letters, a short estimate) is doubled until it does not, or is the whole word.
  while (size < total && (heads[size] ?? 0) <= roomWidth) {
    size = Math.min(total, size * 2);
    window = piecesAt(pieces, size, 'head', undefined);
    heads = estimatedHeads(window, measure);
  }
  // The window and the two units after it: whether its last offset cuts a character depends on what follows.
  const text = piecesAt(pieces, size + 2, 'head', undefined)
    .map((piece) => piece.text)
    .join('');
  if (size === total && (heads[size] ?? 0) <= roomWidth) {
    const whole = piecesAt(pieces, total, 'head', measure);
    if (widthOf(whole) <= roomWidth) return { head: whole, tail: [] };
  }
  const fits = (offset: number): boolean => widthOf(piecesAt(pieces, offset, 'head', measure)) <= roomWidth;
  // Offsets a head may end at: inside the window, or at its end when more of the word follows. After a separator
  // at least two characters are left for the next line, as for short words.
  const last = size < total ? size : total - 1;
  const urlLike = URL_LIKE.test(text);
  const separators: number[] = [];
  const anyOffsets: number[] = [];
  for (let offset = 1; offset <= last; offset++) {
    if (insideCharacter(text, offset)) continue;
    anyOffsets.push(offset);
    if (breakAfter(text[offset - 1]!, urlLike) && (size < total || offset < total - 1)) separators.push(offset);
  }
  let cut = largestFitting(separators, heads, roomWidth, fits);
  if (cut === undefined) {
    if (!anywhere) return undefined;
    // Not even one character fits: the first goes on the line all the same (the word must go somewhere).
    cut = largestFitting(anyOffsets, heads, roomWidth, fits) ?? anyOffsets[0] ?? Math.min(total, Math.max(1, last));
  }
  return { head: piecesAt(pieces, cut, 'head', measure), tail: piecesAt(pieces, cut, 'tail', measure) };
}
