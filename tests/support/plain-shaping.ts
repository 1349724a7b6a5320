// Shared by the plain word layout's tests (tests/render/engine/plain-shaping*.test.ts): every shipped font file, the
// texts pdfkit would be asked to lay out for a set of Markdown files, the longer stretches the Word output measures,
// and the comparison of a plain run with the run pdfkit gets from fontkit for the same text (or with a digest of
// fontkit's runs kept in a file: tests/support/fontkit-reference.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { openFont } from '../../src/brand/assets.js';
import { keepGlyphText } from '../../src/render/engine/glyph-text.js';
import { plainRun, type PlainRun } from '../../src/render/engine/plain-shaping.js';
import { RunDigest, referenceKey, storedReference, storeReference } from './fontkit-reference.js';
import { PROJECT_ROOT } from './paths.js';

/**
 * Every brand font file under templates/fonts (both shipped families, every style). Not the symbol font of
 * templates/fonts/symbols/: it has no letter to lay out (tests/render/pdf/symbol-font.test.ts lays out its symbols).
 */
export function shippedFonts(): string[] {
  const dir = join(PROJECT_ROOT, 'templates', 'fonts');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ttf|otf)$/.test(file) && !file.startsWith('symbols'))
    .map((file) => join(dir, file))
    .sort();
}

/** The text files under `dir` (Markdown and plain text), recursively. */
export function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|mdtext|txt)$/.test(file))
    .map((file) => join(dir, file))
    .sort();
}

/**
 * The distinct texts of the files as pdfkit lays them out: each word alone and with the space that follows it, and
 * the stretches between Markdown's marks and brackets, hyphenation fragments with their hyphen.
 */
export function distinctWords(files: readonly string[]): string[] {
  const words = new Set<string>();
  for (const file of files)
    for (const token of readFileSync(file, 'utf8').split(/\s+/)) {
      if (!token) continue;
      const parts = [token, ...token.split(/[*_`[\](){}#|>]+/).filter(Boolean)];
      for (const part of parts) {
        words.add(part);
        words.add(`${part} `);
        if (part.length > 5) words.add(`${part.slice(0, 3)}-`);
      }
    }
  return [...words].sort();
}

/** The distinct stretches of several words in the files: each line, and each table cell, between Markdown's marks. */
export function distinctStretches(files: readonly string[]): string[] {
  const stretches = new Set<string>();
  for (const file of files)
    for (const line of readFileSync(file, 'utf8').split('\n'))
      for (const part of line.split(/[*_`[\](){}#|>]+/)) {
        const text = part.trim();
        if (text.includes(' ')) stretches.add(text);
      }
  return [...stretches].sort();
}

function parse(file: string): fontkit.Font {
  const opened = openFont(readFileSync(file));
  if ('fonts' in opened) throw new Error(`${file} is a collection`);
  keepGlyphText(opened);
  return opened;
}

interface PdfkitFont {
  layoutRun(text: string): PlainRun;
}

/** The run pdfkit computes with fontkit's layout engine for a text (a document of its own, as the renderer's fonts). */
function pdfkitLayout(file: string): (text: string) => PlainRun {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('font', parse(file) as unknown as Uint8Array);
  doc.font('font');
  const font = (doc as unknown as { _font: PdfkitFont })._font;
  return (text) => font.layoutRun(text);
}

/** The run's numbers as a comparable list (Object.is on each: -0 and 0 differ in a PDF's number). */
function numbers(run: PlainRun): unknown[] {
  return [
    run.advanceWidth,
    ...run.glyphs.flatMap((glyph) => [glyph.id, glyph.advanceWidth, glyph.codePoints.join(',')]),
    ...run.positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  ];
}

/**
 * Whether the two runs' numbers are the same, as `numbers` lists them (Object.is on each), without building the lists:
 * the lists of 58,700 words in ten font files were a third of the corpus test's time. `numbers` of both makes the
 * report where they differ.
 */
function sameNumbers(a: PlainRun, b: PlainRun): boolean {
  if (!Object.is(a.advanceWidth, b.advanceWidth)) return false;
  if (a.glyphs.length !== b.glyphs.length || a.positions.length !== b.positions.length) return false;
  for (let i = 0; i < a.glyphs.length; i++) {
    const x = a.glyphs[i]!;
    const y = b.glyphs[i]!;
    if (!Object.is(x.id, y.id) || !Object.is(x.advanceWidth, y.advanceWidth)) return false;
    if (x.codePoints.join(',') !== y.codePoints.join(',')) return false;
  }
  for (let i = 0; i < a.positions.length; i++) {
    const x = a.positions[i]!;
    const y = b.positions[i]!;
    if (!Object.is(x.xAdvance, y.xAdvance) || !Object.is(x.yAdvance, y.yAdvance)) return false;
    if (!Object.is(x.xOffset, y.xOffset) || !Object.is(x.yOffset, y.yOffset)) return false;
    if (!Object.is(x.advanceWidth, y.advanceWidth)) return false;
  }
  return true;
}

export interface Comparison {
  plain: number;
  total: number;
  /** Texts whose plain run differs from fontkit's, with both. */
  differing: { text: string; plain: unknown[]; fontkit: unknown[] }[];
  /** fontkit's runs of every text, taken by the plain layout or not, as a RunDigest. */
  fontkitDigest: string;
}

/** Lays out every word both ways in the font file (the plain way in a font parsed afresh, as in a new process). */
export function compareWithFontkit(file: string, words: readonly string[]): Comparison {
  const fresh = parse(file);
  const reference = pdfkitLayout(file);
  const result: Comparison = { plain: 0, total: words.length, differing: [], fontkitDigest: '' };
  const digest = new RunDigest();
  for (const text of words) {
    const run = plainRun(fresh, text);
    const theirs = reference(text);
    digest.add(text, theirs);
    if (!run) continue;
    result.plain++;
    if (sameNumbers(run, theirs)) continue;
    if (result.differing.length < 5) result.differing.push({ text, plain: numbers(run), fontkit: numbers(theirs) });
    else result.differing.push({ text, plain: [], fontkit: [] });
  }
  result.fontkitDigest = digest.digest();
  return result;
}

/**
 * compareWithFontkit with fontkit's side read from the digest `referenceFile` keeps for the font file while its key
 * holds: the plain runs of the texts the plain layout takes and fontkit's of the others must give fontkit's digest
 * of every text. Else (no entry for this key, or another digest) fontkit lays every text out again as in
 * compareWithFontkit, which names the texts that differ; where none does, the entry is written anew.
 */
export function compareWithReference(referenceFile: string, file: string, words: readonly string[]): Comparison {
  const key = referenceKey(file, words);
  const kept = storedReference(referenceFile, file, key);
  if (kept) {
    const fresh = parse(file);
    let reference: ((text: string) => PlainRun) | undefined;
    const digest = new RunDigest();
    let plain = 0;
    for (const text of words) {
      const run = plainRun(fresh, text);
      if (run) plain++;
      digest.add(text, run ?? (reference ??= pdfkitLayout(file))(text));
    }
    const fontkitDigest = digest.digest();
    if (fontkitDigest === kept.digest) return { plain, total: words.length, differing: [], fontkitDigest };
  }
  const comparison = compareWithFontkit(file, words);
  if (comparison.differing.length === 0) {
    storeReference(referenceFile, file, { key, digest: comparison.fontkitDigest });
    console.log(`${file}: fontkit's runs laid out again, their digest kept in ${referenceFile}`);
  }
  return comparison;
}
