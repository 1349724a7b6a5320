// Drawing set lines: glyphs, link annotations, inline-code backgrounds, strike-through and underline. Text is
// written straight into the content stream (one BT…ET per styled item) so justified spacing is exact and the space
// glyphs stay in the text, which keeps copy-paste and text extraction readable.
import type { Doc, EmbeddedFont, Fonts } from './document.js';
import { fontFor, setText, type Measure, type SetLine, type SetStyle, type LineItem } from './linebreak.js';
import type { Run } from '../shared/inline.js';
import type { Tagger } from './tagging.js';
import type { SetFont } from '../shared/measure.js';
import type { Theme } from '../shared/theme.js';

export interface Painter {
  doc: Doc;
  fonts: Fonts;
  theme: Theme;
  tagger: Tagger;
  measure: Measure;
  /**
   * Only the layout is wanted (the pages the headings fall on, for a Word document built without its PDF): set lines
   * are placed but not drawn, which changes no position.
   */
  layoutOnly?: boolean;
}

// Advance widths at 1pt per font and text, shared by all documents: they depend only on the font and the text
// (pdfkit lays out the text again for every query, which dominates line breaking otherwise).
const unitWidths = new WeakMap<object, Map<string, number>>();
const MAX_CACHED_WIDTHS = 200_000;

export function createMeasure(fonts: Fonts): Measure {
  const tables = new Map<string, Map<string, number>>();
  const tableFor = (key: string): Map<string, number> => {
    let table = tables.get(key);
    if (!table) {
      const font = fonts.get(key as SetFont);
      table = unitWidths.get(font.font as object);
      if (!table || table.size > MAX_CACHED_WIDTHS) {
        table = new Map();
        unitWidths.set(font.font as object, table);
      }
      tables.set(key, table);
    }
    return table;
  };
  return {
    width(text, font, size) {
      const table = tableFor(font);
      let unit = table.get(text);
      if (unit === undefined) {
        unit = fonts.get(font).widthOfString(text, 1);
        table.set(text, unit);
      }
      return unit * size;
    },
    draws: (codePoint, font) => fonts.draws(codePoint, font),
  };
}

export function layoutText(painter: Painter, runs: readonly Run[], set: SetStyle, width: number): SetLine[] {
  return setText(runs, set, width, painter.measure);
}

function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Where the baseline sits below the top of a line box of height `leading`. */
export function baselineOffset(font: EmbeddedFont, size: number, leading: number): number {
  const ascent = (font.ascender / 1000) * size;
  const descent = (-font.descender / 1000) * size;
  return (leading - ascent - descent) / 2 + ascent;
}

/**
 * `#rrggbb` → the PDF fill operator (or with `RG` the stroke operator); our own so one line of text is one write
 * into the page.
 */
function fillOperator(colour: string, operator: 'rg' | 'RG' = 'rg'): string {
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(colour)?.[1] ?? '000000';
  const value = Number.parseInt(hex, 16);
  return `${num((value >> 16) / 255)} ${num(((value >> 8) & 0xff) / 255)} ${num((value & 0xff) / 255)} ${operator}`;
}

/** The outline drawn around synthesised bold glyphs, in ems: LibreOffice's (a thirtieth of the size), as it does Word's. */
const SYNTHETIC_BOLD_STROKE = 1 / 30;

/**
 * Text set in the symbol font where the face it stands in for is bold. The font has one weight: DejaVu Sans Bold's
 * check boxes are the regular ones, so a bold subset would print them no heavier. They are emboldened as LibreOffice
 * and Word embolden a font without a bold face, filled and outlined in the text's colour. (In italic text they stay
 * upright: DejaVu Sans Oblique, and IBM Plex Sans Italic for its ✓, draw them upright too.)
 */
function syntheticBold(item: LineItem): boolean {
  if (item.font !== 'symbol') return false;
  const face = fontFor(item.style);
  return face === 'bold' || face === 'boldItalic';
}

/** The operators that draw an item's text in its colour, emboldened where syntheticBold says so. */
function colouredText(item: LineItem, colour: string, ops: string): string {
  if (!syntheticBold(item)) return `${fillOperator(colour)} ${ops}`;
  const stroke = `${fillOperator(colour, 'RG')} ${num(item.size * SYNTHETIC_BOLD_STROKE)} w 1 j 2 Tr`;
  return `q ${fillOperator(colour)} ${stroke} ${ops} Q`;
}

interface EncodedWord {
  /** TJ array elements for the word (glyph strings with kerning numbers between them). */
  tj: string;
  /** Advance in 1/1000 em. */
  advance: number;
}

// Encoded words per document font: most words recur, and encoding also registers glyphs in the font subset.
const encodedWords = new WeakMap<EmbeddedFont, Map<string, EncodedWord>>();

function encodeWord(font: EmbeddedFont, word: string): EncodedWord {
  let words = encodedWords.get(font);
  if (!words) {
    words = new Map();
    encodedWords.set(font, words);
  }
  let encoded = words.get(word);
  if (!encoded) {
    const [glyphs, positions] = font.encode(word);
    const parts: string[] = [];
    let hex = '';
    let advance = 0;
    for (let i = 0; i < glyphs.length; i++) {
      const position = positions[i]!;
      hex += glyphs[i];
      advance += position.xAdvance;
      const kern = position.xAdvance - position.advanceWidth;
      if (kern !== 0 && i < glyphs.length - 1) {
        parts.push(`<${hex}> ${num(-kern)}`);
        hex = '';
      }
    }
    if (hex) parts.push(`<${hex}>`);
    // Kerning after the last glyph of a word is dropped: the next glyph is a space or another style.
    const last = positions[positions.length - 1];
    if (last) advance -= last.xAdvance - last.advanceWidth;
    encoded = { tj: parts.join(' '), advance };
    words.set(word, encoded);
  }
  return encoded;
}

