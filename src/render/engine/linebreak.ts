// Styled runs → lines that fit a width. Our own line breaker rather than pdfkit's: pdfkit justifies each styled
// fragment on its own (gaps), drops a leading space after `continued`, and cannot hyphenate on demand. Here a line
// is set as a whole: hyphenation only when the line would otherwise be loose, long words and URLs break where
// they can (after / or -, else anywhere), and justification stops stretching before it gapes.
import { isSymbolCodePoint, SYMBOL_PATTERN } from '../../brand/symbol-font.js';
import type { FontKey } from '../shared/theme.js';
import { LINE_BREAK, type Run, type RunStyle } from '../shared/inline.js';
import { continuationAfterHyphen, hyphenationPoints, SOFT_HYPHEN } from './hyphenate.js';
import { splitLongWord, type Split } from './long-word.js';
import {
  insideCharacter,
  LONG_TEXT,
  lengthOf,
  measuredExactly,
  measureText,
  piecesAt,
  widthOf,
  type Measure,
  type Piece,
  type SetFont,
} from './pieces.js';

export type { Measure } from './pieces.js';

export type Align = 'left' | 'justify' | 'right' | 'center';

export interface SetStyle {
  size: number;
  /** Distance between baselines. */
  leading: number;
  align: Align;
  /** Language for hyphenation; undefined turns hyphenation off. */
  hyphenate?: string;
  /** Applied under every run (headings are bold throughout). */
  base?: RunStyle;
}

/** A stretch of one line in one style; `text` may end in a space that is drawn but not part of `width`. */
export interface LineItem {
  x: number;
  text: string;
  style: RunStyle;
  font: SetFont;
  size: number;
  /** Width of the text without a trailing space. */
  width: number;
  /** Extra width added to every space in `text` (justification). */
  wordSpacing: number;
}

export interface SetLine {
  items: LineItem[];
  /** Width the line occupies after alignment. */
  width: number;
}

type Token = { kind: 'word'; pieces: Piece[]; width: number } | { kind: 'space' } | { kind: 'break' };

type Atom = { kind: 'piece'; piece: Piece } | { kind: 'space'; width: number; of: Piece };

const SUPERSCRIPT_SCALE = 0.62;
/** Justification may widen a space to at most this many times its natural width; looser lines stay ragged. */
const MAX_STRETCH = 2.2;
/** A line whose spaces would have to grow more than this fraction of a space tries to hyphenate its next word. */
const HYPHENATE_ABOVE_STRETCH = 0.6;
/** No more than this many hyphenated lines in a row (a ladder of hyphens at the right edge reads badly). */
const MAX_HYPHENS_IN_A_ROW = 2;
/** Letters that must stay on each side of a hyphenation point ("Colle-ge" is not worth a hyphen). */
const MIN_HEAD_LETTERS = 2;
const MIN_TAIL_LETTERS = 3;

export function fontFor(style: RunStyle): FontKey {
  if (style.code) return 'regular';
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  if (style.italic) return 'italic';
  return 'regular';
}

function sizeFor(style: RunStyle, size: number): number {
  return style.superscript ? size * SUPERSCRIPT_SCALE : size;
}

function merge(base: RunStyle | undefined, style: RunStyle): RunStyle {
  return base
    ? { ...base, ...style, bold: Boolean(base.bold || style.bold), italic: Boolean(base.italic || style.italic) }
    : style;
}

function makePiece(text: string, style: RunStyle, font: SetFont, size: number, measure: Measure): Piece {
  const pieceSize = sizeFor(style, size);
  // Soft hyphens stay in the text (they are break points) but take no room until a line breaks there.
  return {
    text,
    style,
    font,
    size: pieceSize,
    ...measureText(text.replaceAll(SOFT_HYPHEN, ''), font, pieceSize, measure),
  };
}

/**
 * A word's pieces: one in its style's face, or, where the word has check boxes or check marks the face lacks (and
 * the measure says which it lacks), those set apart in the symbol font (src/brand/symbol-font.ts).
 */
function makePieces(text: string, style: RunStyle, size: number, measure: Measure): Piece[] {
  const face = fontFor(style);
  const draws = measure.draws;
  if (!draws || !SYMBOL_PATTERN.test(text)) return [makePiece(text, style, face, size, measure)];
  const parts: { text: string; font: SetFont }[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const font: SetFont = isSymbolCodePoint(code) && !draws(code, face) ? 'symbol' : face;
    const last = parts[parts.length - 1];
    if (last?.font === font) last.text += character;
    else parts.push({ text: character, font });
  }
  return parts.map((part) => makePiece(part.text, style, part.font, size, measure));
}

