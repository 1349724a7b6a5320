// The fallback font for check boxes and check marks a brand's face lacks (symbol-font.ts), read for the renderers:
// Clausemark Symbols, shipped in templates/fonts/symbols/ (made by scripts/make-symbol-font.mjs). Apart from
// symbol-font.ts, so that `check`, which only asks which characters it draws, reads no font file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';

export const SYMBOL_FONT_PATH = join(PACKAGE_ROOT, 'templates', 'fonts', 'symbols', 'ClausemarkSymbols.ttf');

let bytes: Uint8Array | undefined;

/** The fallback font's bytes, read once per process (the same array each time: parsed fonts are kept by it). */
export function symbolFontBytes(): Uint8Array {
  bytes ??= new Uint8Array(readFileSync(SYMBOL_FONT_PATH));
  return bytes;
}
