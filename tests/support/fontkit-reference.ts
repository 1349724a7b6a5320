// fontkit's runs for a long word list, kept as one digest per font file instead of laid out again on every test run:
// laying out the 58,700 distinct words of ../shared/dev-corpus with fontkit in the ten shipped fonts was about 30 of
// the corpus test's 34 CPU seconds (the shipped policies' words: about 5 of 8), and fontkit gives the same runs for as long as nothing they depend on changes.
// An entry holds, beside the digest, what the runs depend on (its key): fontkit's and pdfkit's versions, the font
// file, the word list, and the sources that read the font and lay it out for the reference (src/brand/assets.ts,
// src/render/engine/glyph-text.ts, tests/support/plain-shaping.ts). The plain layout's runs are digested the same
// way and must give the very digest; where the key differs, or the digests do and fontkit, laid out again, agrees
// with the plain layout on every word (the reference was out of date), fontkit's runs are computed again and the
// entry rewritten.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PlainRun } from '../../src/render/engine/plain-shaping.js';
import { PROJECT_ROOT } from './paths.js';

export interface ReferenceEntry {
  key: string;
  /** SHA-256 of fontkit's run of every word, in the list's order (runDigest). */
  digest: string;
}

/** The files of the dev corpus's and the shipped policies' references, one entry per font file's name. */
export const CORPUS_REFERENCE = join(PROJECT_ROOT, 'tests', 'fixtures', 'render', 'plain-shaping-corpus.json');
export const POLICIES_REFERENCE = join(PROJECT_ROOT, 'tests', 'fixtures', 'render', 'plain-shaping-policies.json');

const KEY_SOURCES = ['src/brand/assets.ts', 'src/render/engine/glyph-text.ts', 'tests/support/plain-shaping.ts'];

function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function versionOf(pkg: string): string {
  const file = join(PROJECT_ROOT, 'node_modules', pkg, 'package.json');
  return `${pkg}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
}

/** What fontkit's runs of `words` in the font file depend on, as one hash. */
export function referenceKey(fontFile: string, words: readonly string[]): string {
  return sha256(
    versionOf('fontkit'),
    versionOf('pdfkit'),
    readFileSync(fontFile),
    sha256(...words),
    ...KEY_SOURCES.map((file) => readFileSync(join(PROJECT_ROOT, file))),
  );
}

/**
 * A digest of runs, one word after another: the text, then every number of the run as a float64's bytes (so -0 and
 * 0 differ, as they do in a PDF) with the code points of each glyph.
 */
export class RunDigest {
  private readonly hash: Hash = createHash('sha256');

  add(text: string, run: PlainRun): void {
    const numbers = [run.advanceWidth, run.glyphs.length, run.positions.length];
    for (const glyph of run.glyphs)
      numbers.push(glyph.id, glyph.advanceWidth, glyph.codePoints.length, ...glyph.codePoints);
    for (const p of run.positions) numbers.push(p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth);
    this.hash
      .update(text)
      .update('\0')
      .update(new Uint8Array(Float64Array.from(numbers).buffer));
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

function readAll(file: string): Record<string, ReferenceEntry> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ReferenceEntry>) : {};
}

/** The entry kept for the font file when its key is `key`, else undefined. */
export function storedReference(file: string, fontFile: string, key: string): ReferenceEntry | undefined {
  const entry = readAll(file)[basename(fontFile)];
  return entry?.key === key ? entry : undefined;
}

/** Keeps the font file's entry (the others as they are), names in order. */
export function storeReference(file: string, fontFile: string, entry: ReferenceEntry): void {
  const all = { ...readAll(file), [basename(fontFile)]: entry };
  const sorted = Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [name, all[name]]),
  );
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
