// Issue 27 item 4: `build --at DATE` builds, per organisation, the version of each policy that was in force on that
// date, read from the file and its git history (a real repository in a temp dir with three adopted versions of a
// klachtenregeling and a draft in the work tree), and lists them on out/in-force-DATE.html with their adoption.
// Before the first version entered into force the list says so; it is not an error. The page is worded in the
// policies' language (Dutch here) while the terminal lines follow the run's (English by default), and the
// report's index links the page once it exists.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

const FILE = 'policies/linde/klachtenregeling.md';

function version(number: string, status: string, approvals: string[], extra: string[], text: string): string {
  return [
    '---',
    'id: klachtenregeling',
    'title: Klachtenregeling',
    'organisation: Stichting De Linde',
    'org: linde',
    `version: "${number}"`,
    `status: ${status}`,
    'kind: klachtenregeling',
    'level: bestuur',
    ...extra,
    ...(approvals.length > 0 ? ['approvals:', ...approvals.map((row) => `  - ${row}`)] : []),
    '---',
    '',
    '## Doel {#doel}',
    '',
    `{#doel.tekst} ${text}`,
    '',
  ].join('\n');
}

const consent = (date: string): string => `{ date: ${date}, name: A. Jansen, role: Vz. GMR, step: instemming }`;
const adoption = (date: string): string =>
  `{ date: ${date}, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }`;

let repo: TempRepo;

beforeAll(() => {
  repo = tempRepo('clausemark-build-at-');
  cpSync(join(PROJECT_ROOT, 'templates'), join(repo.root, 'templates'), { recursive: true });
  // 1.0: adopted 2020-03-01, in force from 2020-04-01.
  repo.write(
    FILE,
    version(
      '1.0',
      'approved',
      [consent('2020-02-01'), adoption('2020-03-01')],
      ['effective: 2020-04-01'],
      'Eerste regeling.',
    ),
  );
  repo.commit('klachtenregeling 1.0');
  // 2.0: adopted 2022-05-01, in force from 2022-08-01.
  repo.write(
    FILE,
    version(
      '2.0',
      'approved',
      [consent('2022-04-01'), adoption('2022-05-01')],
      ['effective: 2022-08-01'],
      'Tweede regeling.',
    ),
  );
  repo.commit('klachtenregeling 2.0');
  // 3.0: adopted 2025-01-10, in force from its adoption (no effective date).
  repo.write(FILE, version('3.0', 'approved', [consent('2024-12-01'), adoption('2025-01-10')], [], 'Derde regeling.'));
  repo.commit('klachtenregeling 3.0');
  // 4.0 being drafted, not committed: never in force.
  repo.write(FILE, version('4.0', 'draft', [], [], 'Vierde regeling in de maak.'));
});

