// The verdicts of the brand's font check kept on disk (src/brand/font-checks.ts): a font whose bytes passed is not
// parsed again by the check in a later run, a font that fails is refused every time, and without a folder (tests,
// library callers) every font is checked as before. The characters each font draws are kept beside the verdicts, so
// `check` tells which characters the brand lacks without reading a font (issue 30). A verdict prepared when clausemark
// was built (a shipped font) is taken with the caches off too, only for the very bytes it was made for, and so is the
// list of the characters such a font draws.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkFont,
  contentHash,
  DUTCH_CHARACTERS,
  FONT_CHECK_RULES,
  forgetParsedFonts,
  openFont,
} from '../../src/brand/assets.js';
import { coveredCodePoints, missingGlyphs } from '../../src/brand/coverage.js';
import {
  coverageName,
  coverageRanges,
  keepFontChecksIn,
  PREPARED_COVERAGE,
  PREPARED_VERDICTS,
  verdictName,
} from '../../src/brand/font-checks.js';
import { seal } from '../../src/io/cache-seal.js';
import { writeCachedJson } from '../../src/io/json-cache.js';
import { usePreparedFolder } from '../../src/io/prepared.js';
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
  usePreparedFolder(null);
  forgetParsedFonts();
});

/** A folder of prepared values holding the verdict files (src/brand/font-checks.ts) of these fonts' bytes. */
function preparedVerdicts(...fonts: Uint8Array[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-prepared-'));
  mkdirSync(join(dir, PREPARED_VERDICTS));
  for (const font of fonts)
    writeFileSync(join(dir, PREPARED_VERDICTS, verdictName(contentHash(font), FONT_CHECK_RULES)), '');
  return dir;
}

describe('checkFont with verdicts prepared with clausemark', () => {
  it('passes the bytes a prepared verdict names without parsing them, caches off, and keeps no verdict of its own', () => {
    const font = new Uint8Array(readFileSync(SOURCE_SANS_REGULAR));
    usePreparedFolder(preparedVerdicts(font));
    const before = parsed.count;
    checkFont(font, place);
    expect(parsed.count).toBe(before);
    const dir = folder();
    keepFontChecksIn(dir);
    checkFont(new Uint8Array(font), place);
    expect(parsed.count).toBe(before);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('checks other bytes and other rules as before: a damaged copy is refused, the verdict of other rules not taken', () => {
    const font = new Uint8Array(readFileSync(SOURCE_SANS_REGULAR));
    usePreparedFolder(preparedVerdicts(font));
    const damaged = font.slice(0, 20_000);
    expect(() => checkFont(damaged, place)).toThrow(ClausemarkError);
    // A verdict of the same bytes under other rules (another version of the check) is not this check's.
    const other = mkdtempSync(join(tmpdir(), 'clausemark-prepared-'));
    mkdirSync(join(other, PREPARED_VERDICTS));
    writeFileSync(join(other, PREPARED_VERDICTS, verdictName(contentHash(font), 'ĳ')), '');
    usePreparedFolder(other);
    forgetParsedFonts();
    const before = parsed.count;
    checkFont(font, place);
    expect(parsed.count).toBe(before + 1);
  });
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

  it('does not take a verdict it did not seal: a planted verdict file does not pass a damaged font', () => {
    const dir = folder();
    keepFontChecksIn(dir);
    checkFont(readFileSync(SOURCE_SANS_REGULAR), place);
    const [good] = readdirSync(dir);
    const goodSeal = readFileSync(join(dir, good!), 'utf8');
    expect(goodSeal).toMatch(/^[0-9a-f]{64}$/);
    // The verdict file of a damaged font, named as clausemark names it (the name is no secret): empty, as verdicts once
    // were, with the seal of another verdict, and with a made-up seal.
    const damaged = new Uint8Array(readFileSync(SOURCE_SANS_REGULAR).subarray(0, 20_000));
    const rules = DUTCH_CHARACTERS.join('');
    const name = createHash('sha256')
      .update(`font-check-1\0${rules}\0${contentHash(damaged)}`)
      .digest('hex');
    const refusals: string[] = [];
    for (const planted of ['', goodSeal, '0'.repeat(64)]) {
      writeFileSync(join(dir, `${name}.ok`), planted);
      forgetParsedFonts();
      try {
        checkFont(damaged, place);
      } catch (error) {
        refusals.push((error as ClausemarkError).ruleId);
      }
    }
    expect(refusals).toEqual(['brand-bad-font', 'brand-bad-font', 'brand-bad-font']);
    // The name is the one checked: sealed with this user's secret (only clausemark itself can), the verdict is taken.
    writeFileSync(join(dir, `${name}.ok`), seal(['font-check-1', `${name}.ok`])!.toString('hex'));
    forgetParsedFonts();
    expect(() => checkFont(damaged, place)).not.toThrow();
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

  it('are what the kept file says under its seal (a later run trusts it), and nothing is kept without a folder', () => {
    const dir = folder();
    keepFontChecksIn(dir);
    missingGlyphs('x', brandOf(readFileSync(SOURCE_SANS_REGULAR)));
    const [kept] = readdirSync(dir).filter((name) => name.endsWith('.covers'));
    // A list without "e" (U+0065), sealed as clausemark keeps it: the next run finds "e" missing, so the list answers.
    const withoutE = [
      [0x20, 0x64],
      [0x66, 0x7e],
    ];
    writeCachedJson(join(dir, kept!), withoutE);
    keepFontChecksIn(dir);
    expect(missingGlyphs('Zie', brandOf(readFileSync(SOURCE_SANS_REGULAR)))?.characters).toEqual(['e']);
    keepFontChecksIn(undefined);
    expect(missingGlyphs('Zie', brandOf(readFileSync(SOURCE_SANS_REGULAR)))).toBeUndefined();
  });

  it('are not taken from a file edited or planted without the seal: the font answers', () => {
    const dir = folder();
    keepFontChecksIn(dir);
    missingGlyphs('x', brandOf(readFileSync(SOURCE_SANS_REGULAR)));
    const [kept] = readdirSync(dir).filter((name) => name.endsWith('.covers'));
    const sealed = readFileSync(join(dir, kept!), 'utf8');
    const keptSeal = sealed.slice(0, sealed.indexOf('\n'));
    for (const planted of [
      JSON.stringify([[0x20, 0x64]]),
      `${keptSeal}\n${JSON.stringify([[0x20, 0x64]])}`,
      `${'0'.repeat(64)}\n${JSON.stringify([[0x20, 0x64]])}`,
    ]) {
      writeFileSync(join(dir, kept!), planted);
      keepFontChecksIn(dir);
      forgetParsedFonts();
      expect(missingGlyphs('Zie', brandOf(readFileSync(SOURCE_SANS_REGULAR))), planted).toBeUndefined();
    }
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

describe('the characters a font draws, prepared with clausemark', () => {
  const brandOf = (bytes: Uint8Array) => ({
    fonts: { regular: bytes, bold: bytes, italic: bytes, boldItalic: bytes },
    fontPaths: { regular: 'r.ttf', bold: 'b.ttf', italic: 'i.ttf', boldItalic: 'bi.ttf' },
  });
  /** A folder of prepared values listing, for these bytes, the code points `ranges` as the draws of the font. */
  const preparedCoverageOf = (font: Uint8Array, ranges: [number, number][]): string => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-prepared-'));
    mkdirSync(join(dir, PREPARED_COVERAGE));
    writeFileSync(join(dir, PREPARED_COVERAGE, coverageName(contentHash(font))), JSON.stringify(ranges));
    return dir;
  };

  it('answer with the caches off, for the very bytes they were made for, without a font parsed or anything kept', () => {
    const font = new Uint8Array(readFileSync(SOURCE_SANS_REGULAR));
    // A list without "e" (U+0065): the answer comes from it, not from the font, which draws "e".
    usePreparedFolder(
      preparedCoverageOf(font, [
        [0x20, 0x64],
        [0x66, 0x7e],
      ]),
    );
    const before = parsed.count;
    expect(missingGlyphs('Zie', brandOf(font))?.characters).toEqual(['e']);
    expect(parsed.count, 'fonts parsed').toBe(before);
    // Other bytes (one byte changed past the tables fontkit reads first) are not answered from the list.
    const other = font.slice();
    other[other.length - 1] = other[other.length - 1]! ^ 1;
    expect(missingGlyphs('Zie', brandOf(other))).toBeUndefined();
  });

  it('are what prepare-data writes: the ranges of coveredCodePoints', () => {
    const bytes = readFileSync(SOURCE_SANS_REGULAR);
    const ranges = coverageRanges(coveredCodePoints(bytes));
    expect(ranges[0]).toEqual([0x20, 0x7e]);
    const listed = ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, at) => first + at));
    expect(listed).toEqual(coveredCodePoints(bytes));
  });
});
