// The Word styles of a clausemark document: the brand's fonts (by family name, read from the brand's font files)
// and colours, the house type scale of the PDF (src/render/shared/theme.ts) in half-points, and heading styles with
// outline levels, so Word's navigation pane and table of contents see the structure.
import * as fontkit from 'fontkit';
import type { IStylesOptions } from 'docx';
import type { Brand } from '../../brand/types.js';
import { createTheme, type Theme } from '../shared/theme.js';

export const HEADING_LEVELS = 6;

export interface DocxFonts {
  body: string;
}

/** #rrggbb → RRGGBB as Word writes colours. */
export function wordColour(hex: string): string {
  return hex.replace(/^#/, '').toUpperCase();
}

/** Points → half-points (Word's font size unit). */
const halfPoints = (points: number): number => Math.round(points * 2);
/** Points → twentieths of a point (Word's spacing unit). */
export const twips = (points: number): number => Math.round(points * 20);

const familyCache = new WeakMap<Uint8Array, string>();

/** The family name inside a font file (Word picks fonts by family), "Calibri" if the file says none. */
function fontFamily(bytes: Uint8Array): string {
  const known = familyCache.get(bytes);
  if (known) return known;
  let family = 'Calibri';
  try {
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if ('familyName' in font && typeof font.familyName === 'string' && font.familyName !== '') family = font.familyName;
  } catch {
    // A brand's fonts were checked when it was loaded; a name we cannot read only costs the font choice.
  }
  familyCache.set(bytes, family);
  return family;
}

/**
 * The document's styles. Clause text is justified as in the policy's PDF, or `ragged` (left-aligned) as the board
 * pack sets a redline, where justified lines would stretch around struck-out words.
 */
export function documentStyles(
  brand: Brand,
  lang: string,
  ragged = false,
): { styles: IStylesOptions; theme: Theme; fonts: DocxFonts } {
  const theme = createTheme(brand);
  const body = fontFamily(brand.fonts.regular);
  const styles: IStylesOptions = {
    default: defaultStyles(theme, body, lang),
    paragraphStyles: [
      ...Array.from({ length: HEADING_LEVELS }, (_, index) => headingStyle(theme, body, index)),
      ...houseParagraphStyles(theme, ragged),
      ...contentsStyles(theme, body),
    ],
  };
  return { styles, theme, fonts: { body } };
}

/** The document's default run and paragraph (the body text) and Word's Title style. */
function defaultStyles(theme: Theme, body: string, lang: string): IStylesOptions['default'] {
  const colours = theme.colours;
  return {
    document: {
      run: {
        font: body,
        size: halfPoints(theme.body.size),
        color: wordColour(colours.text),
        language: { value: lang },
      },
      paragraph: {
        spacing: {
          after: twips(theme.body.paragraphGap),
          line: twips(theme.body.leading),
          lineRule: 'atLeast' as const,
        },
      },
    },
    title: { run: { font: body, size: halfPoints(30), bold: true, color: wordColour(colours.primary) } },
  };
}

/** Heading level index + 1 as the PDF sets it; levels past the theme's last take its last. */
function headingStyle(theme: Theme, body: string, index: number) {
  const style = theme.headings[Math.min(index, theme.headings.length - 1)]!;
  return {
    id: `Heading${index + 1}`,
    name: `Heading ${index + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: {
      font: body,
      size: halfPoints(style.size),
      bold: style.font === 'bold' || style.font === 'boldItalic',
      italics: style.font === 'boldItalic',
      color: wordColour(style.colour === 'primary' ? theme.colours.primary : theme.colours.text),
    },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: index,
      spacing: {
        before: twips(style.before),
        after: twips(style.after),
        line: twips(style.leading),
        lineRule: 'atLeast' as const,
      },
    },
  };
}

/** A contents entry of a level as the PDF sets it (src/render/pdf/toc.ts): size, leading and space above, in points. */
export function tocEntryStyle(
  theme: Theme,
  level: number,
): { size: number; leading: number; before: number; bold: boolean; muted: boolean } {
  const size = theme.body.size;
  if (level <= 1) return { size, leading: 15, before: 7, bold: true, muted: false };
  if (level === 2) return { size: size - 0.5, leading: 14, before: 1.5, bold: false, muted: false };
  return { size: size - 1, leading: 13, before: 1, bold: false, muted: true };
}

/**
 * The contents' heading, and Word's TOC 1…3 styles as the PDF sets its contents' levels: Word uses them again when it
 * updates the contents.
 */
function contentsStyles(theme: Theme, body: string): NonNullable<IStylesOptions['paragraphStyles']> {
  const colours = theme.colours;
  const heading = [
    // The contents' heading as the PDF sets it (a level-1 heading kept out of the contents); without a style of
    // our own LibreOffice takes its "Contents Heading", in Liberation Sans.
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: {
        font: body,
        size: halfPoints(theme.headings[0]!.size),
        bold: true,
        color: wordColour(colours.primary),
      },
      // It always starts a page, where the PDF sets no space above a heading; below it, the PDF's space before the
      // first entry (Word sets the larger of this and the entry's own space above, not both).
      paragraph: { keepNext: true, spacing: { before: 0, after: twips(theme.headings[0]!.after + 6 + 7) } },
    },
  ];
  const entries = [1, 2, 3].map((level) => {
    const style = tocEntryStyle(theme, level);
    return {
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      run: {
        font: body,
        size: halfPoints(style.size),
        bold: style.bold,
        color: wordColour(style.muted ? theme.colours.muted : theme.colours.text),
      },
      paragraph: {
        // Indented by level, where Word's own entries (a revision's, or after Word updates them) have no columns.
        indent: { left: twips(18 * (level - 1)) },
        spacing: { before: twips(style.before), after: 0, line: twips(style.leading), lineRule: 'atLeast' as const },
      },
    };
  });
  return [...heading, ...entries];
}

/** Our own paragraph styles: clauses, the cover, the adoption note, colophon and furniture. */
function houseParagraphStyles(theme: Theme, ragged: boolean): NonNullable<IStylesOptions['paragraphStyles']> {
  const colours = theme.colours;
  return [
    // The PDF's space between list items above each clause; a clause that starts a list or a section gets its own
    // (src/render/docx/body.ts).
    {
      id: 'Clause',
      name: 'Clause',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        alignment: ragged ? 'left' : 'both',
        spacing: { before: twips(theme.body.itemGap), after: 0 },
      },
    },
    { id: 'CoverLine', name: 'Cover line', basedOn: 'Normal', run: { color: wordColour(colours.muted) } },
    {
      id: 'Adoption',
      name: 'Adoption',
      basedOn: 'Normal',
      run: { italics: true },
      paragraph: {
        indent: { left: twips(14) },
        border: { left: { style: 'single', size: 12, color: wordColour(colours.accent), space: 6 } },
      },
    },
    {
      id: 'Colophon',
      name: 'Colophon',
      basedOn: 'Normal',
      run: { size: halfPoints(theme.small.size), color: wordColour(colours.muted) },
    },
    {
      id: 'Furniture',
      name: 'Header and footer',
      basedOn: 'Normal',
      run: { size: halfPoints(theme.small.size), color: wordColour(colours.muted) },
    },
  ];
}
