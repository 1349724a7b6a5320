// Fonts that passed the brand's font check (src/brand/assets.ts), kept on disk by the SHA-256 of their bytes, one
// empty file each. A brand's check parses every font it names, its whole character map included, and a brand
// inherits the default brand's fonts, also checked: eight fonts in a cold one-policy build, about a tenth of its CPU,
// for a verdict that depends on the bytes alone. The CLI names the folder (src/cli/cache.ts); tests and library
// callers that name none check every font as before. Best effort, like the other caches: a folder that cannot be
// read or written means the fonts are checked. Kept apart from assets.ts so the CLI can name the folder without
// loading fontkit. The characters each font draws are kept here too (keptCoverage): with both, `check` reads no font.
// A verdict file holds its seal (src/io/cache-seal.ts): a file planted to pass a font that never passed the check is
// not taken (the font is checked), and the coverage lists are sealed JSON (src/io/json-cache.ts).
// The fonts clausemark ships (templates/fonts/) are checked when clausemark is built: `npm run build`
// (scripts/prepare-data.mjs) leaves a verdict file for each in dist/prepared/font-checks/, and the characters each
// draws in dist/prepared/font-coverage/, part of the program like its code (src/io/prepared.ts): a run with the caches
// off, or a first run, checks none of them either, and its `check` loads no font library to tell what a brand lacks.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { seal, sealHolds } from '../io/cache-seal.js';
import { readCachedJson, readPreparedJson, writeCachedJson } from '../io/json-cache.js';
import { preparedFile, preparedFolder } from '../io/prepared.js';

/** Changes when the check accepts other fonts than before: verdicts of another version are never read. */
const VERSION = 'font-check-1';

let folder: string | undefined;
/** Coverage lists read in this process, by file. */
const knownCoverage = new Map<string, ReadonlySet<number>>();

/** Keeps the verdicts of the font check in `dir` from now on (undefined: check every font every run). */
export function keepFontChecksIn(dir: string | undefined): void {
  folder = dir;
  knownCoverage.clear();
}

/** The name of a verdict's file for a font (by the hex SHA-256 of its bytes) under a check of `rules`. */
export function verdictName(contentHash: string, rules: string): string {
  return `${createHash('sha256').update(`${VERSION}\0${rules}\0${contentHash}`).digest('hex')}.ok`;
}

/** The verdict's file in the run's folder, or undefined (no folder). */
function verdictFile(contentHash: string, rules: string): string | undefined {
  return folder === undefined ? undefined : join(folder, verdictName(contentHash, rules));
}

/** The folder of the verdicts prepared with clausemark, in a folder of prepared values. */
export const PREPARED_VERDICTS = 'font-checks';

/** Whether clausemark's build checked a font with these bytes under `rules` and it passed (see above). */
function passedWhenBuilt(contentHash: string, rules: string): boolean {
  const prepared = preparedFile(PREPARED_VERDICTS, verdictName(contentHash, rules));
  return prepared !== undefined && existsSync(prepared);
}

/** What a verdict's seal covers: its version and its file name (a hash of the rules and the font's bytes). */
const verdictSeal = (file: string): string[] => [VERSION, basename(file)];

/**
 * Whether a font with these bytes passed a check of `rules` before: when clausemark was built (a shipped font), or in
 * an earlier run (its verdict file is there and sealed).
 */
export function passedBefore(contentHash: string, rules: string): boolean {
  if (passedWhenBuilt(contentHash, rules)) return true;
  const file = verdictFile(contentHash, rules);
  if (file === undefined) return false;
  try {
    return sealHolds(readFileSync(file, 'utf8').trim(), verdictSeal(file));
  } catch {
    return false;
  }
}

/** Remember that a font with these bytes passed a check of `rules`. */
export function rememberPassed(contentHash: string, rules: string): void {
  const file = verdictFile(contentHash, rules);
  if (file === undefined || folder === undefined) return;
  const tag = seal(verdictSeal(file));
  if (tag === undefined) return;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(file, tag.toString('hex'));
  } catch {
    // not kept: checked again next run
  }
}

/**
 * The characters a font draws, kept beside the verdicts (`<SHA-256 of the bytes>.covers`, JSON ranges of code points
 * [first, last]): `check` reads which characters the brand's fonts lack from them without reading a font.
 */
const COVERAGE_VERSION = 'font-coverage-1';

/** The name of the file of the characters a font draws (by the hex SHA-256 of its bytes), kept or prepared. */
export function coverageName(contentHash: string): string {
  return `${createHash('sha256').update(`${COVERAGE_VERSION}\0${contentHash}`).digest('hex')}.covers`;
}

function coverageFile(contentHash: string): string | undefined {
  return folder === undefined ? undefined : join(folder, coverageName(contentHash));
}

/** The folder of the coverage lists prepared with clausemark (the shipped fonts), in a folder of prepared values. */
export const PREPARED_COVERAGE = 'font-coverage';

/** Ranges of code points, [first, last] each, as the coverage files hold them. */
type Ranges = [number, number][];

const isRanges = (value: unknown): value is Ranges =>
  Array.isArray(value) &&
  value.every((range) => Array.isArray(range) && Number.isInteger(range[0]) && Number.isInteger(range[1]));

/** The code points of `ranges`, as a set. */
function codePointsOf(ranges: Ranges): ReadonlySet<number> {
  const codePoints = new Set<number>();
  for (const [first, last] of ranges) for (let code = first; code <= last; code++) codePoints.add(code);
  return codePoints;
}

/** The code points in `file` as `read` reads its ranges, each file read once; undefined without a file or ranges. */
function coverageIn(
  file: string | undefined,
  read: (file: string) => Ranges | undefined,
): ReadonlySet<number> | undefined {
  if (file === undefined) return undefined;
  const known = knownCoverage.get(file);
  if (known) return known;
  const ranges = read(file);
  if (!ranges) return undefined;
  const codePoints = codePointsOf(ranges);
  knownCoverage.set(file, codePoints);
  return codePoints;
}

/**
 * The code points a font with these bytes draws: as prepared with clausemark (a shipped font), else as kept by
 * rememberCoverage; undefined when neither has them.
 */
export function keptCoverage(contentHash: string): ReadonlySet<number> | undefined {
  return (
    coverageIn(preparedFile(PREPARED_COVERAGE, coverageName(contentHash)), (file) =>
      readPreparedJson(file, isRanges),
    ) ?? coverageIn(coverageFile(contentHash), (file) => readCachedJson(file, isRanges))
  );
}

/** Code points (ascending) as the ranges a coverage file holds. */
export function coverageRanges(codePoints: readonly number[]): Ranges {
  const ranges: Ranges = [];
  for (const code of codePoints) {
    const last = ranges[ranges.length - 1];
    if (last && code === last[1] + 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/** Keeps the code points (ascending) a font with these bytes draws. */
export function rememberCoverage(contentHash: string, codePoints: readonly number[]): void {
  const file = coverageFile(contentHash);
  if (file === undefined || folder === undefined) return;
  writeCachedJson(file, coverageRanges(codePoints));
}

/** Whether coverage is kept at all (a folder is named). */
export function keepsCoverage(): boolean {
  return folder !== undefined;
}

/** Whether any coverage can be read: kept in a folder, or prepared with clausemark. */
export function readsCoverage(): boolean {
  return folder !== undefined || preparedFolder() !== undefined;
}
