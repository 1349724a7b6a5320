// A disk cache of word layouts ("shaping": which glyphs a text becomes and where they go). Laying out every
// distinct word of a policy with fontkit in a fresh process was about a third of a cold `clausemark build`; most
// words now take the cheaper plain path (src/render/engine/plain-shaping.ts), but a font is still prepared by
// decoding its layout tables, and the words of a policy hardly change between builds. One file per font (named by the SHA-256 of its bytes) maps each text to the
// glyph run pdfkit would compute for it. Its first line names the libraries that computed the runs; a file written
// by other versions is ignored. Runs are stored exactly (JSON keeps every double), so a PDF built from the cache is
// byte-identical to one built without it.
// Reading is lazy: the file is split into lines at load, and a run is decoded when pdfkit asks for its text.
// A run decides which glyph a page shows for a word ("2 jaar" or "9 jaar"), so the first line also holds the file's
// seal (src/io/cache-seal.ts: this user's HMAC of the header, the file's name, which is the font's hash, and every
// line): a file edited or planted by anyone without the user's secret is not read at all, and its words are laid out
// afresh. Best effort: a cache that cannot be read or written is skipped without a word; a build never depends on it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeCacheFile } from '../io/cache-file.js';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type * as fontkit from 'fontkit';
import { seal, sealHolds } from '../io/cache-seal.js';
import { setLayoutStore, type LayoutStore } from '../render/engine/document.js';
import { SubsetFiles } from './subset-cache.js';

/**
 * Changes when the file layout below changes, or when files of an earlier version may hold wrong runs: version 1
 * files can hold glyphs with no characters (see src/render/engine/glyph-text.ts), version 2 files no seal; both are
 * ignored.
 */
const HEADER = 'clausemark shaping cache 3';
/** Texts kept per font, newest last: a school's policies together use a few thousand distinct words per font. */
export const MAX_ENTRIES = 20_000;

/** What pdfkit keeps per laid-out text (a fontkit GlyphRun, positions scaled to 1000 units per em). */
interface Run {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

/** One run on disk: glyph ids, glyph advances (font units), code points per glyph, 5 position numbers per glyph. */
type StoredRun = [number[], number[], number[][], number[]];

function packageVersion(require: NodeJS.Require, name: string): string {
  try {
    // Packages need not export package.json: walk up from the resolved entry file instead.
    let dir = dirname(require.resolve(name));
    for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return `${name}@${pkg.version ?? '?'}`;
      } catch {
        // no package.json at this level
      }
    }
  } catch {
    // not resolvable from here
  }
  return `${name}@?`;
}

let engine: string | undefined;

/** The libraries whose output is cached: a different version of any of them starts the cache afresh. */
function engineVersions(): string {
  if (engine === undefined) {
    const ours = createRequire(import.meta.url);
    const fontkitRequire = createRequire(ours.resolve('fontkit'));
    engine = [
      packageVersion(ours, 'pdfkit'),
      packageVersion(ours, 'fontkit'),
      packageVersion(fontkitRequire, 'unicode-properties'),
    ].join(' ');
  }
  return engine;
}

// A plain loop: this runs for every number of every run read from disk, and `every` with a closure was a twentieth
// of a rebuild's layout time.
function isNumberArray(value: unknown, length?: number): value is number[] {
  if (!Array.isArray(value) || (length !== undefined && value.length !== length)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item !== 'number' || !Number.isFinite(item)) return false;
  }
  return true;
}

/** A stored run, or undefined for anything else (a damaged line is laid out afresh). */
function decode(payload: string): Run | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [ids, advances, codePoints, numbers] = value as unknown[];
  if (!isNumberArray(ids) || !isNumberArray(advances, ids.length) || !isNumberArray(numbers, ids.length * 5))
    return undefined;
  if (
    !Array.isArray(codePoints) ||
    codePoints.length !== ids.length ||
    !codePoints.every((points) => isNumberArray(points))
  )
    return undefined;
  const glyphs = ids.map((id, index) => ({
    id,
    advanceWidth: advances[index]!,
    codePoints: codePoints[index] as number[],
  }));
  const positions = glyphs.map((_, index) => {
    const at = index * 5;
    return {
      xAdvance: numbers[at]!,
      yAdvance: numbers[at + 1]!,
      xOffset: numbers[at + 2]!,
      yOffset: numbers[at + 3]!,
      advanceWidth: numbers[at + 4]!,
    };
  });
  // fontkit's GlyphRun.advanceWidth sums the advances in this order; the same sum gives the same double.
  let advanceWidth = 0;
  for (const position of positions) advanceWidth += position.xAdvance;
  return { glyphs, positions, advanceWidth };
}

function encode(run: Run): string {
  const numbers: number[] = [];
  for (const position of run.positions)
    numbers.push(position.xAdvance, position.yAdvance, position.xOffset, position.yOffset, position.advanceWidth);
  const stored: StoredRun = [
    run.glyphs.map((glyph) => glyph.id),
    run.glyphs.map((glyph) => glyph.advanceWidth),
    run.glyphs.map((glyph) => [...glyph.codePoints]),
    numbers,
  ];
  return JSON.stringify(stored);
}

