// Issue 69 item 3: the signing page lists only approvals that cover this text. De Linde's klachtenregeling, adopted
// with the GMR's consent before (both recorded with `approve`), comes back from Word with one word changed. The board
// pack of `diff SOURCE RETURNED.docx`, and the source after `import --into` (its PDF's approval table and its own board
// pack), list neither the old consent nor the old adoption as given for the changed text: they get the rows the
// procedure requires, empty, the same rows a new version of that text gets. Run through the CLI (in the test's process:
// runCli).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { asGiven, NOT_IN_TABLE, readPdf, squash } from '../support/pdf.js';
import { replacedInBody } from '../support/word.js';

const FILE = join('policies', 'linde', 'klachtenregeling.md');
const CONSENT = 'Instemming GMR (WMS art. 10 sub g)';
const ADOPTION = 'Vaststelling bestuur (WPO art. 14)';
/** What the rows of the approvals given say: their dates and names. */
const GIVEN = ['12 maart 2025', 'M. Visser', '26 maart 2025', 'J. de Vries'];
const CHANGE = ['binnen vijf werkdagen', 'binnen tien werkdagen'] as const;

let root = '';
const run = (args: string[]) => runCli(args, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });

/** The last page of a PDF, squashed (tests/support/pdf.ts). */
async function lastPage(file: string): Promise<string> {
  const { pages } = await readPdf(readFileSync(join(root, file)));
  return squash(pages.at(-1) ?? '');
}

async function pages(file: string): Promise<string[]> {
  return (await readPdf(readFileSync(join(root, file)))).pages.map(squash);
}

/** The signing page's rows of steps, in order: the step labels it holds, as often as it holds them. */
function stepRows(page: string): string[] {
  const found: { at: number; label: string }[] = [];
  for (const label of [CONSENT, ADOPTION]) {
    const wanted = squash(label);
    for (let at = page.indexOf(wanted); at >= 0; at = page.indexOf(wanted, at + 1)) found.push({ at, label });
  }
  return found.sort((a, b) => a.at - b.at).map((row) => row.label);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-signing-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  mkdirSync(join(root, 'policies', 'linde'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'policies', 'linde', 'procedure.yaml'), join(root, 'policies', 'linde', 'procedure.yaml'));
  // The shipped policy without its hand-written approvals: recorded again below, each with the hash of its text.
  const shipped = readFileSync(join(PROJECT_ROOT, FILE), 'utf8');
  const bare = shipped.replace('status: approved\n', 'status: draft\n').replace(/approvals:\n(?: {2,}.*\n)+/, '');
  expect(bare).not.toContain('approvals:');
  expect(bare).toContain(CHANGE[0]);
  writeFileSync(join(root, FILE), bare);
  const consent = ['--step', 'instemming', '--body', 'GMR', '--name', 'M. Visser', '--role', 'Voorzitter GMR'];
  const consentDates = ['--date', '2025-03-12', '--asked', '2025-02-03', '--outcome', 'positief'];
  const adoption = ['--name', 'J. de Vries', '--role', 'Voorzitter College van Bestuur', '--date', '2025-03-26'];
  for (const args of [[...consent, ...consentDates], adoption]) {
    const approved = await run(['approve', FILE, ...args]);
    expect(approved.code, approved.stderr).toBe(0);
  }
  writeFileSync(join(root, 'adopted.md'), readFileSync(join(root, FILE)));
  const word = await run(['build', FILE, '--format', 'docx', '--out', 'sent.docx']);
  expect(word.code, word.stderr).toBe(0);
  writeFileSync(join(root, 'returned.docx'), replacedInBody(readFileSync(join(root, 'sent.docx')), ...CHANGE));
  // The same changed text as a proper new version: no approvals yet.
  writeFileSync(
    join(root, 'revision.md'),
    bare
      .replace(...CHANGE)
      .replace('version: "1.0"', 'version: "1.1"')
      .replace('status: draft', 'status: proposed'),
  );
}, 120_000);

describe('the signing page of a changed text', () => {
  it('the adopted text itself lists the consent and adoption given (the premise)', async () => {
    const built = await run(['build', FILE, '--out', 'adopted.pdf']);
    expect(built.code, built.stderr).toBe(0);
    const page = await lastPage('adopted.pdf');
    for (const given of GIVEN) expect(page).toContain(squash(given));
  }, 60_000);

  it('diff SOURCE RETURNED.docx: no old approval as given, the rows its procedure requires, as a new version gets', async () => {
    const pack = await run(['diff', FILE, 'returned.docx', '--format', 'pdf', '--out', 'returned-pack.pdf']);
    expect(pack.code, pack.stderr).toBe(0);
    const all = await pages('returned-pack.pdf');
    expect(all[0]).toContain(squash('gewijzigd na vaststelling'));
    const page = all.at(-1) ?? '';
    expect(page).toContain(squash('Ter vaststelling'));
    // The old approvals are named under the table as given for another text, never in it as given for this one.
    expect(page).toMatch(NOT_IN_TABLE);
    for (const given of GIVEN) expect(asGiven(page)).not.toContain(squash(given));
    expect(stepRows(page)).toEqual([CONSENT, ADOPTION]);

    const revision = await run(['diff', 'adopted.md', 'revision.md', '--format', 'pdf', '--out', 'revision-pack.pdf']);
    expect(revision.code, revision.stderr).toBe(0);
    expect(stepRows(await lastPage('revision-pack.pdf'))).toEqual(stepRows(page));
  }, 60_000);

  it('the source after import --into: its PDF and its board pack list no old approval as given', async () => {
    const merged = await run(['import', 'returned.docx', '--into', FILE]);
    // Exit 1: the source was adopted and its text changed; the adoption no longer covers it (issue 68 item 5).
    expect(merged.code, merged.stderr).toBe(1);
    expect(readFileSync(join(root, FILE), 'utf8')).toContain(CHANGE[1]);
    const built = await run(['build', FILE, '--out', 'changed.pdf']);
    expect(built.code, built.stderr).toBe(0);
    const table = await lastPage('changed.pdf');
    for (const given of GIVEN) expect(table).not.toContain(squash(given));
    expect(stepRows(table)).toEqual([CONSENT, ADOPTION]);

    const pack = await run(['diff', 'adopted.md', FILE, '--format', 'pdf', '--out', 'source-pack.pdf']);
    expect(pack.code, pack.stderr).toBe(0);
    const page = await lastPage('source-pack.pdf');
    expect(page).toContain(squash('Ter vaststelling'));
    expect(page).toMatch(NOT_IN_TABLE);
    for (const given of GIVEN) expect(asGiven(page)).not.toContain(squash(given));
    expect(stepRows(page)).toEqual([CONSENT, ADOPTION]);
  }, 60_000);
});
