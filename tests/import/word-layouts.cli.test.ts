// The Word layouts schools use (issue 68), each made as a user's program makes it (python-docx, LibreOffice from
// HTML, pandoc from Markdown), imported with the CLI (in the test's process: runCli) and compared with its label,
// written by hand in tests/fixtures/import/word-layouts/<name>.yaml before the importer was tuned: the articles the
// built PDF prints (the document's own numbers), the front matter, and the word account, "0 lost" only when it is
// true.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { needTool } from '../support/tools.js';

const execFileAsync = promisify(execFile);
const folder = join(import.meta.dirname, '../fixtures/import/word-layouts');
const work = mkdtempSync(join(tmpdir(), 'clausemark-word-layouts-'));

interface Label {
  source: string;
  org: string;
  title: string;
  organisation?: string;
  version?: string;
  status: string;
  effective?: string;
  approvals?: number;
  history?: boolean;
  articles: string[];
  account: { total: number; inPolicy: number; listed: number; lost: number };
}

const labels = readdirSync(folder)
  .filter((file) => file.endsWith('.yaml'))
  .sort()
  .map(
    (file) => [file.replace(/\.yaml$/u, ''), YAML.parse(readFileSync(join(folder, file), 'utf8')) as Label] as const,
  );

/** The program that makes the layout's .docx from its source, as the source's extension says. */
const maker = (source: string): string =>
  source.endsWith('.py') ? 'python3-docx' : source.endsWith('.md') ? 'pandoc' : 'soffice';

/** Runs `program` in the work folder; throws with its error output when it fails. */
function run(program: string, args: string[]): void {
  const result = spawnSync(program, args, { encoding: 'utf8', timeout: 120_000, cwd: work });
  if (result.status !== 0) throw new Error(`${program} failed (${result.status}): ${result.stderr}`);
}

let officeConverted: Promise<unknown> | undefined;

/**
 * Every LibreOffice layout's .docx, made by one soffice run on all their HTML sources (a run starts LibreOffice,
 * seconds each), the first time a test needs one: the files are the same as from a run per source. Asynchronous, so
 * the worker answers vitest while LibreOffice works (a minute on a loaded machine: each layout's test has three, as the
 * first LibreOffice layout's waits for both).
 */
function convertOfficeLayouts(): Promise<unknown> {
  officeConverted ??= (() => {
    const inputs = labels
      .filter(([, label]) => maker(label.source) === 'soffice')
      .map(([name, label]) => {
        // LibreOffice names the .docx after the .html: a copy under the layout's name.
        copyFileSync(join(folder, label.source), join(work, `${name}.html`));
        return join(work, `${name}.html`);
      });
    const profile = pathToFileURL(join(work, 'soffice-profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML'];
    return execFileAsync('soffice', [...args, '--outdir', work, ...inputs], { cwd: work, timeout: 300_000 });
  })();
  return officeConverted;
}

/** Makes `<name>.docx` in the work folder from the layout's source, as a user's program would. */
async function makeDocx(name: string, source: string): Promise<string> {
  const from = join(folder, source);
  const out = join(work, `${name}.docx`);
  if (source.endsWith('.py')) run('/usr/bin/python3', [from, out]);
  else if (source.endsWith('.md')) run('pandoc', [from, '-o', out]);
  else await convertOfficeLayouts();
  return out;
}

const SUMMARY =
  /(\d+) of (\d+) source words kept in the policy, (\d+) kept as its numbering, (\d+) left out and listed in the report.*, (\d+) lost\)/u;

/** The lines of the PDF's text, spaces made single. */
function pdfLines(pdf: string): string[] {
  const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
  return text.split('\n').map((line) => line.replace(/\s+/gu, ' ').trim());
}

/** Whether `wanted` stands in `lines` in this order (other lines between them). */
function inOrder(lines: readonly string[], wanted: readonly string[]): boolean {
  let at = 0;
  for (const line of lines) if (line === wanted[at]) at++;
  return at === wanted.length;
}

describe('Word layouts schools use, imported as labelled by hand (issue 68)', () => {
  it('has at least ten layouts, made by python-docx, LibreOffice and pandoc', () => {
    expect(labels.length).toBeGreaterThanOrEqual(10);
    expect(new Set(labels.map(([, label]) => maker(label.source)))).toEqual(
      new Set(['python3-docx', 'pandoc', 'soffice']),
    );
  });

  for (const [name, label] of labels) {
    it(`imports ${label.source} with the articles, numbers and word account of its label`, async ({ skip }) => {
      if (maker(label.source) === 'python3-docx' && spawnSync('/usr/bin/python3', ['-c', 'import docx']).status !== 0)
        skip('python3-docx is not installed (apt-get install python3-docx)');
      if (maker(label.source) !== 'python3-docx') needTool(skip, maker(label.source));
      needTool(skip, 'pdftotext');
      const docx = await makeDocx(name, label.source);
      const md = join(work, `${name}.md`);
      const imported = await runCli(['import', docx, '--org', label.org, '--out', md, '--force'], { cwd: work });
      expect(imported.code, imported.stderr).toBe(0);
      const said = `${imported.stdout}${imported.stderr}`;
      const summary = SUMMARY.exec(said);
      expect(summary, said).not.toBeNull();
      const [kept, total, numbering, listed, lost] = (summary ?? []).slice(1).map(Number);
      expect(
        { total, inPolicy: (kept ?? 0) + (numbering ?? 0), listed, lost },
        `${said}\n${readFileSync(md, 'utf8')}`,
      ).toEqual(label.account);

      const { policy } = parsePolicy(readFileSync(md, 'utf8'), { path: md });
      const meta = policy.meta as unknown as Record<string, unknown>;
      expect(meta.title).toBe(label.title);
      expect(meta.status).toBe(label.status);
      if (label.organisation) expect(meta.organisation).toBe(label.organisation);
      if (label.version) expect(String(meta.version)).toBe(label.version);
      if (label.effective) expect(meta.effective).toBe(label.effective);
      if (label.approvals !== undefined) expect(policy.meta.approvals ?? []).toHaveLength(label.approvals);
      if (label.history) {
        expect(readFileSync(md, 'utf8')).toMatch(/^# .*history/imu);
        expect(said).toMatch(/import-history/u);
      }
      // One section per article or chapter, none made of the text before them ("intro").
      const sections = allSections(policy).slice(1);
      expect(sections.map((section) => section.title)).toHaveLength(label.articles.length);

      const pdf = join(work, `${name}.pdf`);
      const built = await runCli(['build', md, '--out', pdf], { cwd: work });
      expect(built.code, built.stderr).toBe(0);
      const lines = pdfLines(pdf);
      expect(inOrder(lines, label.articles), lines.join('\n')).toBe(true);
      // No number the document did not print: "HOOFDSTUK 1.1 Artikel 1." or "1 Artikel 1.".
      expect(lines.filter((line) => /^(?:\S+ )?\d+(?:\.\d+)+ (?:Artikel|Hoofdstuk)\b/iu.test(line))).toEqual([]);
    }, 180_000);
  }
});
