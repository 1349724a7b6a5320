// The fallback font for check boxes and check marks. Word import writes Word's check boxes as ☐ and ☒, and neither
// shipped brand font draws all of ☐ ☑ ☒ ✓ ✔ ✗ ✘ (IBM Plex Sans has none of the boxes), so a protocol with a check box
// could not be published. The PDF and the Word document set these characters, and only these, in Clausemark Symbols
// (ten glyphs of DejaVu Sans, templates/fonts/symbols/, made by scripts/make-symbol-font.mjs) wherever the brand's
// face lacks them, and the Word document then embeds it (an HTML page carries it for those its web font lacks,
// src/render/shared/html-symbols.ts); the font check (coverage.ts) therefore never counts them as
// missing, and reads no font to know it: only the renderers read the font (symbol-font-file.ts).

/** The fallback font's family name (in its name table): what a Word document names it by. */
export const SYMBOL_FONT_FAMILY = 'Clausemark Symbols';

/** What the fallback font draws for a brand that cannot: the characters scripts/make-symbol-font.mjs keeps. */
export const SYMBOL_CHARACTERS: readonly string[] = ['☐', '☑', '☒', '✓', '✔', '✗', '✘'];

const SYMBOL_CODE_POINTS: ReadonlySet<number> = new Set(SYMBOL_CHARACTERS.map((c) => c.codePointAt(0) ?? 0));

/** Finds a character of SYMBOL_CHARACTERS in a text. */
export const SYMBOL_PATTERN = new RegExp(`[${SYMBOL_CHARACTERS.join('')}]`, 'u');

export function isSymbolCodePoint(codePoint: number): boolean {
  return SYMBOL_CODE_POINTS.has(codePoint);
}
