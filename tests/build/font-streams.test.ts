// The embedded fonts' prepared DEFLATE streams (src/build/font-streams.ts): a package made with a font's prepared
// stream is byte for byte the one made by compressing the font then, and the stream is looked up by the font's hash,
// the level, the zlib and the architecture, in the prepared folder only.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { Document, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { fontStreamName, preparedFontStream } from '../../src/build/font-streams.js';
import { embeddedFontPart, fontSha256 } from '../../src/render/docx/font-keys.js';
import { packReproducibly } from '../../src/render/docx/package.js';
import { deflatePart } from '../../src/render/docx/zip.js';
import { zipBinaryParts } from '../support/docx.js';
import { PROJECT_ROOT } from '../support/paths.js';

const FONT = readFileSync(join(PROJECT_ROOT, 'templates/fonts/ibm-plex-sans/IBMPlexSans_400Regular.ttf'));
const DATE = new Date('2024-03-01T00:00:00Z');

const withFont = (): Document =>
  new Document({ fonts: [{ name: 'IBM Plex Sans', data: FONT }], sections: [{ children: [new Paragraph('Tekst')] }] });

/** A prepared folder holding `stream` as the prepared stream of FONT. */
function preparedWith(stream: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-font-streams-'));
  mkdirSync(join(dir, 'fonts'));
  writeFileSync(join(dir, 'fonts', fontStreamName(fontSha256(FONT))), stream);
  return dir;
}

/** The package of `document`, its embedded font compressed then (no folder) or taken from `folder`. */
const packed = (folder?: string): Promise<Uint8Array> =>
  packReproducibly(
    withFont(),
    DATE,
    undefined,
    undefined,
    folder ? (sha) => preparedFontStream(sha, folder) : undefined,
  );

describe('prepared font streams', () => {
  it('name the font by its hash, the level and this zlib, and are read from the prepared folder only', () => {
    const name = fontStreamName(fontSha256(FONT));
    expect(name).toContain(fontSha256(FONT));
    expect(name).toContain(process.versions.zlib);
    const stream = Uint8Array.of(1, 2, 3);
    expect(preparedFontStream(fontSha256(FONT), preparedWith(stream))).toEqual(Buffer.from(stream));
    expect(preparedFontStream(fontSha256(Uint8Array.of(0)), preparedWith(stream))).toBeUndefined();
    expect(preparedFontStream(fontSha256(FONT), undefined)).toBeUndefined();
  });

  it('give the bytes of compressing the font at the build, as scripts/prepare-data.mjs prepares them', async () => {
    const compressed = await packed();
    const prepared = await packed(preparedWith(deflatePart(embeddedFontPart(FONT).data)));
    expect(Buffer.from(prepared).equals(Buffer.from(compressed))).toBe(true);
  });

  it('are what the package carries: another stream of the same part makes other bytes, the same font', async () => {
    const compressed = await packed();
    const other = await packed(preparedWith(deflateRawSync(embeddedFontPart(FONT).data, { level: 1 })));
    expect(Buffer.from(other).equals(Buffer.from(compressed))).toBe(false);
    // Node's deep equality compares the parts' bytes at once; vitest's toEqual, byte by byte through the font's
    // 100 KB, was nearly all of this test's time, so it is asked only for its report where they differ.
    const [otherParts, compressedParts] = [zipBinaryParts(other), zipBinaryParts(compressed)];
    if (!isDeepStrictEqual(otherParts, compressedParts)) expect(otherParts).toEqual(compressedParts);
  });
});
