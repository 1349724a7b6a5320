// What the comparison's parts share: the flow context of the policy renderer plus the input, a landscape page, and
// the look of each kind of matrix cell. Colour is never the only signal: every kind has a symbol and a word too.
import type { Brand } from '../../../brand/types.js';
import type { FlowContext } from '../../engine/context.js';
import { redlineColours, type RedlineColours } from '../../shared/redline.js';
import { createTheme, type Theme } from '../../shared/theme.js';
import { CELL_SIGNS } from '../../shared/compare/cell-kind.js';
import type { CellKind, ComparePdfInput } from './input.js';

export interface CompareContext extends FlowContext {
  input: ComparePdfInput;
  redline: RedlineColours;
}

// A4 landscape in points: the matrix needs the width (a column per organisation).
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

/** The house theme turned sideways, with narrower margins (the running header and footer keep their distance). */
export function landscapeTheme(brand: Brand): Theme {
  const theme = createTheme(brand);
  return { ...theme, page: { ...A4_LANDSCAPE, margin: { top: 64, bottom: 58, left: 50, right: 50 } } };
}

export interface CellLook {
  symbol: string;
  /** Cell background: soft, so black text on it stays easy to read. */
  fill: string;
  /** Text colour on that background. */
  text: string;
}

/** What a brand font that lacks a kind's sign (CELL_SIGNS) shows instead: a plain ASCII mark, never an empty box. */
const ASCII_SIGNS: Readonly<Record<CellKind, string>> = {
  reference: '*',
  identical: '=',
  reworded: '~',
  different: '!',
  only: '+',
  unpaired: '+',
  possible: '?',
  unmatched: 'o',
  absent: '-',
  'confirmed-absent': '0',
};

/** The colours of each kind: no colour for the empty cells, so the present ones stand out; the sign and word say it. */
const FILLS: Readonly<Record<CellKind, string>> = {
  identical: '#d8eedd',
  reference: '#cbdcf0',
  reworded: '#fbecc0',
  different: '#f6d0c8',
  only: '#e6e0f2',
  unpaired: '#efedf4',
  possible: '',
  unmatched: '',
  absent: '',
  'confirmed-absent': '',
};

/**
 * Fixed meaning colours (not the brand's): blue reference, green alike, amber edited, red different, none missing.
 * The sign is the one every format uses (CELL_SIGNS, which the shipped fonts all draw); only a brand font without
 * it gets the ASCII mark.
 */
export function cellLook(kind: CellKind, theme: Theme, covers: (codePoint: number) => boolean): CellLook {
  const sign = CELL_SIGNS[kind];
  const drawable = [...sign].every((c) => covers(c.codePointAt(0) ?? 0));
  // Possible, not matched and not found are places to look, muted; a person's "absent" is plain text.
  const muted = kind === 'possible' || kind === 'unmatched' || kind === 'absent';
  return {
    symbol: drawable ? sign : ASCII_SIGNS[kind],
    fill: FILLS[kind],
    text: muted ? theme.colours.muted : theme.colours.text,
  };
}

export { cellKind } from '../../shared/compare/cell-kind.js';

/** Named destination of provision `index` (0-based): the matrix row links to its texts. */
export function provisionDestination(index: number): string {
  return `provision:${index + 1}`;
}

/** Display name of a document: its readable name (src/compare/read/keys.ts), unique within the comparison. */
export function documentName(input: ComparePdfInput, key: string): string {
  const document = input.alignment.documents.find((candidate) => candidate.key === key);
  return document?.name || document?.organisation || key;
}

/** Blue for insertions when the brand's primary colour is a grey (dark slate would read as plain text). */
const GREYISH_INSERTED = '#1f5f8b';

function saturation(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  const max = Math.max(...channels);
  return max === 0 ? 0 : (max - Math.min(...channels)) / max;
}

/** The board pack's redline colours, with insertions in blue where the brand's colour has too little hue. */
export function compareRedline(primary: string): RedlineColours {
  const colours = redlineColours(primary);
  return /^#[0-9a-fA-F]{6}$/.test(colours.inserted) && saturation(colours.inserted) >= 0.4
    ? colours
    : { ...colours, inserted: GREYISH_INSERTED };
}
