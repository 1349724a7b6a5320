// An adoption written by hand records no hash (an audit of the fixture foundation Het Anker, finding 3): the dossier
// never presents the hash of the text now as the adopted text's ("Tekst niet vastgelegd bij de vaststelling"), and
// where git shows the words changed after the commit that wrote the adoption down, it says so ("Gewijzigd na
// vaststelling (volgens git)"); where git shows they are the words of that commit, that this is the adopted text
// according to git, not that it cannot be told; in a shallow clone, or where git does not connect the file with the
// one deleted before it, that git cannot tell as its history is cut. An adoption recorded by `approve` keeps its
// plain hash line. A real git repository in a temp dir; the dossier's JSON read back with qpdf, its words with
// pdftotext. Kennisname and the HTML report say the same from the same git reading (src/procedure/adoption-git.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/procedure/dossier.js';
import { runCli } from '../support/cli.js';
import { ANKER_DECLARATION, ankerPolicy, approveByCli } from '../support/hand-adopted.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

/** Het Anker's policy `id`: the klachtenregeling adopted by hand (no hash), the others drafts. */
const policy = (id: string, title: string, text: string) =>
  ankerPolicy({ id, title, text, adopted: id === 'klachtenregeling' });

/** A repository with the package's templates, Het Anker's declaration and its klachtenregeling, not committed. */
function ankerRepo(prefix: string): TempRepo {
  const made = tempRepo(prefix);
  cpSync(join(PROJECT_ROOT, 'templates'), join(made.root, 'templates'), { recursive: true });
  made.write('policies/anker/procedure.yaml', ANKER_DECLARATION);
  made.write(
    'policies/anker/klachtenregeling.md',
    policy('klachtenregeling', 'Klachtenregeling', 'Voor alle scholen.'),
  );
  return made;
}

let repo: TempRepo;
let adoptedIn = '';

beforeAll(async () => {
  repo = ankerRepo('clausemark-dossier-unrecorded-');
  repo.write('policies/anker/gedragscode.md', policy('gedragscode', 'Gedragscode', 'Wij gaan goed met elkaar om.'));
  await approveByCli(repo.root, 'policies/anker/gedragscode.md', '2025-04-01');
  adoptedIn = repo.commit('vastgesteld');
  const path = join(repo.root, 'policies/anker/klachtenregeling.md');
  repo.write(
    'policies/anker/klachtenregeling.md',
    readFileSync(path, 'utf8').replace('Voor alle scholen.', 'Alleen voor De Boei.'),
  );
  repo.commit('klachtenregeling gewijzigd');
});

async function dossier(root = repo.root): Promise<{ data: Dossier; text: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'clausemark-dossier-unrecorded-out-')), 'dossier.pdf');
  const run = await runCli(['dossier', 'anker', '--out', out, '--lang', 'nl'], { cwd: root });
  expect(run.code, run.stderr).toBe(0);
  const json = execFileSync('qpdf', ['--show-attachment=dossier-anker.json', out], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { data: JSON.parse(json) as Dossier, text };
}

