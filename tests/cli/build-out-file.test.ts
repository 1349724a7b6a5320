// `build ONE --out beleid.pdf` writes beleid.pdf, as pandoc and every converter do, not a folder of that name
// (src/build/out-file.ts); an --out naming one file with several policies, or another format, is refused.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { policyPath } from '../support/paths.js';

/** A folder holding two policies, as a user's working folder. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-out-file-'));
  copyFileSync(policyPath('allure'), join(dir, 'allure.md'));
  copyFileSync(policyPath('aeres-mbo'), join(dir, 'aeres.md'));
  return dir;
}

describe('build --out FILE', () => {
  it('writes the PDF itself under the name given, and nothing beside it', async () => {
    const dir = folder();
    const run = await runCli(['build', 'allure.md', '--out', 'beleid.pdf'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'beleid.pdf')).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'beleid.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // No report, no manifest, no out/ folder: only the file asked for.
    expect(readdirSync(dir).sort()).toEqual(['aeres.md', 'allure.md', 'beleid.pdf']);
    expect(run.stdout).toMatch(/built 1 PDF in [\d.]+ s → beleid\.pdf\n/);
  });

  it('writes a Word document for .docx (the extension chooses the format), into a folder named with it', async () => {
    const dir = folder();
    const run = await runCli(['build', 'allure.md', '--out', 'stukken/Beleid.DOCX'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = join(dir, 'stukken', 'Beleid.DOCX');
    expect(statSync(file).isFile()).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readdirSync(join(dir, 'stukken'))).toEqual(['Beleid.DOCX']);
  });

  it('refuses one file for several policies, and a file of another format than --format, writing nothing', async () => {
    const dir = folder();
    const several = await runCli(['build', 'allure.md', 'aeres.md', '--out', 'beleid.pdf'], { cwd: dir });
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/clausemark: --out: --out beleid\.pdf names one file, but 2 policies are built/);
    expect(several.stderr).toMatch(/fix: give --out a folder/);
    const other = await runCli(['build', 'allure.md', '--out', 'beleid.docx', '--format', 'pdf'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/--out beleid\.docx names a docx file, but --format asks for pdf/);
    expect(readdirSync(dir).sort()).toEqual(['aeres.md', 'allure.md']);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('still takes a folder for --out as before, --format agreeing with the extension included', async () => {
    const dir = folder();
    const run = await runCli(['build', 'allure.md', '--out', 'map', '--no-site'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'map', 'allure')).filter((name) => name.endsWith('.pdf'))).toHaveLength(1);
    const agreed = await runCli(['build', 'allure.md', '--out', 'b.docx', '--format', 'docx'], { cwd: dir });
    expect(agreed.code).toBe(0);
    expect(statSync(join(dir, 'b.docx')).isFile()).toBe(true);
  });
});
