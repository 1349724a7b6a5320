import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '../../src/build/policy.js';
import { buildBatch } from '../../src/build/batch.js';
import { creationDate, sourceHash } from '../../src/io/reproducible.js';
import { outputPath } from '../../src/io/output-paths.js';
import { parsePolicy } from '../../src/parse/index.js';
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

  it("uses the policy's brand, labels and dates: cover, adoption line and colophon hash", async () => {
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
  const policy = parsePolicy(
    '---\neffective: 2021-09-21\napprovals:\n  - {date: 2022-01-05, name: a, role: b}\n---\n',
  ).policy;

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