describe('the dossier on an adoption that records no hash', () => {
  it('says the text was not recorded, and that git shows it changed since; not so for one recorded by approve', async ({
    skip,
  }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const { data, text } = await dossier();
    const klachten = data.policies.find((found) => found.id === 'klachtenregeling')!;
    expect(klachten.textUnrecorded).toBe(true);
    expect(klachten.changedSinceCommit?.commit).toBe(adoptedIn);
    const gedrag = data.policies.find((found) => found.id === 'gedragscode')!;
    expect(gedrag.textUnrecorded).toBeUndefined();
    expect(gedrag.changedSinceCommit).toBeUndefined();
    expect(text).toContain('Tekst niet vastgelegd bij de vaststelling');
    expect(text).toContain(
      `Gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn.slice(0, 7)}`,
    );
    expect(text.match(/Tekst niet vastgelegd bij de vaststelling/g)).toHaveLength(1);
    expect(text).toContain('Hash van de tekst (SHA-256):');
  });

  it('says the text is the adopted one according to git where git shows the commit that wrote the adoption down holds it', async ({
    skip,
  }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const unchanged = ankerRepo('clausemark-dossier-adopted-per-git-');
    const commit = unchanged.commit('vastgesteld', '2025-03-26');
    const { data, text } = await dossier(unchanged.root);
    const klachten = data.policies.find((found) => found.id === 'klachtenregeling')!;
    expect(klachten.textUnrecorded).toBe(true);
    expect(klachten.adoptedInCommit).toEqual({ commit, date: '2025-03-26' });
    expect(klachten.changedSinceCommit).toBeUndefined();
    expect(text).toContain(
      `volgens git is dit de vastgestelde tekst (commit ${commit.slice(0, 7)}, vaststelling 26 maart 2025)`,
    );
    expect(text).not.toContain('niet na te gaan');
  });

  it('says git cannot tell in a shallow clone, and why: not "adopted" by the commit where its history is cut', async ({
    skip,
  }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const clone = join(mkdtempSync(join(tmpdir(), 'clausemark-dossier-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const { data, text } = await dossier(clone);
    const klachten = data.policies.find((found) => found.id === 'klachtenregeling')!;
    expect(klachten).toMatchObject({ textUnrecorded: true, historyShallow: true });
    expect(klachten.adoptedInCommit).toBeUndefined();
    expect(klachten.changedSinceCommit).toBeUndefined();
    expect(text).toContain(
      'niet na te gaan of dat de vastgestelde tekst is, want de git-geschiedenis is niet volledig',
    );
    expect(text).not.toContain('volgens git is dit de vastgestelde tekst');
  });
});

describe('the dossier on an adoption by hand whose row was corrected in a later commit', () => {
  it('says where the row was corrected, beside the adopted text and beside the words changed since', async ({
    skip,
  }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const corrected = ankerRepo('clausemark-dossier-row-corrected-');
    const file = join(corrected.root, 'policies/anker/klachtenregeling.md');
    const rightName = readFileSync(file, 'utf8');
    writeFileSync(file, rightName.replace('J. de Vries', 'J. de Vris'));
    const commit = corrected.commit('vastgesteld', '2025-03-26');
    writeFileSync(file, rightName);
    const correctedIn = corrected.commit('naam verbeterd', '2025-06-01');
    const adopted = await dossier(corrected.root);
    const klachten = adopted.data.policies.find((found) => found.id === 'klachtenregeling')!;
    expect(klachten.adoptedInCommit).toEqual({ commit, date: '2025-03-26', corrected: correctedIn });
    expect(adopted.text).toContain(
      `volgens git is dit de vastgestelde tekst (commit ${commit.slice(0, 7)}, vaststelling 26 maart 2025)`,
    );
    expect(adopted.text).toContain(`; rij later verbeterd in commit ${correctedIn.slice(0, 7)}`);
    writeFileSync(file, rightName.replace('Voor alle scholen.', 'Alleen voor De Boei.'));
    corrected.commit('gewijzigd', '2025-07-01');
    const changed = await dossier(corrected.root);
    const since = changed.data.policies.find((found) => found.id === 'klachtenregeling')!.changedSinceCommit;
    expect(since).toEqual({ commit, date: '2025-03-26', corrected: correctedIn });
    expect(changed.text).toContain(
      `de tekst verschilt van die in commit ${commit.slice(0, 7)} van 26 maart 2025, die de vaststelling vastlegde; rij later verbeterd in commit ${correctedIn.slice(0, 7)}`,
    );
  });
});

describe('the dossier on an adoption by hand whose file git does not connect with the one deleted before', () => {
  it('says git cannot tell, as the history before the commit that added the file is not followed', async ({ skip }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const moved = ankerRepo('clausemark-dossier-not-followed-');
    moved.commit('vastgesteld', '2025-03-26');
    moved.git('rm', '-q', 'policies/anker/klachtenregeling.md');
    moved.commit('weg', '2025-06-01');
    // The same policy (its id) written anew under another name: git finds the two texts unlike.
    const rewritten = Array.from(
      { length: 12 },
      (_, index) => `Artikel ${index + 1}: elke ouder meldt bij de directeur.`,
    );
    moved.write('policies/anker/klachten.md', policy('klachtenregeling', 'Klachtenregeling', rewritten.join(' ')));
    const addedIn = moved.commit('herschreven', '2025-06-02').slice(0, 7);
    const { data, text } = await dossier(moved.root);
    const klachten = data.policies.find((found) => found.id === 'klachtenregeling')!;
    expect(klachten).toMatchObject({ textUnrecorded: true, historyNotFollowed: addedIn });
    expect(klachten.adoptedInCommit).toBeUndefined();
    expect(text).toContain(
      `niet na te gaan of dat de vastgestelde tekst is, want de geschiedenis vóór commit ${addedIn} is niet gevolgd`,
    );
  });
});

describe('kennisname on an adoption that records no hash, where git shows the text changed since', () => {
  it('is refused as the dossier says it: changed after adoption (according to git), with the commit; exit 2', async () => {
    const run = await runCli(['acknowledge', 'status', 'policies/anker/klachtenregeling.md', '--lang', 'nl'], {
      cwd: repo.root,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn.slice(0, 7)}`,
    );
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('the HTML report on an adoption that records no hash', () => {
  it('says beside the status what the dossier says: git shows the text changed; not for one recorded by approve', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-report-unrecorded-'));
    const run = await runCli(['build', '--out', out], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    const klachten = readFileSync(join(out, 'anker', 'klachtenregeling-1.0.html'), 'utf8');
    expect(klachten).toContain(
      `<span class="adoption-note">gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit ${adoptedIn.slice(0, 7)} van `,
    );
    const gedrag = readFileSync(join(out, 'anker', 'gedragscode-1.0.html'), 'utf8');
    expect(gedrag).not.toContain('adoption-note');
  });

  it('says the text was not recorded where git cannot tell (a file not in git)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-report-unrecorded-nogit-'));
    cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
    mkdirSync(join(root, 'policies', 'anker'), { recursive: true });
    writeFileSync(
      join(root, 'policies', 'anker', 'klachtenregeling.md'),
      policy('klachtenregeling', 'Klachtenregeling', 'Voor alle scholen.'),
    );
    const run = await runCli(['build', '--out', join(root, 'out')], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(root, 'out', 'anker', 'klachtenregeling-1.0.html'), 'utf8')).toContain(
      '<span class="adoption-note">tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is</span>',
    );
  });
});
