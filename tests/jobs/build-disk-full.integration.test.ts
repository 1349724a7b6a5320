// A disk that fills up part-way through a build (issue 23, item 19): the build job keeps the report of every policy,
// `build` names the files written and those not written and says to free space, exit 2, and a failed write leaves
// the previous file as it was and no temp file. The full disk is simulated by failing writeSync with ENOSPC for the
// chosen targets (node:fs mocked around the real functions), so the test runs without root or a small disk.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildJob, type BuildJobOptions } from '../../src/jobs/build.js';
import { rebuildReport } from '../../src/jobs/serve.js';
import { MANIFEST_NAME } from '../../src/build/manifest.js';
import { printBuildOutcome } from '../../src/cli/build-outcome.js';
import { commandContext } from '../../src/cli/context.js';
import { tempProject } from '../support/project.js';

/** Paths whose writes fail as on a full disk: a temp file beside one of them gets ENOSPC on its first write. */
const full = vi.hoisted(() => ({ targets: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const { fsError, withFailingWrites } = await import('../support/failing-writes.js');
  // writeFileAtomic writes `.<name>.tmp-<pid>-<hex>` beside the target.
  const isTempOf = (path: string, target: string) =>
    path.startsWith(join(target, '..', `.${target.split('/').pop()}.tmp-`));
  return withFailingWrites(await importOriginal(), (path) =>
    full.targets.some((target) => isTempOf(path, target))
      ? fsError('ENOSPC', 'no space left on device, write')
      : undefined,
  );
});

afterEach(() => {
  full.targets = [];
});

function project() {
  const { root, files } = tempProject(['allure', 'aeres-mbo', 'aloysius'], 'clausemark-disk-full-');
  const out = join(root, 'out');
  const options: BuildJobOptions = { root, outDir: out, showIds: false, pdfa: false, jobs: 1 };
  return { root, out, files, options };
}

const pdfOf = (out: string, org: string): string => join(out, org, 'social-media-1.0.pdf');

/** Every file under `dir` whose name marks it a temp file of writeFileAtomic. */
const tempFiles = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.includes('.tmp-'));

/** Runs printBuildOutcome and returns what it printed and its exit code. */
function outcome(result: Awaited<ReturnType<typeof buildJob>>, out: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context = commandContext({
    stdout: { write: (text: string) => stdout.push(text) > 0, isTTY: false },
    stderr: { write: (text: string) => stderr.push(text) > 0, isTTY: false },
  } as unknown as Parameters<typeof commandContext>[0]);
  const code = printBuildOutcome(result, { out, formats: ['pdf'] }, context);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('build on a disk that fills up', () => {
  it('reports which PDFs were written and which not, keeps the earlier PDF whole, leaves no temp file', async () => {
    const p = project();
    const [allure = '', aeres = '', aloysius = ''] = p.files;
    const first = await buildJob(p.files, { ...p.options, site: true });
    expect(first.report.failed).toEqual([]);
    const earlier = readFileSync(pdfOf(p.out, 'aeres-mbo'));

    // All three change; the disk is full when aeres-mbo's PDF is written.
    for (const file of p.files)
      writeFileSync(file, readFileSync(file, 'utf8').replace('sociale media', 'social media'));
    full.targets = [pdfOf(p.out, 'aeres-mbo')];
    const result = await buildJob(p.files, { ...p.options, site: true });

    expect(result.report.built.map((entry) => entry.file)).toEqual([allure, aloysius]);
    expect(result.report.failed.map((failure) => failure.file)).toEqual([aeres]);
    expect(result.report.failed[0]?.error.finding.messageId).toBe('unwritable-output.disk-full');
    expect(readFileSync(pdfOf(p.out, 'aeres-mbo')).equals(earlier), 'the earlier PDF is intact').toBe(true);
    expect(tempFiles(p.out)).toEqual([]);

    const printed = outcome(result, p.out);
    expect(printed.code).toBe(2);
    expect(printed.stderr).toContain(`written (complete): ${pdfOf(p.out, 'allure')}, ${pdfOf(p.out, 'aloysius')}\n`);
    expect(printed.stderr).toContain(`not written: ${pdfOf(p.out, 'aeres-mbo')}\n`);
    expect(printed.stderr).toContain(`the disk holding ${p.out}/ is full: free space on it`);
    expect(printed.stderr).toContain('the disk is full (ENOSPC): this file was not written');
    expect(printed.stdout).toMatch(/built 2 PDFs in [\d.]+ s → .*, 1 failed/);
  });

  it('keeps the earlier PDF not written when the HTML report cannot be written either: a full disk removes no PDF', async () => {
    const p = project();
    await buildJob(p.files, { ...p.options, site: true });
    const earlier = readFileSync(pdfOf(p.out, 'aeres-mbo'));
    for (const file of p.files)
      writeFileSync(file, readFileSync(file, 'utf8').replace('sociale media', 'social media'));
    full.targets = [pdfOf(p.out, 'aeres-mbo'), join(p.out, 'index.html')];
    const result = await buildJob(p.files, { ...p.options, site: true });

    expect(result.reportFailed).toEqual([]);
    expect(result.removed).toBeUndefined();
    expect(readFileSync(pdfOf(p.out, 'aeres-mbo')).equals(earlier), 'the earlier PDF is intact').toBe(true);
  });

  it('keeps the report of the PDFs when the manifest and the HTML report cannot be written', async () => {
    const p = project();
    full.targets = [join(p.out, MANIFEST_NAME), join(p.out, 'index.html')];
    const result = await buildJob(p.files, { ...p.options, site: true });

    expect(result.report.built.map((entry) => entry.file)).toEqual(p.files);
    const unwritten = (result.report.unwritten ?? []).map((error) => error.finding.file);
    expect(unwritten).toEqual([join(p.out, MANIFEST_NAME), join(p.out, 'index.html')]);
    expect(existsSync(join(p.out, MANIFEST_NAME))).toBe(false);
    expect(existsSync(join(p.out, 'index.html'))).toBe(false);
    expect(tempFiles(p.out)).toEqual([]);

    const printed = outcome(result, p.out);
    expect(printed.code).toBe(2);
    const pdfs = ['allure', 'aeres-mbo', 'aloysius'].map((org) => pdfOf(p.out, org));
    expect(printed.stderr).toContain(`written (complete): ${pdfs.join(', ')}\n`);
    expect(printed.stderr).toContain(`not written: ${join(p.out, MANIFEST_NAME)}, ${join(p.out, 'index.html')}\n`);
    expect(printed.stdout).toMatch(/built 3 PDFs in /);
  });

  it("serve --watch's rebuild shows the report not written as an error, with the PDFs it built", async () => {
    const p = project();
    full.targets = [join(p.out, 'index.html')];
    const result = await rebuildReport({ root: p.root, outDir: p.out, policiesDir: join(p.root, 'policies') });
    expect(result.summary).toMatch(/^3 PDFs, /);
    expect(result.errors).toEqual([expect.stringContaining(`${join(p.out, 'index.html')}: the disk is full (ENOSPC)`)]);
    expect(tempFiles(p.out)).toEqual([]);
  });
});
