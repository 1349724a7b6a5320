// Signs of symbol fonts in a Word document → the Unicode characters they show. Word's Insert → Symbol writes a sign
// as its font's code (`<w:sym w:font="Symbol" w:char="F0B3"/>`: ≥), and a sign typed in such a font is that code as a
// private-use character: read as text, "Leerlingen van ≥ 16 jaar" became "Leerlingen van 16 jaar" and the account
// said "0 lost", signs being no words. A header's, a footer's and a text box's signs are read so too
// (docx-parts.ts printedParagraphText), so what they list as left out is what was printed. The codes are data (templates/import/symbol-fonts.yaml); a code it lacks is
// named, so that the import reports it and counts it instead of dropping it silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../../io/root.js';

export const SYMBOL_FONTS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'symbol-fonts.yaml');

/** Per font name in lower case: its codes (20–FF) → the character each shows. */
let fonts: Map<string, Map<number, string>> | undefined;

function loaded(): Map<string, Map<number, string>> {
  if (fonts) return fonts;
  const data = YAML.parse(readFileSync(SYMBOL_FONTS_FILE, 'utf8')) as Record<string, Record<string, string>>;
  fonts = new Map(
    Object.entries(data).map(([font, codes]) => [
      font.toLowerCase(),
      new Map(Object.entries(codes).map(([code, text]) => [Number(code), text])),
    ]),
  );
  return fonts;
}

/** The private-use range a symbol font's codes 20–FF stand in (F0B3 is B3). */
const PRIVATE_USE = 0xf000;

/** Whether `font` is a symbol font the table knows. */
export const isSymbolFont = (font: string | undefined): boolean =>
  font !== undefined && loaded().has(font.trim().toLowerCase());

/** A symbol as the report names it: its font and its code as Word writes it ("Wingdings F0FF"). */
export const symbolName = (font: string, code: number): string =>
  `${font} ${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The character code `code` of `font` shows (F0B3 and B3 alike), or undefined when the table has none. */
export function symbolText(font: string, code: number): string | undefined {
  const own = code >= PRIVATE_USE + 0x20 && code <= PRIVATE_USE + 0xff ? code - PRIVATE_USE : code;
  return loaded().get(font.trim().toLowerCase())?.get(own);
}

/**
 * A sign inserted with Insert → Symbol (`w:sym`, its font and code as Word writes them) as the character it shows;
 * '' when none is known, and its name added to `unread` (the font alone when the code cannot be read).
 */
export function insertedSymbol(font: string, char: string | undefined, unread: string[]): string {
  const code = Number.parseInt(char ?? '', 16);
  const text = Number.isNaN(code) ? undefined : symbolText(font, code);
  if (text === undefined) unread.push(Number.isNaN(code) ? font : symbolName(font, code));
  return text ?? '';
}

/**
 * Text typed in a symbol font with its private-use characters (U+F020–U+F0FF) as the characters they show; each one
 * the table lacks is left out and named in `unread`. Other characters, and text in any other font, stay as they are.
 */
export function typedSymbols(text: string, font: string | undefined, unread: string[]): string {
  if (font === undefined || !isSymbolFont(font)) return text;
  return text.replace(/[\uf020-\uf0ff]/gu, (character) => {
    const code = character.codePointAt(0) ?? 0;
    const shown = symbolText(font, code);
    if (shown === undefined) unread.push(symbolName(font, code));
    return shown ?? '';
  });
}
