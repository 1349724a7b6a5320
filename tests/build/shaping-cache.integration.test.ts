import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it } from 'vitest';
import { clearBrandCache } from '../../src/brand/load.js';
import { seal } from '../../src/io/cache-seal.js';
import { buildPolicy, renderPolicy } from '../../src/build/policy.js';
import { MAX_ENTRIES, ShapingCache } from '../../src/build/shaping-cache.js';
import { setLayoutStore } from '../../src/render/engine/document.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const options = { root: PROJECT_ROOT, outDir: join(tmpdir(), 'clausemark-unused'), showIds: false, pdfa: false };
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'clausemark-shaping-'));

/** A render through `store`, by default with fonts fresh to this process (so the store is asked to fill their caches). */
async function renderWith(store: ShapingCache | undefined, org: string, { freshFonts = true } = {}): Promise<Buffer> {
  if (freshFonts) clearBrandCache();
  setLayoutStore(store);
  return Buffer.from((await renderPolicy(policyPath(org), options)).pdf);
}

afterEach(() => setLayoutStore(undefined));

describe('the shaping cache in a build', () => {
  it('gives byte-identical PDFs when written and when read, for both bundled font families', async () => {
    for (const org of ['allure', 'aeres-mbo']) {
      const dir = tempDir();
      const plain = await renderWith(undefined, org);
      const writing = new ShapingCache(dir);
      const written = await renderWith(writing, org);
      writing.flush();
      expect(writing.runsRead).toBe(0);
      expect(readdirSync(dir).filter((file) => file.endsWith('.txt')).length).toBeGreaterThanOrEqual(2);
      const reading = new ShapingCache(dir);
      const read = await renderWith(reading, org);
      expect(reading.runsRead).toBeGreaterThan(300);
      expect(written.equals(plain)).toBe(true);
      expect(read.equals(plain)).toBe(true);
    }
  });

  // A worker builds several policies with the same fonts. Embedding a font subset makes fontkit create glyph objects
  // without characters (every glyph of runs read from disk, components of composite glyphs), and fontkit hands
  // that same object to every later layout of the glyph: the next policy's new words lost their text ("FL X
  // College"), on the page and in the cache file.
  it('gives the same PDF for a policy built after others in the same process, warm or not', async () => {
    const dir = tempDir();
    const alone = await renderWith(undefined, 'flex-college');
    const writing = new ShapingCache(dir);
    await renderWith(writing, 'aeres-mbo');
    writing.flush();
    for (const store of [undefined, new ShapingCache(dir)]) {
      await renderWith(store, 'aeres-mbo');
      await renderWith(store, 'aloysius', { freshFonts: false });
      const after = await renderWith(store, 'flex-college', { freshFonts: false });
      store?.flush();
      expect(after.equals(alone), store ? 'warm' : 'no cache').toBe(true);
    }
    // (The layout files: the folder subsets/ beside them holds font subsets, src/build/subset-cache.ts.)
    const layoutFiles = readdirSync(dir).filter((file) => file.endsWith('.txt'));
    expect(layoutFiles.length).toBeGreaterThan(0);
    const emptyCodePoints = layoutFiles.flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.includes('[]')),
    );
    expect(emptyCodePoints).toEqual([]);
  });

  // One process, several builds (serve --watch, the CLI run in a test's process): each build fills the cache folder
  // it is given, although the fonts were laid out before, for another folder.
  it('fills the folder of each build in the same process, also when the fonts were laid out for another one', async () => {
    clearBrandCache();
    const folders = [tempDir(), tempDir()];
    for (const shapingCache of folders)
      await buildPolicy(policyPath('allure'), { ...options, outDir: tempDir(), shapingCache });
    for (const folder of folders)
      expect(readdirSync(folder).filter((file) => file.endsWith('.txt')).length, folder).toBeGreaterThanOrEqual(2);
  });

  // serve --watch sets its store once the process runs; fonts laid out before (by content, shared with every copy
  // of the same font file: src/brand/assets.ts) used to keep their in-memory layouts and never ask the store.
  it('gives a store set after the fonts were laid out the words they know, so they reach the disk', async () => {
    await renderWith(undefined, 'casparus-college');
    const dir = tempDir();
    const late = new ShapingCache(dir);
    await renderWith(late, 'casparus-college', { freshFonts: false });
    late.flush();
    expect(readdirSync(dir).filter((file) => file.endsWith('.txt')).length).toBeGreaterThanOrEqual(2);
    const reading = new ShapingCache(dir);
    await renderWith(reading, 'casparus-college');
    expect(reading.runsRead).toBeGreaterThan(300);
  });
});

