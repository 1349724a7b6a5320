// Issue 70, "pages that cite law say as of which date": a policy's approval table names the legal basis of each step
// ("Instemming GMR (WMS art. 10 sub g)"), so its PDF, its Word document, its web page and the board pack of a new
// version say under that table as of which date the law text was read, from the `checked:` addresses of the
// procedure file (templates/procedures/po.yaml). Read back as a reader gets them: pdftotext, python-docx, the page's
// text. A procedure file whose address moves to another date moves the date on the page: it is read from the data.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { havePythonDocx } from '../support/python-docx.js';
import { needTool } from '../support/tools.js';

const FILE = join('policies', 'linde', 'klachtenregeling.md');
const BUILT = join('out', 'linde', 'klachtenregeling-1.0');
const DUTCH = 'Artikelen zoals in de wettekst van 1 augustus 2025 (WMS), 1 augustus 2026 (WPO).';
const ENGLISH = 'Articles as in the law text of 1 August 2025 (WMS), 1 August 2026 (WPO).';

let root = '';
const run = (args: string[], cwd = root) => runBuiltCli(args, { cwd, env: { SOURCE_DATE_EPOCH: '1767225600' } });
const squashed = (text: string) => text.replace(/\s+/g, ' ');
const pdfText = (file: string) => squashed(execFileSync('pdftotext', [join(root, file), '-'], { encoding: 'utf8' }));
/** The page's text as a reader sees it, tags out. */
const pageText = (file: string) =>
  squashed(
    readFileSync(join(root, file), 'utf8')
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
/** Every paragraph of a Word document, body and table cells, as python-docx reads them. */
const wordText = (file: string) =>
  squashed(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        [
          'import docx, sys',
          'd = docx.Document(sys.argv[1])',
          'print("\\n".join(p.text for p in d.paragraphs))',
          'print("\\n".join(c.text for t in d.tables for r in t.rows for c in r.cells))',
        ].join('\n'),
        join(root, file),
      ],
      { encoding: 'utf8' },
    ),
  );

/** A project of De Linde's klachtenregeling (its procedure: templates/procedures/po.yaml), built in `folder`. */
function project(folder: string, edit: (source: string) => string = (source) => source): string {
  const at = join(root, folder);
  cpSync(join(PROJECT_ROOT, 'templates'), join(at, 'templates'), { recursive: true });
  mkdirSync(join(at, 'policies', 'linde'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'policies', 'linde', 'procedure.yaml'), join(at, 'policies', 'linde', 'procedure.yaml'));
  writeFileSync(join(at, FILE), edit(readFileSync(join(PROJECT_ROOT, FILE), 'utf8')));
  return at;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-law-date-'));
  const dutch = project('nl');
  const built = await run(['build', FILE, '--format', 'pdf,docx', '--out', 'out', '--jobs', '1'], dutch);
  expect(built.code, built.stderr).toBe(0);
  // A new version not yet adopted: the board pack's rows to sign name the steps with their basis.
  writeFileSync(
    join(dutch, 'revision.md'),
    readFileSync(join(dutch, FILE), 'utf8')
      .replace('version: "1.0"', 'version: "1.1"')
      .replace('status: approved', 'status: proposed')
      .replace(/approvals:\n(?: {2,}.*\n)+/, ''),
  );
  const pack = await run(['diff', FILE, 'revision.md', '--format', 'pdf', '--out', 'pack.pdf'], dutch);
  expect(pack.code, pack.stderr).toBe(0);
  const english = project('en', (source) => source.replace('lang: nl', 'lang: en'));
  const englishBuilt = await run(['build', FILE, '--out', 'out', '--jobs', '1'], english);
  expect(englishBuilt.code, englishBuilt.stderr).toBe(0);
  // The WMS read in another consolidation: the pages follow the procedure file's address.
  const moved = project('moved');
  const procedures = join(moved, 'templates', 'procedures', 'po.yaml');
  writeFileSync(
    procedures,
    readFileSync(procedures, 'utf8').replaceAll('BWBR0020685/2025-08-01', 'BWBR0020685/2024-08-01'),
  );
  const movedBuilt = await run(['build', FILE, '--out', 'out', '--jobs', '1'], moved);
  expect(movedBuilt.code, movedBuilt.stderr).toBe(0);
}, 240_000);

describe('the approval table says as of which date the law it cites was read', () => {
  it('the dates are those of the procedure file: WMS art. 10 read in the text of 1 August 2025, WPO art. 14 of 2026', () => {
    const po = parse(readFileSync(join(PROJECT_ROOT, 'templates', 'procedures', 'po.yaml'), 'utf8'));
    const steps = po.kinds.klachtenregeling.steps as { basis: string; checked: string }[];
    expect(steps.map((step) => [step.basis, step.checked])).toEqual([
      ['WMS art. 10 sub g', 'https://wetten.overheid.nl/BWBR0020685/2025-08-01#Artikel10'],
      ['WPO art. 14', 'https://wetten.overheid.nl/BWBR0003420/2026-08-01#Artikel14'],
    ]);
  });

  it('the policy PDF: under the table with "Instemming GMR (WMS art. 10 sub g)"', ({ skip }) => {
    needTool(skip, 'pdftotext');
    const text = pdfText(join('nl', `${BUILT}.pdf`));
    expect(text).toContain('Instemming GMR (WMS art. 10 sub g)');
    expect(text).toContain(DUTCH);
    expect(text.indexOf(DUTCH)).toBeGreaterThan(text.indexOf('Instemming GMR (WMS art. 10 sub g)'));
  });

  it('the Word document', ({ skip }) => {
    if (!havePythonDocx()) skip('python-docx is not installed (apt-get install python3-docx)');
    const text = wordText(join('nl', `${BUILT}.docx`));
    expect(text).toContain('Instemming GMR (WMS art. 10 sub g)');
    expect(text).toContain(DUTCH);
  });

  it('the web page', () => {
    const text = pageText(join('nl', `${BUILT}.html`));
    expect(text).toContain('Instemming GMR (WMS art. 10 sub g)');
    expect(text).toContain(DUTCH);
  });

  it("the board pack's rows to sign", ({ skip }) => {
    needTool(skip, 'pdftotext');
    const text = pdfText(join('nl', 'pack.pdf'));
    expect(text).toContain('Instemming GMR (WMS art. 10 sub g)');
    expect(text).toContain(DUTCH);
  });

  it('in English where the policy is', ({ skip }) => {
    expect(pageText(join('en', `${BUILT}.html`))).toContain(ENGLISH);
    needTool(skip, 'pdftotext');
    expect(pdfText(join('en', `${BUILT}.pdf`))).toContain(ENGLISH);
  });

  it('moves with the address in the procedure file', ({ skip }) => {
    const moved = 'Artikelen zoals in de wettekst van 1 augustus 2024 (WMS), 1 augustus 2026 (WPO).';
    expect(pageText(join('moved', `${BUILT}.html`))).toContain(moved);
    needTool(skip, 'pdftotext');
    const text = pdfText(join('moved', `${BUILT}.pdf`));
    expect(text).toContain(moved);
    expect(text).not.toContain('1 augustus 2025');
  });
});
