// The fallback font for check boxes and check marks (src/brand/symbol-font.ts): it draws exactly the characters the
// code says it does, is small and named apart from DejaVu as its licence asks, and the font check counts those
// characters as drawn for a brand that lacks them, and every other character it lacks as missing still.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFont } from '../../src/brand/assets.js';
import { coveredCodePoints, missingGlyphs } from '../../src/brand/coverage.js';
import { loadBrand } from '../../src/brand/load.js';
import { SYMBOL_CHARACTERS } from '../../src/brand/symbol-font.js';
import { SYMBOL_FONT_PATH, symbolFontBytes } from '../../src/brand/symbol-font-file.js';
import { PROJECT_ROOT } from '../support/paths.js';

const codes = (characters: readonly string[]): number[] => characters.map((c) => c.codePointAt(0) ?? 0);

describe('the symbol font', () => {
  it('draws the check boxes and marks it is used for, a space and a hyphen beside them, and nothing else', () => {
    expect(coveredCodePoints(symbolFontBytes())).toEqual(
      [0x20, 0x2d, 0xa0, ...codes(SYMBOL_CHARACTERS)].sort((a, b) => a - b),
    );
  });

  it('is 14 kilobytes, named Clausemark Symbols, with the Bitstream Vera licence beside it', () => {
    // 4.5 KB of glyphs and tables, and 9.5 KB of DejaVu's licence text in its name table.
    expect(symbolFontBytes().length).toBeLessThan(16_000);
    const font = openFont(symbolFontBytes());
    expect('familyName' in font && font.familyName).toBe('Clausemark Symbols');
    expect('postscriptName' in font && font.postscriptName).toBe('ClausemarkSymbols');
    const licence = readFileSync(join(dirname(SYMBOL_FONT_PATH), 'LICENSE'), 'utf8');
    expect(licence).toContain('Copyright (c) 2003 by Bitstream, Inc.');
    expect(licence).toContain('DejaVu changes are in public domain');
  });

  it('carries its licence inside, as the licence asks of every copy (a Word document carries the font)', () => {
    const font = openFont(symbolFontBytes());
    const records = 'name' in font ? (font.name as { records: Record<string, Record<string, string>> }).records : {};
    expect(records.copyright?.en).toContain('Copyright (c) 2003 by Bitstream, Inc.');
    expect(records.license?.en).toContain('Permission is hereby granted, free of charge');
    expect(records.license?.en).toContain('DejaVu changes are in public domain');
    expect(records.licenseURL?.en).toMatch(/^http/);
  });

  it('is needed: neither shipped brand font draws every check box', () => {
    for (const name of ['aloysius', 'casparus-college']) {
      const brand = loadBrand(name, { root: PROJECT_ROOT });
      const drawn = new Set(coveredCodePoints(brand.fonts.regular));
      expect(codes(SYMBOL_CHARACTERS).every((code) => drawn.has(code))).toBe(false);
    }
  });
});

describe('missingGlyphs with the symbol font', () => {
  it("counts check boxes and marks as drawn where the brand's faces lack them, and other characters as missing", () => {
    for (const name of ['aloysius', 'casparus-college']) {
      const brand = loadBrand(name, { root: PROJECT_ROOT });
      expect(missingGlyphs(`Vink aan: ${SYMBOL_CHARACTERS.join(' ')} gezet.`, brand)).toBeUndefined();
      // ☓ (U+2613, saltire) sits beside the boxes but is no character of the symbol font.
      expect(missingGlyphs('☒ ja ☓ nee', brand)?.characters).toEqual(['☓']);
    }
  });
});