const FONT = join(PROJECT_ROOT, 'templates', 'fonts', 'ibm-plex-sans', 'IBMPlexSans_400Regular.ttf');
// Ligatures, kerning pairs, Dutch ĳ and diaeresis, a combining accent, digits and punctuation, a soft hyphen, and
// texts that need escaping in the file (pdfkit lays out words with their trailing tab).
const WORDS = [
  'official',
  'tab\tend',
  'quote"back\\slash',
  'ﬁnale',
  'AVATAR',
  'Tĳdelĳk',
  'ĳsbeer',
  'beïnvloeden',
  'cafe\u0301',
  '€ 1.000,-',
  'Wy.',
  'ver\u00ADant',
  '“ja”',
];

/** pdfkit's own runs for WORDS (fontkit layout, scaled as pdfkit scales it) in a cache object. */
function pdfkitRuns(bytes: Buffer): Record<string, unknown> {
  const doc = new PDFDocument({ autoFirstPage: false, font: null } as unknown as PDFKit.PDFDocumentOptions);
  doc.registerFont('f', bytes);
  doc.font('f');
  const font = doc._font as unknown as { layoutCached(text: string): unknown; layoutCache: Record<string, unknown> };
  for (const word of WORDS) font.layoutCached(word);
  return font.layoutCache;
}

interface SomeRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

/** The fields pdfkit reads from a run, as plain data. */
function used(run: unknown): unknown {
  const { glyphs, positions, advanceWidth } = run as SomeRun;
  return {
    glyphs: glyphs.map(({ id, advanceWidth: width, codePoints }) => ({ id, width, codePoints: [...codePoints] })),
    positions: positions.map(({ xAdvance, yAdvance, xOffset, yOffset, advanceWidth: width }) => ({
      xAdvance,
      yAdvance,
      xOffset,
      yOffset,
      width,
    })),
    advanceWidth,
  };
}

