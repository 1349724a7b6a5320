// Fonts that passed the brand's font check (src/brand/assets.ts), kept on disk by the SHA-256 of their bytes, one
// empty file each. A brand's check parses every font it names, its whole character map included, and a brand
// inherits the default brand's fonts, also checked: eight fonts in a cold one-policy build, about a tenth of its CPU,
// for a verdict that depends on the bytes alone. The CLI names the folder (src/cli/cache.ts); tests and library
// callers that name none check every font as before. Best effort, like the other caches: a folder that cannot be
// read or written means the fonts are checked. Kept apart from assets.ts so the CLI can name the folder without
// loading fontkit.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Changes when the check accepts other fonts than before: verdicts of another version are never read. */
const VERSION = 'font-check-1';

let folder: string | undefined;

/** Keeps the verdicts of the font check in `dir` from now on (undefined: check every font every run). */
export function keepFontChecksIn(dir: string | undefined): void {
  folder = dir;
}

/** The verdict's file for a font (by the hex SHA-256 of its bytes) under a check of `rules`, or undefined. */
function verdictFile(contentHash: string, rules: string): string | undefined {
  if (folder === undefined) return undefined;
  const key = createHash('sha256').update(`${VERSION}\0${rules}\0${contentHash}`).digest('hex');
  return join(folder, `${key}.ok`);
}

/** Whether a font with these bytes passed a check of `rules` before. */
export function passedBefore(contentHash: string, rules: string): boolean {
  const file = verdictFile(contentHash, rules);
  return file !== undefined && existsSync(file);
}

/** Remember that a font with these bytes passed a check of `rules`. */
export function rememberPassed(contentHash: string, rules: string): void {
  const file = verdictFile(contentHash, rules);
  if (file === undefined || folder === undefined) return;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, '');
  } catch {
    // not kept: checked again next run
  }
}
