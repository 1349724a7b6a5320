// The verdicts of the brand's font check are prepared with the build (scripts/prepare-data.mjs): dist/prepared/
// font-checks/ holds, for every font in templates/fonts/, the verdict file a run looks for (src/brand/font-checks.ts),
// so a run with the caches off checks no shipped font; each is the check's own verdict on that font's bytes. Beside
// them, dist/prepared/font-coverage/ lists the characters each shipped font draws, as fontkit answers for its bytes.
// The PDF's symbol font (templates/fonts/symbols/) is no brand font: the check refuses it (it has no letters), so it
// gets neither, and `check` needs neither (src/brand/symbol-font.ts names its characters).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFont, contentHash, FONT_CHECK_RULES } from '../../src/brand/assets.js';
import {
  coverageName,
  coverageRanges,
  PREPARED_COVERAGE,
  PREPARED_VERDICTS,
  verdictName,
} from '../../src/brand/font-checks.js';
import { coveredCodePoints } from '../../src/brand/coverage.js';
import '../../src/render/engine/fontkit.js';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const FONTS = join(PROJECT_ROOT, 'templates', 'fonts');
const fontFiles = readdirSync(FONTS, { recursive: true, encoding: 'utf8' }).filter((file) =>
  /\.(ttf|otf)$/i.test(file),
);
const shipped = fontFiles.filter((file) => !file.startsWith('symbols'));
const PREPARED = join(PROJECT_ROOT, 'dist', 'prepared', PREPARED_VERDICTS);

describe('the prepared font-check verdicts of the binary', () => {
  // The binary is built first (the CLI lane builds dist/ when a source is newer).
  beforeAll(() => runBuiltCli(['--version']));

  it('are one for each shipped font, and nothing else', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(10);
    const names = shipped.map((file) => verdictName(contentHash(readFileSync(join(FONTS, file))), FONT_CHECK_RULES));
    expect(readdirSync(PREPARED).sort()).toEqual(names.sort());
  });

  it.each(shipped)('pass %s, which the check itself passes', (file) => {
    expect(() => checkFont(new Uint8Array(readFileSync(join(FONTS, file))), { file })).not.toThrow();
  });

  it('leave out the symbol font, which the check refuses as a brand font', () => {
    const symbols = fontFiles.filter((file) => file.startsWith('symbols'));
    expect(symbols).toEqual([join('symbols', 'ClausemarkSymbols.ttf')]);
    for (const file of symbols)
      expect(() => checkFont(new Uint8Array(readFileSync(join(FONTS, file))), { file })).toThrow(/no glyph/);
  });
});

describe('the prepared coverage lists of the binary', () => {
  const COVERAGE = join(PROJECT_ROOT, 'dist', 'prepared', PREPARED_COVERAGE);
  beforeAll(() => runBuiltCli(['--version']));

  it('are one for each shipped font, and nothing else', () => {
    const names = shipped.map((file) => coverageName(contentHash(readFileSync(join(FONTS, file)))));
    expect(readdirSync(COVERAGE).sort()).toEqual(names.sort());
  });

  it.each(shipped)('list what %s draws', (file) => {
    const bytes = readFileSync(join(FONTS, file));
    const listed = JSON.parse(readFileSync(join(COVERAGE, coverageName(contentHash(bytes))), 'utf8'));
    expect(listed).toEqual(coverageRanges(coveredCodePoints(bytes)));
  });
});
