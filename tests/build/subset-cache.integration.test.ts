// Font subsets kept on disk (src/build/subset-cache.ts, through the shaping cache): a PDF built from a kept subset is
// byte-identical to one whose subsets fontkit encoded, and a damaged file is never embedded.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearBrandCache } from '../../src/brand/load.js';
import { renderPolicy } from '../../src/build/policy.js';
import { ShapingCache } from '../../src/build/shaping-cache.js';
import { MAX_FILES, SubsetFiles } from '../../src/build/subset-cache.js';
import { setLayoutStore } from '../../src/render/engine/document.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const options = { root: PROJECT_ROOT, outDir: join(tmpdir(), 'clausemark-unused'), showIds: false, pdfa: false };
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'clausemark-subsets-'));

async function renderWith(store: ShapingCache | undefined, org: string, pdfa = false): Promise<Buffer> {
  clearBrandCache();
  setLayoutStore(store);
  return Buffer.from((await renderPolicy(policyPath(org), { ...options, pdfa })).pdf);
}

afterEach(() => setLayoutStore(undefined));

describe('font subsets kept on disk', () => {
  it('give byte-identical PDFs when written and when read (PDF and PDF/A, both bundled font families)', async () => {
    for (const [org, pdfa] of [
      ['allure', false],
      ['aeres-mbo', true],
    ] as const) {
      const dir = tempDir();
      const plain = await renderWith(undefined, org, pdfa);
      const writing = new ShapingCache(dir);
      const written = await renderWith(writing, org, pdfa);
      writing.flush();
      expect(writing.subsets.read).toBe(0);
      const kept = readdirSync(join(dir, 'subsets'));
      expect(kept.length).toBeGreaterThanOrEqual(2);
      const reading = new ShapingCache(dir);
      const read = await renderWith(reading, org, pdfa);
      expect(reading.subsets.read).toBe(kept.length);
      expect(written.equals(plain), `${org}: written`).toBe(true);
      expect(read.equals(plain), `${org}: read`).toBe(true);
    }
  });

  it('encodes afresh, and embeds the same bytes, when a kept subset is cut short or changed (its seal fails)', async () => {
    const dir = tempDir();
    const plain = await renderWith(undefined, 'allure');
    await renderWith(new ShapingCache(dir), 'allure');
    const [first, second] = readdirSync(join(dir, 'subsets')).map((name) => join(dir, 'subsets', name));
    const bytes = readFileSync(first!);
    writeFileSync(first!, bytes.subarray(0, bytes.length - 100));
    const changed = readFileSync(second!);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 0xff;
    writeFileSync(second!, changed);
    const reading = new ShapingCache(dir);
    const read = await renderWith(reading, 'allure');
    expect(read.equals(plain)).toBe(true);
    expect(reading.subsets.read).toBe(readdirSync(join(dir, 'subsets')).length - 2);
  });

  it('takes no subset planted with the checksum it once had, or with another file’s seal', () => {
    const dir = tempDir();
    const files = new SubsetFiles(dir, 'engine 1');
    const font = new Uint8Array([1, 2, 3]);
    expect([...files.subset(font, [0, 5], () => new Uint8Array([1, 1]))]).toEqual([1, 1]);
    expect([...files.subset(font, [0, 6], () => new Uint8Array([2, 2]))]).toEqual([2, 2]);
    const [a, b] = readdirSync(dir).map((name) => join(dir, name));
    const planted = new Uint8Array([6, 6, 6]);
    const withChecksum = Buffer.concat([createHash('sha256').update(planted).digest(), planted]);
    const otherSeal = Buffer.concat([readFileSync(b!).subarray(0, 32), planted]);
    for (const contents of [withChecksum, otherSeal]) {
      writeFileSync(a!, contents);
      writeFileSync(b!, contents);
      const fresh = new SubsetFiles(dir, 'engine 1');
      expect([...fresh.subset(font, [0, 5], () => new Uint8Array([1, 1]))]).toEqual([1, 1]);
      expect([...fresh.subset(font, [0, 6], () => new Uint8Array([2, 2]))]).toEqual([2, 2]);
      expect(fresh.read).toBe(0);
    }
  });

  it('is keyed by font, glyphs and their order, and keeps the newest files only', () => {
    const dir = tempDir();
    const files = new SubsetFiles(dir, 'engine 1');
    const font = new Uint8Array([1, 2, 3]);
    let encoded = 0;
    const encode = (value: number) => (): Uint8Array => {
      encoded++;
      return new Uint8Array([value, value]);
    };
    expect([...files.subset(font, [0, 5, 7], encode(1))]).toEqual([1, 1]);
    expect([...files.subset(font, [0, 5, 7], encode(9))]).toEqual([1, 1]);
    expect([...files.subset(font, [0, 7, 5], encode(2))]).toEqual([2, 2]);
    expect([...files.subset(new Uint8Array([1, 2, 4]), [0, 5, 7], encode(3))]).toEqual([3, 3]);
    expect([...new SubsetFiles(dir, 'engine 2').subset(font, [0, 5, 7], encode(4))]).toEqual([4, 4]);
    expect(encoded).toBe(4);
    for (let glyph = 0; glyph < MAX_FILES + 5; glyph++) files.subset(font, [0, glyph + 100], encode(5));
    expect(readdirSync(dir)).toHaveLength(MAX_FILES);
  });
});
