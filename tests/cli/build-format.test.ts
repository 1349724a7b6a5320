// build --format: pdf (the default), docx, or both; the incremental build knows the .docx as well as the PDF.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { policyPath } from '../support/paths.js';

const out = (): string => mkdtempSync(join(tmpdir(), 'clausemark-build-format-'));
const isZip = (file: string): boolean =>
  readFileSync(file)
    .subarray(0, 4)
    .equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

describe('build --format', () => {
  it('pdf,docx writes both, and rebuilds a .docx that was deleted while the PDF stayed', async () => {
    const dir = out();
    const first = await runCli(['build', policyPath('allure'), '--format', 'pdf,docx', '--out', dir, '--no-site']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/built 1 policy \(pdf, docx\) in/);
    const docx = join(dir, 'allure', 'social-media-1.0.docx');
    const pdf = join(dir, 'allure', 'social-media-1.0.pdf');
    expect(isZip(docx)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const again = await runCli(['build', policyPath('allure'), '--format', 'pdf,docx', '--out', dir, '--no-site']);
    expect(again.stdout).toMatch(/built 0 policies \(pdf, docx\) in .*1 up to date/);
    rmSync(docx);
    const rebuilt = await runCli(['build', policyPath('allure'), '--format', 'pdf,docx', '--out', dir, '--no-site']);
    expect(rebuilt.stdout).toMatch(/built 1 policy \(pdf, docx\)/);
    expect(isZip(docx)).toBe(true);
  });

  it('docx alone writes the Word document and no PDF, and no HTML report (it links to PDFs)', async () => {
    const dir = out();
    const run = await runCli(['build', policyPath('casparus-college'), '--format', 'docx', '--out', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/built 1 Word document in/);
    expect(isZip(join(dir, 'casparus-college', 'social-media-1.0.docx'))).toBe(true);
    expect(existsSync(join(dir, 'casparus-college', 'social-media-1.0.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
  });

  it('pdf stays the default', async () => {
    const dir = out();
    const run = await runCli(['build', policyPath('allure'), '--out', dir, '--no-site']);
    expect(run.stdout).toMatch(/built 1 PDF in/);
    expect(existsSync(join(dir, 'allure', 'social-media-1.0.docx'))).toBe(false);
  });
});
