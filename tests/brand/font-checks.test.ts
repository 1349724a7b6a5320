// The verdicts of the brand's font check kept on disk (src/brand/font-checks.ts): a font whose bytes passed is not
// parsed again by the check in a later run, a font that fails is refused every time, and without a folder (tests,
// library callers) every font is checked as before. The characters each font draws are kept beside the verdicts, so
// `check` tells which characters the brand lacks without reading a font (issue 30).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFont, forgetParsedFonts, openFont } from '../../src/brand/assets.js';
import { coveredCodePoints, missingGlyphs } from '../../src/brand/coverage.js';
import { keepFontChecksIn } from '../../src/brand/font-checks.js';
// The renderers hand their fontkit over (here the counting one below), as a build does.
import '../../src/render/engine/fontkit.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { SOURCE_SANS_REGULAR } from './temp-project.js';

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('fontkit', async (importOriginal) => {
  const fontkit = await importOriginal<typeof import('fontkit')>();
  return {
    ...fontkit,
    create: (...args: Parameters<typeof fontkit.create>) => {
      parsed.count++;
      return fontkit.create(...args);
    },
  };
});

const place = { file: 'templates/brands/x.yaml' };
const folder = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-font-checks-')), 'fonts');

afterEach(() => {
  keepFontChecksIn(undefined);
  forgetParsedFonts();
});

describe('checkFont with a folder for its verdicts', () => {
  it('parses a font once; the same bytes in a later run (fonts forgotten) pass without being parsed', () => {
    const dir = folder();
    keepFontChecksIn(dir);
    const before = parsed.count;
    checkFont(readFileSync(SOURCE_SANS_REGULAR), place);
    expect(parsed.count).toBe(before + 1);
    expect(readdirSync(dir)).toHaveLength(1);
    forgetParsedFonts();
    checkFont(readFileSync(SOURCE_SANS_REGULAR), place);
    expect(parsed.count).toBe(before + 1);
  });

  it('checks other bytes anew, and refuses a damaged font every time without keeping a verdict for it', () => {
    const dir = folder();
    keepFontChecksIn(dir);
    checkFont(readFileSync(SOURCE_SANS_REGULAR), place);
    const damaged = readFileSync(SOURCE_SANS_REGULAR).subarray(0, 20_000);
    for (let run = 0; run < 2; run++) {
      forgetParsedFonts();
      let refused: unknown;
      try {
        checkFont(new Uint8Array(damaged), place);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(ClausemarkError);
      expect((refused as ClausemarkError).ruleId).toBe('brand-bad-font');
    }
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('without a folder, or with one that cannot be written, checks every time and still passes a good font', () => {
    const before = parsed.count;
    checkFont(readFileSync(SOURCE_SANS_REGULAR), place);
    forgetParsedFonts();
    const blocker = join(mkdtempSync(join(tmpdir(), 'clausemark-font-checks-')), 'a-file');
    writeFileSync(blocker, 'not a folder');
    keepFontChecksIn(join(blocker, 'fonts'));
    checkFont(readFileSync(SOURCE_SANS_REGULAR), place);
    forgetParsedFonts();
    checkFont(readFileSync(SOURCE_SANS_REGULAR), place);
    expect(parsed.count).toBe(before + 3);
  });
});

describe('the characters a font draws, kept with the verdicts', () => {
  const brandOf = (bytes: Uint8Array) => ({
    fonts: { regular: bytes, bold: bytes, italic: bytes, boldItalic: bytes },
    fontPaths: { regular: 'r.ttf', bold: 'b.ttf', italic: 'i.ttf', boldItalic: 'bi.ttf' },
  });

  it('are read from the folder in a later run: no font is parsed to find what the brand lacks', () => {
    keepFontChecksIn(folder());
    const first = missingGlyphs('Zie ملف', brandOf(readFileSync(SOURCE_SANS_REGULAR)));
    expect(first?.characters).toEqual(['م', 'ل', 'ف']);
    forgetParsedFonts();
    const before = parsed.count;
    const again = missingGlyphs('Zie ملف', brandOf(readFileSync(SOURCE_SANS_REGULAR)));
    expect(again).toEqual(first);
    expect(parsed.count, 'fonts parsed in the later run').toBe(before);
  });

  it('are what the kept file says (a later run trusts it), and nothing is kept without a folder', () => {
    const dir = folder();
    keepFontChecksIn(dir);
    missingGlyphs('x', brandOf(readFileSync(SOURCE_SANS_REGULAR)));
    const [kept] = readdirSync(dir).filter((name) => name.endsWith('.covers'));
    // A list without "e" (U+0065): the next run finds "e" missing, so it is the list that answers.
    writeFileSync(
      join(dir, kept!),
      JSON.stringify([
        [0x20, 0x64],
        [0x66, 0x7e],
      ]),
    );
    keepFontChecksIn(dir);
    expect(missingGlyphs('Zie', brandOf(readFileSync(SOURCE_SANS_REGULAR)))?.characters).toEqual(['e']);
    keepFontChecksIn(undefined);
    expect(missingGlyphs('Zie', brandOf(readFileSync(SOURCE_SANS_REGULAR)))).toBeUndefined();
  });

  it('are every code point fontkit has a glyph for, and no other (the whole of Unicode asked)', () => {
    const bytes = readFileSync(SOURCE_SANS_REGULAR);
    const font = openFont(bytes);
    if ('fonts' in font) return expect.fail('a collection');
    const asked: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) if (font.hasGlyphForCodePoint(code)) asked.push(code);
    expect(asked.length).toBeGreaterThan(500);
    expect(coveredCodePoints(bytes)).toEqual(asked);
  });
});
