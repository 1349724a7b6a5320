// Pieces: a stretch of one word in one style, with its width. Shared by the line breaker (linebreak.ts) and its
// path for overlong words (long-word.ts). A piece of a very long word may carry an estimated width: measuring a
// 100,000-letter string on every line it spans is what made such words cost the square of their length.
import type { RunStyle } from '../shared/inline.js';
import type { Measure, SetFont } from '../shared/measure.js';

export type { Measure, SetFont };

export interface Piece {
  text: string;
  style: RunStyle;
  font: SetFont;
  size: number;
  width: number;
  /** The width is an estimate (a long remainder of a word): measure it before the piece is placed on a line. */
  estimated?: boolean;
}

/** Text longer than this is measured in chunks, or estimated, never shaped whole on every line it spans. */
export const LONG_TEXT = 200;
const CHUNK = 64;

export function widthOf(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, piece) => sum + piece.width, 0);
}

export function lengthOf(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, piece) => sum + piece.text.length, 0);
}

/** An offset inside `text` where it may not be cut: inside a surrogate pair, or before a combining mark. */
export function insideCharacter(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code >= 0xdc00 && code <= 0xdfff) return true;
  return /^\p{M}/u.test(text.slice(offset, offset + 2));
}

/**
 * The width of `text`, exactly when it is short; a long text is measured in chunks (the sum differs from the
 * whole only by the kerning at the seams) and marked as an estimate, so that no layout of it is kept per line.
 */
export function measureText(
  text: string,
  font: SetFont,
  size: number,
  measure: Measure,
): { width: number; estimated?: true } {
  if (text.length <= LONG_TEXT) return { width: measure.width(text, font, size) };
  let width = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && insideCharacter(text, end)) end++;
    width += measure.width(text.slice(start, end), font, size);
    start = end;
  }
  return { width, estimated: true };
}

/** The pieces with exact widths (measured now where they were estimated). */
export function measuredExactly(pieces: Piece[], measure: Measure): Piece[] {
  if (!pieces.some((piece) => piece.estimated)) return pieces;
  return pieces.map((piece) =>
    piece.estimated
      ? {
          text: piece.text,
          style: piece.style,
          font: piece.font,
          size: piece.size,
          width: measure.width(piece.text, piece.font, piece.size),
        }
      : piece,
  );
}

/**
 * The pieces of a word before (`side` 'head') or after ('tail') a character offset of their joined text. A piece cut
 * in two is measured only when `measure` is given: line breaking tries several break points but keeps one, and
 * every new fragment measured is a string the font shaper has to lay out. A long tail is not measured but estimated
 * (its piece's width less the head's), since it is measured again line after line as the word is broken.
 */
export function piecesAt(
  pieces: Piece[],
  offset: number,
  side: 'head' | 'tail',
  measure: Measure | undefined,
): Piece[] {
  const out: Piece[] = [];
  let seen = 0;
  for (const piece of pieces) {
    const start = seen;
    seen += piece.text.length;
    if (seen <= offset) {
      if (side === 'head') out.push(piece);
    } else if (start >= offset) {
      if (side === 'tail') out.push(piece);
    } else if (side === 'head') {
      const text = piece.text.slice(0, offset - start);
      out.push({ ...piece, text, width: measure ? measure.width(text, piece.font, piece.size) : 0, estimated: false });
    } else {
      const text = piece.text.slice(offset - start);
      if (measure && text.length > LONG_TEXT) {
        const head = measure.width(piece.text.slice(0, offset - start), piece.font, piece.size);
        out.push({ ...piece, text, width: Math.max(0, piece.width - head), estimated: true });
      } else {
        out.push({
          ...piece,
          text,
          width: measure ? measure.width(text, piece.font, piece.size) : 0,
          estimated: false,
        });
      }
    }
  }
  return out;
}
