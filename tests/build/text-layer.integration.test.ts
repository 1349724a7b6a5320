// Issue 12's acceptance test for the PDF text layer: for every brand and every policy, a build with a cold
// word-layout cache, the same cache warm and no cache give identical bytes, and the text a reader copies or searches
// (pdftotext) gives back every word of the source. Builds run in this process the way a build worker runs them:
// fonts fresh at the start of a batch and then shared by its policies, the real disk cache read and flushed around
// each policy (src/build/batch.ts, buildTracked). Besides a cache warmed by the very same batch, a cache warmed by
// only some of the policies: what a user has after adding a policy, or after two workers' flushes raced, and where
// a policy lays out new words after others embedded glyphs read from disk.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keepFontChecksIn } from '../../src/brand/font-checks.js';
import { clearBrandCache } from '../../src/brand/load.js';
import { renderPolicy } from '../../src/build/policy.js';
import { ShapingCache } from '../../src/build/shaping-cache.js';
import { setLayoutStore } from '../../src/render/engine/document.js';
import { PROJECT_ROOT, shippedPolicyPaths } from '../support/paths.js';
import { havePdftotext, missingWords } from '../support/words.js';

const BRANDS = readdirSync(join(PROJECT_ROOT, 'templates', 'brands'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.slice(0, -'.yaml'.length))
  .sort();
// The corpus clausemark ships, not whatever a school keeps in its clone's policies/ (issue 39 item 7).
const POLICIES = shippedPolicyPaths();
const outDir = join(tmpdir(), 'clausemark-unused');

interface Built {
  file: string;
  pdf: Buffer;
  policy: Awaited<ReturnType<typeof renderPolicy>>['policy'];
}

/** Every policy in `brand`, in one batch: fonts fresh to the batch, layouts through `cache` (flushed per policy). */
async function buildBatch(brand: string, cache: ShapingCache | undefined, files = POLICIES): Promise<Built[]> {
  clearBrandCache();
  setLayoutStore(cache);
  const built: Built[] = [];
  for (const file of files) {
    const { pdf, policy } = await renderPolicy(file, {
      root: PROJECT_ROOT,
      outDir,
      brand,
      showIds: false,
      pdfa: false,
    });
    cache?.flush();
    built.push({ file, pdf: Buffer.from(pdf), policy });
  }
  return built;
}

afterEach(() => setLayoutStore(undefined));
// The brand's font check keeps its verdicts as the CLI does (src/brand/font-checks.ts): each font is checked once,
// by the first batch that loads it, not again by each of the 30 (the fonts are still parsed afresh per batch,
// clearBrandCache). Put back after the file: the worker's next file shares these modules.
beforeAll(() => keepFontChecksIn(mkdtempSync(join(tmpdir(), 'clausemark-text-layer-checks-'))));
afterAll(() => keepFontChecksIn(undefined));

describe.skipIf(!havePdftotext())(
  'the PDF text layer of every policy in every brand (needs pdftotext from poppler-utils)',
  () => {
    it('covers the whole corpus', () => {
      expect(BRANDS.length).toBeGreaterThanOrEqual(6);
      expect(POLICIES.length).toBeGreaterThanOrEqual(6);
    });

    for (const brand of BRANDS) {
      it(`${brand}: cold, warm, partly warm and no cache give identical bytes and every source word`, async () => {
        const dir = mkdtempSync(join(tmpdir(), 'clausemark-text-layer-'));
        const cold = await buildBatch(brand, new ShapingCache(dir));
        const warm = await buildBatch(brand, new ShapingCache(dir));
        const none = await buildBatch(brand, undefined);
        const partDir = mkdtempSync(join(tmpdir(), 'clausemark-text-layer-'));
        await buildBatch(
          brand,
          new ShapingCache(partDir),
          POLICIES.filter((_, index) => index % 2 === 1),
        );
        const partlyWarm = await buildBatch(brand, new ShapingCache(partDir));
        const problems: string[] = [];
        cold.forEach(({ file, pdf, policy }, index) => {
          for (const [kind, run] of [
            ['warm', warm],
            ['no-cache', none],
            ['partly warm', partlyWarm],
          ] as const) {
            if (!run[index]!.pdf.equals(pdf)) problems.push(`${file}: the ${kind} PDF differs from the cold-cache one`);
          }
          // pdftotext reads the same bytes the same way: a PDF identical to the cold one (checked above) is read once.
          const coldMissing = missingWords(policy, pdf);
          for (const [kind, run] of [
            ['cold', cold],
            ['warm', warm],
            ['partly warm', partlyWarm],
          ] as const) {
            const other = run[index]!.pdf;
            const missing = other.equals(pdf) ? coldMissing : missingWords(policy, other);
            if (missing.length > 0)
              problems.push(
                `${file} (${kind}): ${missing.length} words not in the text layer: ${missing.slice(0, 12).join(' ')}`,
              );
          }
        });
        expect(problems).toEqual([]);
      }, 300_000);
    }
  },
);