function tokenize(runs: readonly Run[], set: SetStyle, measure: Measure): Token[] {
  const tokens: Token[] = [];
  let pieces: Piece[] = [];
  const endWord = (): void => {
    if (pieces.length === 0) return;
    tokens.push({ kind: 'word', pieces, width: pieces.reduce((sum, piece) => sum + piece.width, 0) });
    pieces = [];
  };
  for (const run of runs) {
    if (run.text === LINE_BREAK) {
      endWord();
      tokens.push({ kind: 'break' });
      continue;
    }
    const style = merge(set.base, run.style);
    const parts = run.text.split(' ');
    parts.forEach((part, index) => {
      if (index > 0) {
        endWord();
        if (tokens[tokens.length - 1]?.kind === 'word') tokens.push({ kind: 'space' });
      }
      if (part.length > 0) pieces.push(...makePieces(part, style, set.size, measure));
    });
  }
  endWord();
  return tokens;
}

/** Where a word may break: after `offset` characters, adding a hyphen or not. */
interface BreakPoint {
  offset: number;
  hyphen: boolean;
}

const URL_LIKE = /^(https?:\/\/|www\.|mailto:)|@|\/\w/i;

function breakPoints(text: string, lang: string | undefined): BreakPoint[] {
  const points = new Map<number, boolean>();
  // Soft hyphens typed by the author are hyphenation points too.
  let plain = '';
  for (const character of text) {
    if (character === SOFT_HYPHEN) points.set(plain.length, true);
    else plain += character;
  }
  const urlLike = URL_LIKE.test(plain);
  for (let i = 1; i < plain.length - 1; i++) {
    const character = plain[i - 1]!;
    if (character === '-' || character === '–' || character === '/' || (urlLike && /[.?&=_#:]/.test(character)))
      points.set(i, false);
  }
  if (lang && !urlLike) {
    for (const point of hyphenationPoints(plain, lang)) {
      const letters = (text: string): number => (text.match(/\p{L}/gu) ?? []).length;
      if (
        points.has(point) ||
        letters(plain.slice(0, point)) < MIN_HEAD_LETTERS ||
        letters(plain.slice(point)) < MIN_TAIL_LETTERS
      )
        continue;
      points.set(point, true);
    }
  }
  return [...points].map(([offset, hyphen]) => ({ offset, hyphen })).sort((a, b) => a.offset - b.offset);
}

function stripSoftHyphens(pieces: Piece[]): Piece[] {
  if (!pieces.some((piece) => piece.text.includes(SOFT_HYPHEN))) return pieces;
  return pieces.map((piece) =>
    piece.text.includes(SOFT_HYPHEN) ? { ...piece, text: piece.text.replaceAll(SOFT_HYPHEN, '') } : piece,
  );
}

function withHyphen(pieces: Piece[], measure: Measure): Piece[] {
  const last = pieces[pieces.length - 1]!;
  const text = `${last.text}-`;
  return [...pieces.slice(0, -1), { ...last, text, width: measure.width(text, last.font, last.size) }];
}

/** The longest head of the word (at a break point) that fits `room`, or undefined. */
function splitToFit(
  pieces: Piece[],
  room: number,
  lang: string | undefined,
  measure: Measure,
  anywhere: boolean,
): Split | undefined {
  const clean = stripSoftHyphens(pieces);
  if (lengthOf(clean) > LONG_TEXT) return splitLongWord(clean, room, measure, anywhere);
  const joined = pieces.map((piece) => piece.text).join('');
  // A name is never hyphenated (it still breaks after a hyphen it has: Jansen-|de Vries).
  const points = breakPoints(joined, pieces.some((piece) => piece.style.name) ? undefined : lang);
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i]!;
    // A hyphenated head is measured with its hyphen (withHyphen), so the cut piece without it never is.
    const head = point.hyphen
      ? withHyphen(piecesAt(clean, point.offset, 'head', undefined), measure)
      : piecesAt(clean, point.offset, 'head', measure);
    if (widthOf(head) <= room) {
      const rawTail = piecesAt(clean, point.offset, 'tail', measure);
      const tail = point.hyphen && lang ? continueTail(rawTail, lang, measure) : rawTail;
      return { head, tail };
    }
  }
  if (!anywhere) return undefined;
  // Last resort for a word wider than the whole line: break between any two characters (not inside one).
  const text = clean.map((piece) => piece.text).join('');
  let fit = 0;
  let first = 0;
  for (let n = 1; n < text.length; n++) {
    if (insideCharacter(text, n)) continue;
    first ||= n;
    if (widthOf(piecesAt(clean, n, 'head', measure)) > room) break;
    fit = n;
  }
  const cut = fit || first || text.length;
  return { head: piecesAt(clean, cut, 'head', measure), tail: piecesAt(clean, cut, 'tail', measure) };
}

function endsWithHyphen(pieces: readonly Piece[]): boolean {
  return pieces[pieces.length - 1]?.text.endsWith('-') ?? false;
}

function continueTail(tail: Piece[], lang: string, measure: Measure): Piece[] {
  const first = tail[0];
  if (!first) return tail;
  const text = continuationAfterHyphen(first.text, lang);
  return text === first.text
    ? tail
    : [{ ...first, text, width: measure.width(text, first.font, first.size) }, ...tail.slice(1)];
}

interface RawLine {
  atoms: Atom[];
  width: number;
  /** Ends a paragraph or at a forced break: not justified. */
  hardEnd: boolean;
  /** Broken at a space between words: the space is kept (drawn past the end) so the text read aloud has it. */
  endsAtSpace?: boolean;
}

/** The lines set so far and the one being filled. */
class LineFill {
  readonly lines: RawLine[] = [];
  atoms: Atom[] = [];
  width = 0;
  pendingSpace = false;
  hyphensInARow = 0;
  private readonly spaceWidths = new Map<string, number>();

  constructor(private readonly measure: Measure) {}

  spaceWidth(of: Piece): number {
    const key = `${of.font}:${of.size}`;
    let width = this.spaceWidths.get(key);
    if (width === undefined) {
      width = this.measure.width(' ', of.font, of.size);
      this.spaceWidths.set(key, width);
    }
    return width;
  }

  lastPiece(): Piece | undefined {
    const last = this.atoms[this.atoms.length - 1];
    return last?.kind === 'piece' ? last.piece : undefined;
  }

  /** Places a word (or part of one) on the line, after the space that preceded it. */
  place(pieces: Piece[]): void {
    const previous = this.lastPiece();
    if (previous && this.pendingSpace) {
      const space = this.spaceWidth(previous);
      this.atoms.push({ kind: 'space', width: space, of: previous });
      this.width += space;
    }
    for (const piece of pieces) this.atoms.push({ kind: 'piece', piece });
    this.width += widthOf(pieces);
    this.pendingSpace = false;
  }

  finish(hardEnd: boolean, endsAtSpace = false): void {
    this.lines.push({ atoms: this.atoms, width: this.width, hardEnd, endsAtSpace });
    this.atoms = [];
    this.width = 0;
    this.pendingSpace = false;
  }
}

/** Breaks runs into lines no wider than `width`. */
export function setText(runs: readonly Run[], set: SetStyle, width: number, measure: Measure): SetLine[] {
  const tokens = tokenize(runs, set, measure);
  if (tokens.length === 0) return [];
  const fill = new LineFill(measure);
  for (const token of tokens) {
    if (token.kind === 'break') fill.finish(true);
    else if (token.kind === 'space') fill.pendingSpace = fill.atoms.length > 0;
    else setWord(fill, token.pieces, set, width, measure);
  }
  if (fill.atoms.length > 0) fill.finish(true);
  else if (fill.lines.length > 0) fill.lines[fill.lines.length - 1]!.hardEnd = true;
  return fill.lines.map((line) => arrange(line, set, width));
}

/** Sets one word: on the current line if it fits, else after ending the line, broken where it must be. */
function setWord(fill: LineFill, typed: Piece[], set: SetStyle, width: number, measure: Measure): void {
  let pieces = typed;
  // Every turn ends a line or places the word; a line holds at least one character of it, so this many turns
  // always suffice (a fixed number dropped the end of a word longer than that many lines).
  const turns = 2 * lengthOf(pieces) + 2;
  for (let turn = 0; turn < turns; turn++) {
    // Only the word as typed has soft hyphens: the tails split off below are made of the clean pieces.
    let plain = turn === 0 ? stripSoftHyphens(pieces) : pieces;
    const previous = fill.lastPiece();
    const space = previous && fill.pendingSpace ? fill.spaceWidth(previous) : 0;
    const fits = (): boolean => fill.width + space + widthOf(plain) <= width + 0.01;
    // A long word's width is an estimate until it may fit: then it is measured, once.
    if (fits() && plain.some((piece) => piece.estimated)) plain = pieces = measuredExactly(plain, measure);
    if (fits()) {
      fill.place(plain);
      return;
    }
    if (fill.atoms.length > 0) {
      pieces = endLineBefore(fill, pieces, space, set, width, measure);
      continue;
    }
    // Alone on a line and still too wide: break it wherever it can break.
    const split = splitToFit(pieces, width, set.hyphenate, measure, true)!;
    fill.place(split.head);
    fill.finish(false);
    pieces = split.tail;
    if (pieces.length === 0) return;
  }
}

/**
 * Ends the current line before a word that does not fit, or inside it at a break point when the line without it
 * would be loose. Returns what of the word is still to set.
 */
function endLineBefore(
  fill: LineFill,
  pieces: Piece[],
  space: number,
  set: SetStyle,
  width: number,
  measure: Measure,
): Piece[] {
  const previous = fill.lastPiece();
  const room = width - fill.width - space;
  const spaces = fill.atoms.filter((atom) => atom.kind === 'space').length + (space > 0 ? 1 : 0);
  const stretch = spaces > 0 && previous ? (width - fill.width) / spaces / fill.spaceWidth(previous) : Infinity;
  const loose = set.align === 'justify' ? stretch > HYPHENATE_ABOVE_STRETCH : width - fill.width > width * 0.2;
  const lang = fill.hyphensInARow < MAX_HYPHENS_IN_A_ROW ? set.hyphenate : undefined;
  const split = loose ? splitToFit(pieces, room, lang, measure, false) : undefined;
  if (split && split.head.length > 0) {
    fill.place(split.head);
    fill.hyphensInARow = endsWithHyphen(split.head) ? fill.hyphensInARow + 1 : 0;
    fill.finish(false);
    return split.tail;
  }
  fill.hyphensInARow = 0;
  fill.finish(false, space > 0);
  return pieces;
}

function sameLink(a: RunStyle['link'], b: RunStyle['link']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return 'url' in a ? 'url' in b && a.url === b.url : 'dest' in b && a.dest === b.dest;
}

function sameLook(a: Piece, b: Piece): boolean {
  const x = a.style;
  const y = b.style;
  return (
    a.font === b.font &&
    a.size === b.size &&
    Boolean(x.code) === Boolean(y.code) &&
    Boolean(x.strike) === Boolean(y.strike) &&
    Boolean(x.underline) === Boolean(y.underline) &&
    x.colour === y.colour &&
    Boolean(x.superscript) === Boolean(y.superscript) &&
    sameLink(x.link, y.link)
  );
}

/** Positions the atoms of a line: alignment, justification, and merging into drawable items. */
function arrange(line: RawLine, set: SetStyle, width: number): SetLine {
  const spaces = line.atoms.filter((atom) => atom.kind === 'space') as Extract<Atom, { kind: 'space' }>[];
  let extra = 0;
  if (set.align === 'justify' && !line.hardEnd && spaces.length > 0) {
    const perSpace = (width - line.width) / spaces.length;
    const natural = spaces.reduce((sum, space) => sum + space.width, 0) / spaces.length;
    if (perSpace > 0 && perSpace <= natural * (MAX_STRETCH - 1)) extra = perSpace;
  }
  const used = line.width + extra * spaces.length;
  let x = set.align === 'right' ? width - used : set.align === 'center' ? (width - used) / 2 : 0;
  const items: LineItem[] = [];
  let current: LineItem | undefined;
  let currentPiece: Piece | undefined;
  for (const atom of line.atoms) {
    if (atom.kind === 'space') {
      if (current) {
        current.text += ' ';
        x += atom.width + extra;
      }
      continue;
    }
    const piece = atom.piece;
    if (current && currentPiece && sameLook(currentPiece, piece)) {
      current.width = x - current.x + piece.width;
      current.text += piece.text;
    } else {
      current = {
        x,
        text: piece.text,
        style: piece.style,
        font: piece.font,
        size: piece.size,
        width: piece.width,
        wordSpacing: extra,
      };
      items.push(current);
      currentPiece = piece;
    }
    x += piece.width;
  }
  // Screen readers and copying take the text from the glyphs: without it "de" + "school" on the next line reads
  // as "deschool". The space is not part of the item's width, so nothing visible moves.
  if (line.endsAtSpace && current) current.text += ' ';
  return { items, width: used };
}
