// The embedded fonts' DEFLATE streams are prepared with the build (scripts/prepare-data.mjs): dist/prepared/fonts/
// holds, for every font in templates/fonts/, the stream its part in a Word document is compressed to, under the name
// a build run looks for (src/build/font-streams.ts; a package made with it is the one made without it:
// tests/build/font-streams.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedFontPart, fontSha256 } from '../../src/render/docx/font-keys.js';
import { fontStreamName } from '../../src/build/font-streams.js';
import { deflatePart } from '../../src/render/docx/zip.js';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const FONTS = join(PROJECT_ROOT, 'templates', 'fonts');
const shipped = readdirSync(FONTS, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ttf|otf)$/i.test(file));

describe('the prepared font streams of the binary', () => {
  // The binary is built first (the CLI lane builds dist/ when a source is newer).
  beforeAll(() => runBuiltCli(['--version']));

  it('cover the shipped fonts', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(10);
  });

  it.each(shipped)('hold %s’s part as the renderer compresses it', (file) => {
    const font = readFileSync(join(FONTS, file));
    const stream = readFileSync(join(PROJECT_ROOT, 'dist', 'prepared', 'fonts', fontStreamName(fontSha256(font))));
    expect(Buffer.from(stream).equals(Buffer.from(deflatePart(embeddedFontPart(font).data)))).toBe(true);
  });
});
