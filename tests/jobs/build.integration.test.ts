// The one build job (src/jobs/build.ts) behind build, start and serve --watch, in-process: incremental (the
// manifest skips what is unchanged), with the disk cache of word layouts, and the HTML report over what has a PDF.
// serve --watch's rebuild (src/jobs/serve.ts) goes through it too.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { buildJob, type BuildJobOptions } from '../../src/jobs/build.js';
import { rebuildReport } from '../../src/jobs/serve.js';
import { MANIFEST_NAME } from '../../src/build/manifest.js';
import { loadPolicy } from '../../src/parse/index.js';
import { setLayoutStore } from '../../src/render/engine/document.js';
import { tempProject } from '../support/project.js';

function project() {
  const { root, files } = tempProject(['allure', 'aeres-mbo'], 'clausemark-build-job-');
  const [allure = '', aeres = ''] = files;
  const out = join(root, 'out');
  const cache = join(root, 'cache');
  const options: BuildJobOptions = { root, outDir: out, showIds: false, pdfa: false, jobs: 1, shapingCache: cache };
  return { root, out, cache, allure, aeres, options };
}

// A build with a cache folder makes it the store of every later PDF in the process (a CLI run's one build); the
// files after this one in the worker must not go on writing into this file's temp folder.
afterEach(() => setLayoutStore(undefined));

const edit = (file: string): void =>
  writeFileSync(file, readFileSync(file, 'utf8').replace('Onder de noemer sociale media', 'Onder de noemer media'));
const cacheFiles = (dir: string): number => (existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0);

describe('buildJob', () => {
  it('builds, writes the report, and after an edit rebuilds only the edited policy', async () => {
    const p = project();
    const first = await buildJob([p.allure, p.aeres], { ...p.options, site: true });
    expect(first.report.built.map((entry) => entry.file)).toEqual([p.allure, p.aeres]);
    expect(first.site?.pages).toContain('index.html');
    expect(existsSync(join(p.out, MANIFEST_NAME))).toBe(true);
    expect(cacheFiles(p.cache), 'the layout cache is written').toBeGreaterThan(0);
    const aeresPdf = first.report.built[1]!.output;
    const before = statSync(aeresPdf).mtimeMs;
    edit(p.allure);
    const second = await buildJob([p.allure, p.aeres], { ...p.options, site: true });
    expect(second.report.built.map((entry) => entry.file)).toEqual([p.allure]);
    expect(second.report.upToDate.map((entry) => entry.file)).toEqual([p.aeres]);
    expect(statSync(aeresPdf).mtimeMs).toBe(before);
  });

  it('--strict: refuses a policy claiming an adoption its text lacks, and builds nothing', async () => {
    const p = project();
    const approved = approveSource(loadPolicy(p.allure), {
      name: 'Bestuur',
      role: 'bevoegd gezag',
      date: '2025-01-01',
      step: 'vaststelling',
    });
    // Approved, then edited: the recorded hash is of another text.
    writeFileSync(p.allure, approved.source);
    edit(p.allure);
    const result = await buildJob([p.allure, p.aeres], { ...p.options, strict: true, site: true });
    if (result.refusals.length === 0) return expect.fail('the claimed adoption was not refused');
    expect(result.refusals[0]!.message).toContain('claims adoption');
    expect(result.report.built).toEqual([]);
    expect(existsSync(p.out)).toBe(false);
  });

  it("a Word-only build lays its pages out through the layout cache too (its contents show the PDF's pages)", async () => {
    const p = project();
    // Plain Latin words are laid out without fontkit and need no cache (src/render/engine/plain-shaping.ts), and the
    // cover is not laid out for a Word build: a Greek word in the body goes through fontkit, and so through the cache.
    writeFileSync(
      p.allure,
      readFileSync(p.allure, 'utf8').replace('Onder de noemer sociale media', 'Onder de noemer (μέσα) sociale media'),
    );
    await buildJob([p.allure], { ...p.options, formats: ['docx'] });
    expect(cacheFiles(p.cache), 'the layout cache is written by a Word build').toBeGreaterThan(0);
  });
});

describe("serve --watch's rebuild", () => {
  it('goes through the build job: a second rebuild after one edit rebuilds that policy only, and fills the layout cache', async () => {
    const p = project();
    const options = { root: p.root, outDir: p.out, shapingCache: p.cache, policiesDir: join(p.root, 'policies') };
    expect((await rebuildReport(options)).summary).toMatch(/^2 PDFs, \d+ pages changed$/);
    const layouts = cacheFiles(p.cache);
    expect(layouts).toBeGreaterThan(0);
    edit(p.allure);
    const again = await rebuildReport(options);
    expect(again.summary).toMatch(/^1 PDF, 1 up to date, \d+ pages changed$/);
    expect(again.errors).toEqual([]);
  });
});
