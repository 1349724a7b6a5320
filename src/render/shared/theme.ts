// The page geometry, type scale and colours of every clausemark PDF. One place, so the hierarchy stays consistent:
// the brand supplies fonts and four colours; sizes and spacing are the house typography.
import type { Brand } from '../../brand/types.js';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Theme {
  page: { width: number; height: number; margin: Box };
  colours: {
    primary: string;
    accent: string;
    text: string;
    muted: string;
    /** Hairlines: table rules, header rule. */
    rule: string;
    /** Table header and code background: a faint tint of the primary colour. */
    tint: string;
    /** Inline code background. */
    codeBackground: string;
  };
  body: { size: number; leading: number; paragraphGap: number; itemGap: number };
  headings: {
    size: number;
    leading: number;
    before: number;
    after: number;
    colour: 'primary' | 'text';
    font: FontKey;
  }[];
  table: { size: number; leading: number; padX: number; padY: number };
  small: { size: number; leading: number };
  /** Hanging-number gutter: the least room between a list number and its text. */
  gutter: { min: number; gap: number };
  /** Lines of a paragraph that must stay together at a page break (orphans and widows). */
  keepLines: number;
}

// A4 in points.
const A4 = { width: 595.28, height: 841.89 };

function channel(hex: string, index: number): number {
  return Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
}

/** `colour` mixed with white: amount 0 is the colour itself, 1 is white. */
export function tint(colour: string, amount: number): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return colour;
  const mix = (index: number): string =>
    Math.round(channel(colour, index) + (255 - channel(colour, index)) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(0)}${mix(1)}${mix(2)}`;
}

export function createTheme(brand: Brand): Theme {
  const { primary, accent, text, muted } = brand.colours;
  return {
    page: { ...A4, margin: { top: 78, bottom: 74, left: 82, right: 70 } },
    colours: {
      primary,
      accent,
      text,
      muted,
      rule: tint(muted, 0.6),
      tint: tint(primary, 0.9),
      codeBackground: tint(muted, 0.86),
    },
    body: { size: 10.5, leading: 15, paragraphGap: 7, itemGap: 4 },
    headings: [
      { size: 15, leading: 19, before: 22, after: 8, colour: 'primary', font: 'bold' },
      { size: 12.5, leading: 16, before: 16, after: 6, colour: 'primary', font: 'bold' },
      { size: 11, leading: 15, before: 12, after: 4, colour: 'text', font: 'bold' },
      { size: 10.5, leading: 15, before: 10, after: 3, colour: 'text', font: 'boldItalic' },
    ],
    table: { size: 9.5, leading: 13, padX: 6, padY: 4.5 },
    small: { size: 8, leading: 11 },
    gutter: { min: 20, gap: 7 },
    keepLines: 2,
  };
}

export function headingStyle(theme: Theme, level: number): Theme['headings'][number] {
  const styles = theme.headings;
  return styles[Math.min(Math.max(level, 1), styles.length) - 1] ?? styles[styles.length - 1]!;
}

export function contentWidth(theme: Theme): number {
  return theme.page.width - theme.page.margin.left - theme.page.margin.right;
}
