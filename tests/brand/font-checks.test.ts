// The verdicts of the brand's font check kept on disk (src/brand/font-checks.ts): a font whose bytes passed is not
// parsed again by the check in a later run, a font that fails is refused every time, and without a folder (tests,
// library callers) every font is checked as before.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFont, forgetParsedFonts } from '../../src/brand/assets.js';
import { keepFontChecksIn } from '../../src/brand/font-checks.js';
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
