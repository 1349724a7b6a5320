// `build --at DATE` and a version whose text git cannot date: a file adopted by hand (no hash) in 2020 whose git
// history begins later, or that is not in git at all, is built as the version in force, but its text may not be the
// one in force on the date, and the terminal (in the run's language) and the page (in the policies') say so. A version
// committed by the date, or one whose adoption records the hash of its text, is said with no such note.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';

const FILE = 'policies/linde/gedragscode.md';

/** A Dutch policy with no kind (no procedure), adopted by hand on 2020-03-01 unless `approvals` says otherwise. */
function policy(approvals = ['  - { date: 2020-03-01, name: J. de Vries, role: Voorzitter, step: vaststelling }']) {
  return [
    '---',
    'id: gedragscode',
    'title: Gedragscode',
    'organisation: Stichting De Linde',
    'org: linde',
    'version: "1.0"',
    'lang: nl',
    ...(approvals.length > 0 ? ['status: approved', 'approvals:', ...approvals] : ['status: draft']),
    '---',
    '',
    '## Doel {#doel}',
    '',
    '{#doel.tekst} Wij gaan respectvol met elkaar om.',
    '',
  ].join('\n');
}

function project(root: string, text = policy()): string {
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  mkdirSync(join(root, 'policies', 'linde'), { recursive: true });
  writeFileSync(join(root, FILE), text);
  return root;
}

async function buildAt(root: string, date: string, lang = 'en') {
  const out = join(root, `out-${date}-${lang}`);
  const run = await runCli(['build', '--at', date, '--out', out, '--lang', lang], { cwd: root });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { stdout: run.stdout, page: readFileSync(join(out, `in-force-${date}.html`), 'utf8') };
}

describe('build --at: a text git cannot date', () => {
  it('git history that begins after the date: built, with the note on the terminal and the page', async () => {
    const repo = tempRepo('clausemark-build-at-unsure-');
    project(repo.root);
    repo.commit('gedragscode', '2024-06-10');
    const { stdout, page } = await buildAt(repo.root, '2023-01-01');
    expect(stdout).toContain('linde: Gedragscode version 1.0, adopted 1 March 2020');
    expect(stdout).toContain(
      '    note: the text in force on 1 January 2023 may have differed from this one; the git history of policies/linde/gedragscode.md begins only on 10 June 2024, and its adoption does not record the text (no hash)',
    );
    expect(page).toContain(
      'Let op: de tekst die op 1 januari 2023 gold kan anders zijn dan deze. De git-geschiedenis van dit bestand begint pas op 10 juni 2024 en de vaststelling legt de tekst niet vast (geen hash).',
    );
    const dutch = await buildAt(repo.root, '2023-01-01', 'nl');
    expect(dutch.stdout).toContain(
      '    let op: de tekst die op 1 januari 2023 gold kan anders zijn dan deze; de git-geschiedenis van policies/linde/gedragscode.md begint pas op 10 juni 2024 en de vaststelling legt de tekst niet vast (geen hash)',
    );
    // Once the history reaches the date, the text committed then is the one: no note.
    const reached = await buildAt(repo.root, '2024-06-10');
    expect(reached.stdout).toContain('Gedragscode version 1.0');
    expect(reached.stdout).not.toContain('note:');
    expect(reached.page).not.toContain('Let op');
  });

  it('a file not in git: built, with the note that it is the text as it is now', async () => {
    const root = project(mkdtempSync(join(tmpdir(), 'clausemark-build-at-nogit-')));
    const { stdout, page } = await buildAt(root, '2023-01-01', 'nl');
    expect(stdout).toContain('linde: Gedragscode versie 1.0, vastgesteld 1 maart 2020');
    expect(stdout).toContain(
      '    let op: de tekst die op 1 januari 2023 gold kan anders zijn dan deze tekst van nu; policies/linde/gedragscode.md staat niet in git en de vaststelling legt de tekst niet vast (geen hash)',
    );
    expect(page).toContain(
      'Let op: de tekst die op 1 januari 2023 gold kan anders zijn dan deze tekst van nu. Het bestand staat niet in git',
    );
  });

  it('an adoption that records the hash of its text: no note, the text is the one adopted', async () => {
    const root = project(mkdtempSync(join(tmpdir(), 'clausemark-build-at-hash-')), policy([]));
    const approve = ['approve', FILE, '--name', 'J. de Vries', '--role', 'Voorzitter', '--date', '2020-03-01'];
    expect((await runCli(approve, { cwd: root })).code).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8')).toMatch(/hash: /);
    const { stdout, page } = await buildAt(root, '2023-01-01');
    expect(stdout).toContain('linde: Gedragscode version 1.0, adopted 1 March 2020');
    expect(stdout).not.toContain('note:');
    expect(page).not.toContain('Let op');
  });
});
