import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '../../src/build/policy.js';
import { buildBatch } from '../../src/build/batch.js';
import { creationDate, sourceHash } from '../../src/build/reproducible.js';
import { outputPath } from '../../src/build/paths.js';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { discoverPolicies } from '../../src/io/discover.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';
import { readPdf, squash } from '../support/pdf.js';

const options = (outDir: string) => ({ root: PROJECT_ROOT, outDir, showIds: false, pdfa: false });

describe('renderPolicy', () => {
  it('is reproducible: two builds of the same source are byte-identical', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-build-'));
    const a = await renderPolicy(policyPath('allure'), options(out));
    const b = await renderPolicy(policyPath('allure'), options(out));
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect(a.output).toBe(join(out, 'allure', 'social-media-1.0.pdf'));
  });

  it('uses the policy\'s brand, labels and dates: cover, adoption line and colophon hash', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-build-'));
    const { pdf, policy } = await renderPolicy(policyPath('allure'), options(out));
    const readback = await readPdf(pdf);
    const all = squash(readback.pages.join(' '));
    expect(all).toContain(squash('Vastgesteld door Vz. College van Bestuur op 16 oktober 2019'));
    expect(all).toContain(sourceHash(policy.source));
    expect(all).toContain(squash('Pagina 2 van'));
    expect(readback.info.CreationDate).toBeDefined();
  });
});

describe('reproducible inputs', () => {
  const policy = parsePolicy('---\neffective: 2021-09-21\napprovals:\n  - {date: 2022-01-05, name: a, role: b}\n---\n').policy;

  it('takes the creation date from the latest policy date, or SOURCE_DATE_EPOCH, never the clock', () => {
    expect(creationDate(policy, {}).toISOString()).toBe('2022-01-05T00:00:00.000Z');
    expect(creationDate(policy, { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(creationDate(parsePolicy('Tekst.').policy, {}).toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('hashes the normalised source: line endings and trailing blanks do not count', () => {
    expect(sourceHash('a  \r\nb\r\n\r\n')).toBe(sourceHash('a\nb\n'));
    expect(sourceHash('a\nb\n')).not.toBe(sourceHash('a\nc\n'));
  });

  it('never lets frontmatter values steer the output path outside the output folder', () => {
    const evil = parsePolicy('---\nid: ../../etc/passwd\norg: ../..\nversion: "1/2"\n---\n').policy;
    const path = outputPath('/out', evil, 'pdf');
    expect(path.startsWith('/out/')).toBe(true);
    expect(path).not.toContain('..');
  });
});

describe('buildBatch', () => {
  it('builds the good files and reports the bad one with its place, writing nothing for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-batch-'));
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, '---\ntitle: "open\n---\n');
    const out = join(dir, 'out');
    const report = await buildBatch([policyPath('casparus-college'), bad], { ...options(out), jobs: 1 });
    expect(report.built.map((b) => b.output)).toEqual([join(out, 'casparus-college', 'social-media-1.0.pdf')]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.error.format()).toMatch(/bad\.md:\d+:\d+: invalid YAML/);
    expect(readdirSync(out)).toEqual(['casparus-college']);
  });
});

describe('clausemark build (CLI)', () => {
  it('builds every seed in parallel workers and prints a one-line summary when not on a terminal', () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-cli-build-'));
    const run = runCli(['build', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // One line for the PDFs, one for the HTML report.
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^report: .*index\.html \(\d+ pages, \d+ changed\)$/);
    const policies = discoverPolicies([], [join(PROJECT_ROOT, 'policies')]);
    expect(run.stdout).toMatch(new RegExp(`^built ${policies.length} PDFs in [\\d.]+ s`));
    for (const org of ['aeres-mbo', 'allure', 'casparus-college', 'flex-college', 'aloysius']) {
      expect(existsSync(join(out, org, 'social-media-1.0.pdf'))).toBe(true);
    }
  });

  it('refuses an unknown brand with exit 2, naming the argument and listing brands, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-cli-build-'));
    const run = runCli(['build', policyPath('allure'), '--out', out, '--brand', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--brand: .*nope/);
    expect(run.stderr).toContain('default');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it('keeps the previous PDF when a rebuild fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-build-'));
    mkdirSync(join(dir, 'policies', 'allure'), { recursive: true });
    const file = join(dir, 'policies', 'allure', 'social-media.md');
    writeFileSync(file, readFileSync(policyPath('allure')));
    const out = join(dir, 'out');
    expect(runCli(['build', file, '--out', out]).code).toBe(0);
    const pdf = join(out, 'allure', 'social-media-1.0.pdf');
    const before = readFileSync(pdf);
    writeFileSync(file, readFileSync(policyPath('allure'), 'utf8').replace('brand', 'brand').replace('lang: nl', 'lang: nl\nbrand: missing-brand'));
    const run = runCli(['build', file, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/social-media\.md:\d+:\d+: .*missing-brand/);
    expect(readFileSync(pdf).equals(before)).toBe(true);
    // The PDF and the web page of the good build, untouched; no temp files.
    expect(readdirSync(join(out, 'allure')).sort()).toEqual(['social-media-1.0.html', 'social-media-1.0.pdf']);
  });
});