describe('ShapingCache', () => {
  const bytes = readFileSync(FONT);
  const font = fontkit.create(bytes) as fontkit.Font;
  const file = (dir: string): string =>
    join(dir, `${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}.txt`);
  /** A cache in `dir` holding pdfkit's runs for WORDS, written to disk. */
  const written = (dir: string): Record<string, unknown> => {
    const original = pdfkitRuns(bytes);
    const store = new ShapingCache(dir);
    Object.assign(store.layoutCache(font, bytes), original);
    store.flush();
    return original;
  };

  it('reads back exactly the runs pdfkit computed, decoding each when it is asked for', () => {
    const dir = tempDir();
    const original = written(dir);
    const reader = new ShapingCache(dir);
    const restored = reader.layoutCache(font, bytes);
    expect(reader.runsRead).toBe(0);
    for (const word of WORDS) expect(used(restored[word]), word).toEqual(used(original[word]));
    expect(reader.runsRead).toBe(WORDS.length);
    expect(restored['not laid out']).toBeUndefined();
    // The ligature really is one glyph for two letters, so the test covers runs that are not one glyph per letter.
    expect((restored.official as SomeRun).glyphs.length).toBeLessThan('official'.length);
  });

  it('ignores a file written by other library versions, or not by clausemark at all, and replaces it', () => {
    const dir = tempDir();
    written(dir);
    const valid = readFileSync(file(dir), 'utf8');
    const otherEngine = valid.replace(/pdfkit@[\d.]+/, 'pdfkit@0.0.1');
    for (const content of [otherEngine, 'garbage\n"official"\t[[1],[1],[[1]],[1,0,0,0,1]]\n']) {
      writeFileSync(file(dir), content);
      const store = new ShapingCache(dir);
      const cache = store.layoutCache(font, bytes);
      expect(cache.official).toBeUndefined();
      Object.assign(cache, pdfkitRuns(bytes));
      store.flush();
      expect(readFileSync(file(dir), 'utf8')).toBe(valid);
    }
  });

  it('takes nothing from a file with an edited line (its seal no longer holds): every word is laid out afresh', () => {
    const dir = tempDir();
    const original = written(dir);
    // The attack of issue 39: the run kept for one word edited to draw another glyph.
    const edited = readFileSync(file(dir), 'utf8').replace(
      /^"official"\t.*$/m,
      '"official"\t[[1,2],[500],[[111]],[0,0,0,0,0]]',
    );
    writeFileSync(file(dir), edited);
    const store = new ShapingCache(dir);
    const cache = store.layoutCache(font, bytes);
    expect(cache.official).toBeUndefined();
    expect(cache.AVATAR, 'not even the lines left as they were').toBeUndefined();
    Object.assign(cache, original);
    store.flush();
    expect(used(new ShapingCache(dir).layoutCache(font, bytes).official)).toEqual(used(original.official));
  });

  it('lays out afresh only the text of a sealed line it cannot decode, and stores the new run', () => {
    const dir = tempDir();
    const original = written(dir);
    const text = readFileSync(file(dir), 'utf8');
    const [header, engine] = text.slice(0, text.indexOf('\n')).split('\t');
    const body = text
      .slice(text.indexOf('\n') + 1)
      .replace(/^"official"\t.*$/m, '"official"\t[[1,2],[500],[[111]],[0,0,0,0,0]]');
    const resealed = seal([header!, engine!, basename(file(dir)), body])!.toString('hex');
    writeFileSync(file(dir), `${header}\t${engine}\t${resealed}\n${body}`);
    const store = new ShapingCache(dir);
    const cache = store.layoutCache(font, bytes);
    expect(cache.official).toBeUndefined();
    expect(used(cache.AVATAR)).toEqual(used(original.AVATAR));
    cache.official = original.official;
    store.flush();
    expect(used(new ShapingCache(dir).layoutCache(font, bytes).official)).toEqual(used(original.official));
  });

  it('writes only when something new was laid out', () => {
    const dir = tempDir();
    const store = new ShapingCache(dir);
    const cache = store.layoutCache(font, bytes);
    store.flush();
    expect(existsSync(file(dir))).toBe(false);
    Object.assign(cache, pdfkitRuns(bytes));
    store.flush();
    expect(existsSync(file(dir))).toBe(true);
    rmSync(file(dir));
    void cache.official;
    store.flush();
    expect(existsSync(file(dir))).toBe(false);
  });

  it(`keeps the newest ${MAX_ENTRIES} texts per font`, () => {
    const dir = tempDir();
    const run = pdfkitRuns(bytes).official;
    const store = new ShapingCache(dir);
    const cache = store.layoutCache(font, bytes);
    for (let index = 0; index < MAX_ENTRIES + 5; index++) cache[`w${index}`] = run;
    store.flush();
    const lines = readFileSync(file(dir), 'utf8').trimEnd().split('\n').slice(1);
    expect(lines).toHaveLength(MAX_ENTRIES);
    expect(lines[0]).toMatch(/^"w5"\t/);
    expect(lines.at(-1)).toMatch(new RegExp(`^"w${MAX_ENTRIES + 4}"\t`));
  });

  it('never fails a build when the folder cannot be written', () => {
    const dir = tempDir();
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    const store = new ShapingCache(join(blocked, 'shaping'));
    Object.assign(store.layoutCache(font, bytes), pdfkitRuns(bytes));
    expect(() => store.flush()).not.toThrow();
  });
});
