// The embedded fonts' DEFLATE streams, prepared when clausemark is built. A Word document carries the brand's four
// faces whole (~1.2 MB), and compressing them was ~23 ms of every Word build's CPU, yet a face's stream depends on the
// face alone: its part is the font obfuscated with the key made from its own hash (src/render/docx/font-keys.ts),
// DEFLATEd at src/render/docx/zip.ts's level. `npm run build` (scripts/prepare-data.mjs) writes the stream of every
// font in templates/fonts/ into dist/prepared/fonts/, named by the font's SHA-256, the level, the zlib that
// compressed it (its version, which node's carries with its build) and the CPU architecture. A font of the user's
// own, another level or another zlib finds no file and is compressed as before: the same bytes either way. Read here
// and handed to the renderer (DocxOptions.preparedFontStream), which reads no file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparedFolder } from '../io/prepared.js';
import { DEFLATE_LEVEL } from '../render/docx/zip.js';

/** The prepared stream's file name for the font with this SHA-256, compressed by this process's zlib. */
export function fontStreamName(fontSha256: string): string {
  return `odttf-1-${fontSha256}-level${DEFLATE_LEVEL}-zlib${process.versions.zlib}-${process.arch}.deflate`;
}

/** The prepared DEFLATE stream of the part of the font with this SHA-256, or undefined when none was prepared. */
export function preparedFontStream(fontSha256: string, folder = preparedFolder()): Uint8Array | undefined {
  if (folder === undefined) return undefined;
  try {
    return readFileSync(join(folder, 'fonts', fontStreamName(fontSha256)));
  } catch {
    return undefined;
  }
}
