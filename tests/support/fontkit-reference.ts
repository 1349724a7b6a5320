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
 * 0 differ, as they do in a PDF; little-endian, as the kept digests were made) with the code points of each glyph.
 * The bytes are gathered in a buffer and hashed a buffer at a time: SHA-256 of the same bytes in fewer pieces is the
 * same digest, and an array, a Float64Array and three hash updates per word were most of the corpus test's own time.
 */
export class RunDigest {
  private readonly hash: Hash = createHash('sha256');
  private pending = Buffer.allocUnsafe(1 << 16);
  private used = 0;

  add(text: string, run: PlainRun): void {
    let count = 3 + run.positions.length * 5;
    for (const glyph of run.glyphs) count += 3 + glyph.codePoints.length;
    this.reserve(text.length * 3 + 1 + count * 8);
    this.used += this.pending.write(text, this.used, 'utf8');
    this.pending[this.used++] = 0;
    this.number(run.advanceWidth);
    this.number(run.glyphs.length);
    this.number(run.positions.length);
    for (const glyph of run.glyphs) {
      this.number(glyph.id);
      this.number(glyph.advanceWidth);
      this.number(glyph.codePoints.length);
      for (const codePoint of glyph.codePoints) this.number(codePoint);
    }
    for (const p of run.positions) {
      this.number(p.xAdvance);
      this.number(p.yAdvance);
      this.number(p.xOffset);
      this.number(p.yOffset);
      this.number(p.advanceWidth);
    }
  }

  digest(): string {
    this.hash.update(this.pending.subarray(0, this.used));
    this.used = 0;
    return this.hash.digest('hex');
  }

  private number(value: number): void {
    this.used = this.pending.writeDoubleLE(value, this.used);
  }

  /** Room for `bytes` more: what is gathered is hashed first, and a word longer than the buffer gets a larger one. */
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.pending.length) return;
    this.hash.update(this.pending.subarray(0, this.used));
    this.used = 0;
    if (bytes > this.pending.length) this.pending = Buffer.allocUnsafe(bytes);
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