/** What a file's seal covers: its header (format and libraries), its name (the font's hash) and its lines. */
function sealed(file: string, body: string): string[] {
  return [HEADER, engineVersions(), basename(file), body];
}

// A line is `<text as a JSON string>\t<run as JSON>`: JSON escapes tabs and newlines inside strings, so the first
// tab ends the text. Most texts are plain words, read without a JSON parse.
function readText(line: string): string | undefined {
  const tab = line.indexOf('\t');
  if (tab < 2 || line[0] !== '"' || line[tab - 1] !== '"') return undefined;
  const quoted = line.slice(0, tab);
  try {
    return quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
  } catch {
    return undefined;
  }
}

/** The run of a line readText read (after the first tab). */
function payloadOf(line: string): string {
  return line.slice(line.indexOf('\t') + 1);
}

interface FontCache {
  file: string;
  /** Decoded runs and runs laid out in this process: the object pdfkit reads and writes. */
  runs: Record<string, unknown>;
  /**
   * Each text's line as read from disk or made at a flush, its run not yet decoded (texts decoded stay here too, for
   * writing back). Whole lines, so a flush after each build does not quote every text of the file again.
   */
  stored: Map<string, string>;
  /** Texts added since the file was read or written. */
  added: number;
}

export class ShapingCache implements LayoutStore {
  private readonly fonts: FontCache[] = [];
  /** Runs taken from disk so far (each one a text the shaper did not have to lay out). */
  runsRead = 0;
  /** The fonts' subsets, in the folder subsets/ of this one (src/build/subset-cache.ts). */
  readonly subsets: SubsetFiles;

  constructor(readonly dir: string) {
    this.subsets = new SubsetFiles(join(dir, 'subsets'), engineVersions());
  }

  fontSubset(bytes: Uint8Array, glyphs: readonly number[], encode: () => Uint8Array): Uint8Array {
    return this.subsets.subset(bytes, glyphs, encode);
  }

  layoutCache(_font: fontkit.Font, bytes: Uint8Array): Record<string, unknown> {
    const file = join(this.dir, `${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}.txt`);
    const entry: FontCache = {
      file,
      runs: Object.create(null) as Record<string, unknown>,
      stored: this.read(file),
      added: 0,
    };
    this.fonts.push(entry);
    // pdfkit only reads `cache[text]` and writes `cache[text] = run`; reads of texts on disk decode them once.
    return new Proxy(entry.runs, {
      get: (runs, text) => {
        const known = Reflect.get(runs, text);
        if (known !== undefined || typeof text !== 'string') return known;
        const line = entry.stored.get(text);
        if (line === undefined) return undefined;
        const run = decode(payloadOf(line));
        if (run === undefined) {
          // Damaged on disk: pdfkit lays the text out afresh and the next flush stores the new run.
          entry.stored.delete(text);
          return undefined;
        }
        runs[text] = run;
        this.runsRead++;
        return run;
      },
      set: (runs, text, run) => {
        if (typeof text === 'string' && !entry.stored.has(text) && !(text in runs)) entry.added++;
        return Reflect.set(runs, text, run);
      },
    });
  }

  /** Writes the fonts for which texts were laid out since they were read (call after each build). */
  flush(): void {
    for (const entry of this.fonts) {
      if (entry.added === 0) continue;
      entry.added = 0;
      for (const [text, run] of Object.entries(entry.runs))
        if (!entry.stored.has(text)) entry.stored.set(text, `${JSON.stringify(text)}\t${encode(run as Run)}`);
      // Over the limit, the texts read longest ago make way for the ones this build laid out.
      const body = `${[...entry.stored.values()].slice(-MAX_ENTRIES).join('\n')}\n`;
      const tag = seal(sealed(entry.file, body));
      if (tag !== undefined) this.write(entry.file, `${HEADER}\t${engineVersions()}\t${tag.toString('hex')}\n${body}`);
    }
  }

  private read(file: string): Map<string, string> {
    const stored = new Map<string, string>();
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return stored;
    }
    const end = text.indexOf('\n');
    const prefix = `${HEADER}\t${engineVersions()}\t`;
    if (
      end < 0 ||
      !text.startsWith(prefix) ||
      !sealHolds(text.slice(prefix.length, end), sealed(file, text.slice(end + 1)))
    )
      return stored;
    const lines = text.slice(end + 1).split('\n');
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const read = readText(line);
      if (read !== undefined) stored.set(read, line);
    }
    return stored;
  }

  private write(file: string, text: string): void {
    // Another worker or build sees the old file or the new one (src/io/cache-file.ts).
    writeCacheFile(file, text);
  }
}

let active: ShapingCache | undefined;

/** The process's shaping cache in `dir` (one per process; a different folder replaces it for fonts met later). */
export function shapingCacheIn(dir: string): ShapingCache {
  if (active?.dir !== dir) active = new ShapingCache(dir);
  return active;
}

/**
 * Makes the disk cache in `dir` the store every PDF rendered in this process lays out words with, or, without a
 * folder, none (a build with the cache turned off does not go on using the folder of an earlier build in the same
 * process); the caller flushes it after writing.
 */
export function useShapingCache(dir: string | undefined): ShapingCache | undefined {
  const cache = dir ? shapingCacheIn(dir) : undefined;
  setLayoutStore(cache);
  return cache;
}
