// Kennisname in the overview of what every school must have (docs/acknowledge.md, "The overview"): under the cell of
// a version in force whose kind has an audience, counts only as of the overview's date ("kennisname 3 van 5"), or
// "kennisname niet gevraagd" where the organisation has a people list and nobody was asked; nothing where it has no
// people list. A foundation with a people list and records, built by `start` (out/overview.html, .pdf, .json) and
// given its dossier, whose table of what each school must have says the same.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/procedure/overview.js';
import { wordOverview } from '../../src/report/documents/school-overview.js';
import { runBuiltCli as runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { needTool } from '../support/tools.js';
import { meldcode, PEOPLE, STEPS, BOARD_DECLARATION } from './acknowledge-fixture.js';

const KLOKKENLUIDERS = `---
id: klokkenluidersregeling
title: Klokkenluidersregeling
organisation: Stichting De Linde
org: linde
version: "1.0"
status: approved
lang: nl
kind: klokkenluidersregeling
approvals:
  - { date: 2026-01-10, name: M. Visser, role: Voorzitter PGMR, step: instemming, body: GMR, part: personeel }
  - { date: 2026-01-20, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }
---

# Klokkenluidersregeling

## Melden {#melden}

{#melden.een} Een vermoeden van een misstand meldt u bij de vertrouwenspersoon.
`;

let repo: TempRepo;

const squeeze = (text: string): string => text.replace(/\s+/g, ' ');

/** `start` for the overview's date into `out`: its page, its PDF's text and its data. */
async function start(out: string, date: string): Promise<{ html: string; pdf: string; json: Overview }> {
  const run = await runCli(['start', '--out', out, '--overview-date', date], { cwd: repo.root });
  expect(run.code, run.stderr).toBe(0);
  const html = readFileSync(join(repo.root, out, 'overview.html'), 'utf8');
  const pdf = execFileSync('pdftotext', ['-raw', join(repo.root, out, 'overview.pdf'), '-'], { encoding: 'utf8' });
  const json = JSON.parse(readFileSync(join(repo.root, out, 'overview.json'), 'utf8')) as Overview;
  return { html, pdf, json };
}

/** The board's and the school's cells of `kind` in the overview's data. */
function cells(overview: Overview, kind: string) {
  const [organisation] = overview.organisations;
  const of = (level: string) =>
    organisation!.rows.find((row) => row.level === level)!.cells.find((c) => c.kind === kind);
  return { board: of('bestuur'), school: of('school') };
}

beforeAll(async () => {
  repo = tempRepo('clausemark-overview-acknowledge-');
  repo.write('templates/brands/.keep', '');
  repo.write('policies/linde/procedure.yaml', BOARD_DECLARATION);
  repo.write('policies/linde/de-es/.keep', '');
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  const policy = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
  repo.write('policies/linde/klokkenluidersregeling.md', KLOKKENLUIDERS);
  repo.commit('meldcode en klokkenluidersregeling 1.0');
  const cli = (...args: string[]) => runCli(['acknowledge', ...args], { cwd: repo.root });
  expect((await cli('ask', policy, '--date', '2026-02-01')).code).toBe(0);
  const csv = join(repo.root, 'form.csv');
  writeFileSync(csv, 'naam,versie\nAnna de Boer,1.0\nBram Jansen,1.0\nDaan Visser,1.0\n');
  expect((await cli('record', policy, '--csv', csv, '--date', '2026-02-03')).code).toBe(0);
  writeFileSync(csv, 'naam,versie\nEva Smit,1.0\n');
  expect((await cli('record', policy, '--csv', csv, '--date', '2026-02-20')).code).toBe(0);
}, 120_000);

describe('kennisname in the overview', () => {
  it('counts, as of its date, under the version in force; not asked; never a name', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const { html, pdf, json } = await start('out', '2026-02-10');
    // The meldcode's audience is alle-medewerkers: five of the six (not the one hired); the acknowledgement of the
    // 20th is after the overview's date.
    const meldcode = cells(json, 'meldcode');
    expect(meldcode.board?.policy?.acknowledged).toEqual({ acknowledged: 3, asked: 5 });
    const klokkenluiders = cells(json, 'klokkenluidersregeling');
    expect(klokkenluiders.board?.state).toBe('in-force');
    expect(klokkenluiders.board?.policy?.acknowledged).toEqual({ acknowledged: 0, asked: 0 });
    expect(squeeze(html)).toContain('kennisname 3 van 5');
    expect(squeeze(html)).toContain('kennisname niet gevraagd');
    // The board's meldcode for all its schools is counted over the board's list: said once, at the board.
    expect(squeeze(html).split('kennisname 3 van 5').length).toBe(2);
    expect(squeeze(pdf)).toContain('kennisname 3 van 5');
    expect(squeeze(pdf)).toContain('kennisname niet gevraagd');
    for (const [id, name] of PEOPLE.split('\n')
      .slice(1)
      .map((row) => row.split(',')))
      for (const text of [html, pdf, JSON.stringify(json)]) expect(text).not.toMatch(new RegExp(`${id}|${name}`));
    // In English where the overview is worded in English.
    const english = wordOverview(json.organisations[0]!, json, { lang: 'en' });
    const details = english.rows.flatMap((row) => row.cells.flatMap((cell) => cell.details));
    expect(details).toContain('acknowledged by 3 of 5');
    expect(details).toContain('acknowledgement not asked');
  }, 180_000);

  it('counts the records dated on or before a later date', async () => {
    const { json } = await start('out-later', '2026-03-01');
    expect(cells(json, 'meldcode').board?.policy?.acknowledged).toEqual({ acknowledged: 4, asked: 5 });
  }, 180_000);

  it("says the same in the dossier's table of what each school must have", async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const run = await runCli(['dossier', 'linde', '--at', '2026-02-10'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    const text = squeeze(
      execFileSync('pdftotext', [join(repo.root, 'out', 'dossier-linde.pdf'), '-'], { encoding: 'utf8' }),
    );
    expect(text).toContain('kennisname 3 van 5');
    expect(text).toContain('kennisname niet gevraagd');
  }, 180_000);

  it('says nothing of kennisname where the organisation has no people list', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const people = join(repo.root, 'acknowledgements', 'linde', 'people.csv');
    renameSync(people, `${people}.away`);
    try {
      const { html, pdf, json } = await start('out-none', '2026-02-10');
      for (const text of [html, pdf]) expect(text).not.toContain('kennisname');
      expect(JSON.stringify(json)).not.toContain('acknowledged');
    } finally {
      renameSync(`${people}.away`, people);
    }
  }, 180_000);

  // Last: it edits the meldcode after its adoption by hand. The text in force is the one adopted, which git holds
  // (acknowledge asks for no other): the dossier, from the history, and the overview of `start`, from what git shows
  // of the adoption, count the kennisname of that text, not of the edit.
  it('counts the text adopted where the file holds an edit made after it, as git shows it', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    repo.write('policies/linde/meldcode.md', meldcode('1.0', [...STEPS, 'Een stap die niet is vastgesteld.']));
    repo.commit('meldcode gewijzigd');
    const run = await runCli(['dossier', 'linde', '--at', '2026-02-10', '--out', 'out/edited.pdf'], {
      cwd: repo.root,
    });
    expect(run.code, run.stderr).toBe(0);
    const dossier = squeeze(
      execFileSync('pdftotext', [join(repo.root, 'out', 'edited.pdf'), '-'], { encoding: 'utf8' }),
    );
    expect(dossier).toContain('de wijziging is niet vastgesteld; kennisname 3 van 5');
    expect(dossier).toContain('Kennisname: Meldcode huiselijk geweld en kindermishandeling 1.0: 3 van 5 medewerkers');
    const { html, json } = await start('out-edited', '2026-02-10');
    const edited = cells(json, 'meldcode').board;
    expect(edited?.policy?.changedPerGit).toBeDefined();
    expect(edited?.policy?.acknowledged).toEqual({ acknowledged: 3, asked: 5 });
    expect(squeeze(html)).toContain('kennisname 3 van 5');
  }, 180_000);
});