/**
 * Content-stream operators that set `text` with its baseline at (x, baseline), every space widened by
 * `wordSpacing` points. Returns the operators and the width set.
 */
function textOperators(
  doc: Doc,
  font: EmbeddedFont,
  size: number,
  x: number,
  baseline: number,
  text: string,
  wordSpacing = 0,
): { ops: string; width: number } {
  if (text.length === 0) return { ops: '', width: 0 };
  const fonts = doc.page.fonts as Record<string, unknown>;
  if (fonts[font.id] == null) fonts[font.id] = font.ref();
  const parts: string[] = [];
  let advance = 0;
  const words = text.split(' ');
  const space = words.length > 1 ? encodeWord(font, ' ') : undefined;
  const extra = (wordSpacing * 1000) / size;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word.length > 0) {
      const encoded = encodeWord(font, word);
      parts.push(encoded.tj);
      advance += encoded.advance;
    }
    if (space && index < words.length - 1) {
      parts.push(extra !== 0 ? `${space.tj} ${num(-extra)}` : space.tj);
      advance += space.advance + extra;
    }
  }
  return {
    ops: `BT /${font.id} ${num(size)} Tf 1 0 0 -1 ${num(x)} ${num(baseline)} Tm [${parts.join(' ')}] TJ ET`,
    width: (advance / 1000) * size,
  };
}

/** Writes `text` in `colour` with its baseline at (x, baseline); returns the width set. */
export function showText(
  doc: Doc,
  font: EmbeddedFont,
  size: number,
  x: number,
  baseline: number,
  text: string,
  colour: string,
  wordSpacing = 0,
): number {
  const { ops, width } = textOperators(doc, font, size, x, baseline, text, wordSpacing);
  if (ops) doc.addContent(`${fillOperator(colour)} ${ops}`);
  return width;
}

export interface LineColours {
  text: string;
  link: string;
}

function itemColour(item: LineItem, colours: LineColours): string {
  return item.style.colour ?? (item.style.link ? colours.link : colours.text);
}

/** A line's decorations, as artifacts: the background of inline code, strike-through and underline. */
function paintDecorations(painter: Painter, line: SetLine, x: number, baseline: number, colours: LineColours): void {
  const { doc, fonts, tagger, theme } = painter;
  const decorated = line.items.filter((item) => item.style.code || item.style.strike || item.style.underline);
  if (decorated.length === 0) return;
  tagger.artifact(() => {
    for (const item of decorated) {
      const left = x + item.x;
      if (item.style.code) {
        doc
          .rect(left - 1.5, baseline - item.size * 0.82, item.width + 3, item.size * 1.08)
          .fill(theme.colours.codeBackground);
      }
      if (item.style.strike) {
        const y = baseline - (fonts.get(item.font).xHeight / 1000) * item.size * 0.55;
        doc
          .moveTo(left, y)
          .lineTo(left + item.width, y)
          .lineWidth(0.6)
          .stroke(itemColour(item, colours));
      }
      if (item.style.underline) {
        // Just below the baseline, clear of most descenders' bowls but close enough to read as one word.
        const y = baseline + item.size * 0.14;
        doc
          .moveTo(left, y)
          .lineTo(left + item.width, y)
          .lineWidth(0.7)
          .stroke(itemColour(item, colours));
      }
    }
  });
}

/**
 * Draws one set line whose box starts at (x, top) and is `leading` high. Links become annotations (and Link
 * elements when tagged content is open); decorations are artifacts.
 */
export function paintLine(
  painter: Painter,
  line: SetLine,
  x: number,
  top: number,
  leading: number,
  colours: LineColours,
): void {
  if (painter.layoutOnly) return;
  const { doc, fonts, tagger } = painter;
  const regular = fonts.get('regular');
  const baseSize =
    Math.max(...line.items.map((item) => (item.style.superscript ? 0 : item.size)), 0) || (line.items[0]?.size ?? 10);
  const baseline = top + baselineOffset(regular, baseSize, leading);
  paintDecorations(painter, line, x, baseline, colours);
  // Plain items are batched into one write; a link interrupts the batch (it has its own tagged content).
  let batch = '';
  const flush = (): void => {
    if (batch) doc.addContent(batch);
    batch = '';
  };
  for (const item of line.items) {
    const font = fonts.get(item.font);
    const rise = item.style.superscript ? baseSize * 0.36 : 0;
    const { ops } = textOperators(doc, font, item.size, x + item.x, baseline - rise, item.text, item.wordSpacing);
    const text = colouredText(item, itemColour(item, colours), ops);
    const link = item.style.link;
    if (!link) {
      batch += batch ? `\n${text}` : text;
      continue;
    }
    flush();
    tagger.link(
      () => doc.addContent(text),
      (element) => {
        // Contents is the link's text for screen readers (a PDF string: pdfkit would write a plain string as a name).
        const options = {
          ...(element ? { structParent: element } : {}),
          Contents: new String(item.text.trim()) as unknown as string,
        };
        if ('url' in link) doc.link(x + item.x, top, item.width, leading, link.url, options);
        else doc.goTo(x + item.x, top, item.width, leading, link.dest, options);
      },
    );
  }
  flush();
}
