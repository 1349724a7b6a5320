// Check boxes and check marks in the Word document (src/brand/symbol-font.ts). A ☒ the brand's face lacks is set in
// a run of its own in Clausemark Symbols, as the PDF sets it, wherever the document writes text (clauses, the cover,
// the contents, the running header and footer, the colophon), and the document then embeds that font beside the
// brand's (index.ts): a reader's Word without a font that draws ☒ would show an empty box. A document without such a
// character names and embeds no symbol font, and is the same bytes as it was before there was one.
// In bold text the run stays bold (Word and LibreOffice embolden a font without a bold face, as the PDF does); in
// italic text it is upright, as in the PDF and in DejaVu Sans Oblique, where Word would slant it.
import { TextRun, type IRunOptions } from 'docx';
import { faceCovers } from '../../brand/coverage.js';
import { isSymbolCodePoint, SYMBOL_FONT_FAMILY, SYMBOL_PATTERN } from '../../brand/symbol-font.js';
import type { Brand } from '../../brand/types.js';
import type { RunStyle } from '../shared/inline.js';
import type { FontKey } from '../shared/theme.js';

/** Which symbols a document sets in the symbol font, and whether it has set any (then the font is embedded). */
export interface WordSymbols {
  lacks(codePoint: number, face: FontKey): boolean;
  used: boolean;
}

/** What the brand's faces lack (brand/coverage.ts, asked of each face once per code point); nothing used yet. */
export function wordSymbols(brand: Brand): WordSymbols {
  return { used: false, lacks: (codePoint, face) => !faceCovers(brand.fonts[face], codePoint) };
}

/** The face Word sets a run's text in (inline code is in a font of its own, never split). */
function faceOf(style: RunStyle): FontKey | undefined {
  if (style.code) return undefined;
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}

export interface TextPart {
  text: string;
  /** Set in the symbol font. */
  symbol: boolean;
}

/** A run's text in parts: the characters set in the symbol font apart from the rest (one part where there are none). */
export function symbolParts(text: string, style: RunStyle, symbols: WordSymbols | undefined): TextPart[] {
  const face = faceOf(style);
  if (!symbols || !face || !SYMBOL_PATTERN.test(text)) return [{ text, symbol: false }];
  const parts: TextPart[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const symbol = isSymbolCodePoint(code) && symbols.lacks(code, face);
    const last = parts[parts.length - 1];
    if (last?.symbol === symbol) last.text += character;
    else parts.push({ text: character, symbol });
  }
  if (parts.some((part) => part.symbol)) symbols.used = true;
  return parts;
}

/** The run options of a part in the symbol font: the font, and upright where the text around it is italic. */
export function symbolRunOptions(style: RunStyle): Record<string, unknown> {
  return { font: SYMBOL_FONT_FAMILY, ...(style.italic ? { italics: false } : {}) };
}

/** A run's own options, its text apart. */
export type PlainRunOptions = Omit<IRunOptions, 'text' | 'children'>;

/**
 * Text written as it is (a title, a cover line, the running header, a label) as Word runs with `options`, each
 * character the face lacks in a run of the symbol font. `face` is the bold or italic the paragraph's style gives the
 * text (a title is bold by its style) where the runs do not say it.
 */
export function textRuns(
  text: string,
  symbols: WordSymbols | undefined,
  options: PlainRunOptions = {},
  face: RunStyle = {},
): TextRun[] {
  const style: RunStyle = {
    ...((face.bold || options.bold === true) && { bold: true }),
    ...((face.italic || options.italics === true) && { italic: true }),
  };
  return symbolParts(text, style, symbols).map(
    (part) => new TextRun({ ...options, text: part.text, ...(part.symbol ? symbolRunOptions(style) : {}) }),
  );
}
