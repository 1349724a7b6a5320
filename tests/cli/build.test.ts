// `clausemark build` as users run it: the summary line, refusals with exit 2, and a failed rebuild that keeps the
// previous PDF. What the build computes is tested in-process in tests/build/.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPolicies } from '../../src/io/discover.js';
import { runBuiltCli, runCli } from '../support/cli.js';
import { policyPath } from '../support/paths.js';
import { shippedProject } from '../support/project.js';

describe('clausemark build (CLI)', () => {
  it('builds every seed in parallel workers and prints a one-line summary when not on a terminal', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-cli-build-'));
    // The compiled binary: only it builds in worker threads (in-process runs from src/ render in the test's thread).
    const project = shippedProject();
    const run = await runBuiltCli(['build', '--out', out], { cwd: project });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // One line for the PDFs, one for the HTML report.
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^report: .*index\.html \(\d+ pages, \d+ changed\)$/);
    const policies = discoverPolicies([], [join(project, 'policies')]);
    expect(run.stdout).toMatch(new RegExp(`^built ${policies.length} PDFs in [\\d.]+ s`));
    for (const org of ['aeres-mbo', 'allure', 'casparus-college', 'flex-college', 'aloysius']) {
      expect(existsSync(join(out, org, 'social-media-1.0.pdf'))).toBe(true);
    }
    // Every PDF of the corpus in worker threads: minutes on a busy machine; the bound catches a hang, not slowness.
  }, 600_000);

  it('refuses an unknown brand with exit 2, naming the argument and listing brands, and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-cli-build-'));
    const run = await runCli(['build', policyPath('allure'), '--out', out, '--brand', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--brand: .*nope/);
    expect(run.stderr).toContain('default');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it('keeps the previous PDF when a rebuild fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-build-'));
    mkdirSync(join(dir, 'policies', 'allure'), { recursive: true });
    const file = join(dir, 'policies', 'allure', 'social-media.md');
    writeFileSync(file, readFileSync(policyPath('allure')));
    const out = join(dir, 'out');
    expect((await runCli(['build', file, '--out', out])).code).toBe(0);
    const pdf = join(out, 'allure', 'social-media-1.0.pdf');
    const before = readFileSync(pdf);
    writeFileSync(
      file,
      readFileSync(policyPath('allure'), 'utf8')
        .replace('brand', 'brand')
        .replace('lang: nl', 'lang: nl\nbrand: missing-brand'),
    );
    const run = await runCli(['build', file, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/social-media\.md:\d+:\d+: .*missing-brand/);
    expect(readFileSync(pdf).equals(before)).toBe(true);
    // The PDF and the web page of the good build, untouched; no temp files.
    expect(readdirSync(join(out, 'allure')).sort()).toEqual(['social-media-1.0.html', 'social-media-1.0.pdf']);
  });
});
