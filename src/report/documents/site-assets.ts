// What the report's pages share on disk: the stylesheet and script (inlined into every page) and the files pages
// load from out/assets/ (the fonts, organisation logos), and which check boxes those fonts draw. Copied only when they
// differ, so a rebuild touches nothing that did not change.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../io/atomic.js';
import { errorById } from '../../io/messages.js';
import type { SiteAssets } from '../../render/html/page.js';
import { displayPath } from '../../io/yaml-file.js';
import { templateFile } from '../../wording/lookup.js';
import { toolVersion } from '../../io/version.js';
import { faceCovers } from '../../brand/coverage.js';

/** The web fonts of the report: Source Sans 3 as in the default brand (the @font-face rules name these files). */
const SITE_FONTS = [
  'SourceSans3_400Regular.ttf',
  'SourceSans3_400Regular_Italic.ttf',
  'SourceSans3_600SemiBold.ttf',
  'SourceSans3_700Bold.ttf',
] as const;

function readLayoutFile(root: string, name: string): string {
  // The project's own, else the one clausemark ships (src/wording/lookup.ts).
  const path = templateFile(root, `layouts/html/${name}`);
  try {
    return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  } catch {
    throw errorById(
      {
        messageId: 'report-assets.no-layout-file',
        fixId: 'shipped-file.add-or-reinstall',
        params: { name, file: displayPath(path) },
      },
      { place: { file: displayPath(path) }, ruleId: 'unknown-template' },
    );
  }
}

export function loadSiteAssets(root: string): SiteAssets {
  return {
    css: readLayoutFile(root, 'site.css'),
    script: readLayoutFile(root, 'site.js'),
    toolVersion: toolVersion(),
    drawsSymbol: siteFontDraws(root),
  };
}

/**
 * Whether every face of the report's web font draws a character (Source Sans 3 has no ☒): a page showing one it
 * lacks gets the symbol font (src/render/shared/html-symbols.ts). The fonts are read only when a page asks.
 */
function siteFontDraws(root: string): (codePoint: number) => boolean {
  let faces: Buffer[] | undefined;
  return (codePoint) => {
    faces ??= SITE_FONTS.map((font) => readSiteFont(root, font));
    return faces.every((face) => faceCovers(face, codePoint));
  };
}

/** Writes `data` to `target` unless the file already holds exactly that; returns whether it wrote. */
export function writeIfChanged(target: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  if (existsSync(target)) {
    try {
      if (readFileSync(target).equals(bytes)) return false;
    } catch {
      // Unreadable (a folder, no permission): let the atomic write report it.
    }
  }
  writeFileAtomic(target, bytes);
  return true;
}

function readSiteFont(root: string, font: string): Buffer {
  const source = templateFile(root, `fonts/source-sans-3/${font}`);
  try {
    return readFileSync(source);
  } catch {
    throw errorById(
      {
        messageId: 'report-assets.no-font',
        fixId: 'shipped-file.add-or-reinstall',
        params: { font, file: displayPath(source) },
      },
      { place: { file: displayPath(source) }, ruleId: 'unreadable-file' },
    );
  }
}

/** Copies the report fonts into out/assets/fonts/. */
export function copySiteFonts(root: string, outDir: string): void {
  for (const font of SITE_FONTS) writeIfChanged(join(outDir, 'assets', 'fonts', font), readSiteFont(root, font));
}