async function buildAt(date: string): Promise<{ stdout: string; page: string; out: string }> {
  const out = join(repo.root, `out-${date}`);
  const run = await runCli(['build', '--at', date, '--out', out], { cwd: repo.root });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { stdout: run.stdout, page: readFileSync(join(out, `in-force-${date}.html`), 'utf8'), out };
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('build --at DATE', () => {
  it('before the git history begins: no version in the files, and the day the history begins; not an error', async () => {
    // The history was committed today, so what was in force in 2020 is not known: never "no version in force".
    const { stdout, page, out } = await buildAt('2020-03-15');
    const begins = repo.git('log', '--reverse', '--format=%cs', '--', FILE).split('\n')[0]!;
    const [year, month, day] = begins.split('-').map(Number);
    const english = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const dutch = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('nl-NL', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    // Dates as people write them (issue 43): the terminal in the run's language, the page in the policies'.
    expect(stdout).toContain(
      `linde: Klachtenregeling: no version in the files; their git history begins on ${english}`,
    );
    expect(stdout).toContain('0 of 1 policies in force on 15 March 2020');
    expect(page).toContain(`geen versie in de bestanden; de git-geschiedenis ervan begint op ${dutch}`);
    expect(page).not.toContain('geen versie geldend');
    expect(page).toMatch(/<html lang="nl"/);
    expect(page).toContain('<h1>Beleid geldend op 15 maart 2020</h1>');
    expect(page).not.toMatch(/no version in force|Policies in force/);
    expect(existsSync(join(out, 'linde'))).toBe(false);
  });

  it('before the first version entered into force, within the history: no version in force, said', async () => {
    const dated = tempRepo('clausemark-build-at-dated-');
    cpSync(join(PROJECT_ROOT, 'templates'), join(dated.root, 'templates'), { recursive: true });
    dated.write(FILE, version('1.0', 'draft', [], [], 'Eerste regeling in de maak.'));
    dated.commit('klachtenregeling 1.0 in de maak', '2020-01-15');
    const adopted = [consent('2020-02-01'), adoption('2020-03-01')];
    dated.write(FILE, version('1.0', 'approved', adopted, ['effective: 2020-04-01'], 'Eerste regeling in de maak.'));
    dated.commit('klachtenregeling 1.0', '2020-03-02');
    const out = join(dated.root, 'out');
    const run = await runCli(['build', '--at', '2020-03-15', '--out', out], { cwd: dated.root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('linde: Klachtenregeling: no version in force on 15 March 2020');
    expect(readFileSync(join(out, 'in-force-2020-03-15.html'), 'utf8')).toContain(
      'geen versie geldend op 15 maart 2020',
    );
  });

  it('between the first and the second: 1.0, with its adoption, read from the history', async (context) => {
    // 2.0 was adopted on 2022-05-01 but entered into force only on 2022-08-01.
    const { stdout, page, out } = await buildAt('2022-06-01');
    expect(stdout).toMatch(
      /linde: Klachtenregeling version 1\.0, adopted 1 March 2020, in force from 1 April 2020 \(policies\/linde\/klachtenregeling\.md in commit [0-9a-f]{7} of \d{1,2} [A-Z][a-z]+ \d{4}\)/,
    );
    expect(page).toContain('1 maart 2020 door J. de Vries (Voorzitter College van Bestuur)');
    expect(page).toMatch(/policies\/linde\/klachtenregeling\.md in commit [0-9a-f]{7} van \d{1,2} [a-z]+ \d{4}/);
    expect(page).toContain('<th scope="col">Geldend vanaf</th>');
    expect(page).toContain('<a href="linde/klachtenregeling-1.0.pdf">Klachtenregeling</a>');
    needTool(context.skip, 'pdftotext');
    const text = pdfText(join(out, 'linde', 'klachtenregeling-1.0.pdf'));
    expect(text).toContain('Eerste regeling.');
    expect(text).not.toContain('CONCEPT');
  });

  it('after the second entered into force: 2.0', async (context) => {
    const { stdout, out } = await buildAt('2023-01-01');
    expect(stdout).toContain('Klachtenregeling version 2.0, adopted 1 May 2022, in force from 1 August 2022');
    needTool(context.skip, 'pdftotext');
    expect(pdfText(join(out, 'linde', 'klachtenregeling-2.0.pdf'))).toContain('Tweede regeling.');
    expect(existsSync(join(out, 'linde', 'klachtenregeling-1.0.pdf'))).toBe(false);
  });

  it('today: 3.0, the last adopted version, not the draft in the work tree', async (context) => {
    const { stdout, page, out } = await buildAt('2026-11-23');
    expect(stdout).toContain('Klachtenregeling version 3.0, adopted 10 January 2025, in force from 10 January 2025');
    expect(page).toContain('3.0');
    needTool(context.skip, 'pdftotext');
    const text = pdfText(join(out, 'linde', 'klachtenregeling-3.0.pdf'));
    expect(text).toContain('Derde regeling.');
    expect(text).not.toContain('Vierde');
  });

  it("is linked from the report's index once it exists, and not before", async () => {
    const out = join(repo.root, 'out-index');
    const plain = await runCli(['build', '--out', out], { cwd: repo.root });
    expect(plain.code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('in-force-');
    expect((await runCli(['build', '--at', '2023-01-01', '--out', out], { cwd: repo.root })).code).toBe(0);
    expect((await runCli(['build', '--out', out], { cwd: repo.root })).code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="in-force-2023-01-01.html">Beleid geldend op 1 januari 2023</a>');
  });

  it('a date that is no date is a clear error, exit 2, nothing written', async () => {
    const run = await runCli(['build', '--at', '2023-02-30', '--out', join(repo.root, 'out-bad')], {
      cwd: repo.root,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--at');
    expect(run.stderr).toContain('2023-02-30');
    expect(existsSync(join(repo.root, 'out-bad'))).toBe(false);
  });
});
