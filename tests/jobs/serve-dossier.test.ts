// The workplace's dossier (src/jobs/serve-exports.ts) of De Eik's repository, served by a workplace whose folder is
// neither the folder the test runs in nor the project's: the board's folder `linde` it offers is a dossier of De Eik's
// policies (`org: linde-de-eik`, a school in a folder beneath it), not "no policies of organisation linde", as is a
// board's folder that declares De Eik in its procedure.yaml; a folder without a policy is not offered; and a policy of the board that cannot be read refuses the dossier, naming it.
// Each folder is offered by the name its dossier goes by, and a board's dossier is named after the board, never after
// one of its schools: by its procedure.yaml's name, else as its schools' front matter names it ("Basisschool De Eik
// (Stichting De Linde)"), else by its folder's name with a capital; its PDF words an empty dossier without the command line's --at.
// The day it is of is asked by a date field (empty: today): a day that is none is refused in the officer's language,
// naming the field, and a later day's dossier is of that day.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { dossierJob } from '../../src/jobs/dossier.js';
import {
  DE_EIK_ADOPTED_BY_HAND,
  DE_EIK_BY_HAND,
  DE_EIK_DRAFT,
  DE_EIK_POLICY,
  deEikRepo,
  noticeOf,
  startTestWorkplace,
  type TestWorkplace,
} from '../support/workplace-endpoint.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

let workplace: TestWorkplace | undefined;
afterEach(async () => {
  await workplace?.close();
  workplace = undefined;
});

/** The organisations the overview's dossier form offers. */
const offered = (html: string): string[] =>
  [...(/name="organisatie">(.*?)<\/select>/s.exec(html)?.[1] ?? '').matchAll(/<option value="([^"]*)"/g)].map(
    (match) => match[1]!,
  );

/** The names the overview's dossier form shows of them. */
const offeredNames = (html: string): string[] =>
  [...(/name="organisatie">(.*?)<\/select>/s.exec(html)?.[1] ?? '').matchAll(/<option [^>]*>([^<]*)</g)].map(
    (match) => match[1]!,
  );

/** The dossier of the board's folder linde of `repo`, made by the job where it runs (the project, not `repo`). */
const lindeDossier = (repo: TempRepo, file: string) =>
  dossierJob([file], {
    root: PROJECT_ROOT,
    org: 'linde',
    folder: repo.root,
    out: join(repo.root, 'out', 'dossier-linde.pdf'),
  });

/** A board linde that declares its name and its school De Eik by its org, the school in a folder of its own. */
function declaringBoard() {
  const repo = tempRepo('clausemark-wp-dossier-');
  repo.write(
    'policies/linde/procedure.yaml',
    'sector: po\norganisation:\n  role: bestuur\n  name: Stichting De Linde\n  schools:\n    linde-de-eik:\n      name: Basisschool De Eik\n',
  );
  repo.write('policies/de-eik/pestprotocol.md', DE_EIK_DRAFT);
  repo.commit('start');
  return repo;
}

describe("the workplace's dossier of a board's folder", () => {
  it("offers the folder linde and answers with a PDF of its school De Eik's policies", async () => {
    const repo = deEikRepo('clausemark-wp-dossier-', { [DE_EIK_BY_HAND]: DE_EIK_ADOPTED_BY_HAND });
    mkdirSync(join(repo.root, 'policies', 'archief'));
    workplace = await startTestWorkplace(repo.root);
    const page = await workplace.call('GET', '/werkplek/');
    expect(offered(page.html)).toEqual(['linde']);
    const answer = await workplace.call('GET', '/werkplek/dossier?organisatie=linde');
    expect(noticeOf(answer.html, 'refused')).toBe('');
    expect(answer.status).toBe(200);
    expect(answer.html.startsWith('%PDF-')).toBe(true);
    const refused = await workplace.call('GET', '/werkplek/dossier?organisatie=archief');
    expect(refused.status).toBe(400);
  }, 120_000);

  it('asks the day of the dossier by a date field, and refuses a day that is none in the officer’s language', async (context) => {
    const repo = deEikRepo('clausemark-wp-dossier-date-', { [DE_EIK_BY_HAND]: DE_EIK_ADOPTED_BY_HAND });
    workplace = await startTestWorkplace(repo.root);
    const before = messageLanguage();
    try {
      for (const [lang, label, refusal] of [
        [
          'nl',
          'Op de dag (leeg: vandaag)',
          'Geen dossier gemaakt: „31-12-2029” is geen datum. Kies een dag bij „Op de dag”',
        ],
        [
          'en',
          'On the day (empty: today)',
          'No dossier made: “31-12-2029” is not a date. Choose a day at “On the day”',
        ],
      ] as const) {
        setMessageLanguage(lang);
        const page = (await workplace.call('GET', '/werkplek/')).html;
        expect(page).toContain(
          `<label for="f-dossier-datum">${label}</label><input type="date" id="f-dossier-datum" name="datum"`,
        );
        const refused = await workplace.call('GET', '/werkplek/dossier?organisatie=linde&datum=31-12-2029');
        expect(refused.status).toBe(400);
        expect(noticeOf(refused.html, 'refused')).toContain(refusal);
      }
    } finally {
      setMessageLanguage(before);
    }
    const later = await workplace.call('GET', '/werkplek/dossier?organisatie=linde&datum=2029-12-31');
    expect(noticeOf(later.html, 'refused')).toBe('');
    expect(later.html.startsWith('%PDF-')).toBe(true);
    needTool(context.skip, 'pdftotext');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: later.data, encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain('31 december 2029');
  }, 120_000);

  it("holds the board's schools' policies when asked in the folder it serves, wherever the job runs", async (context) => {
    const repo = deEikRepo('clausemark-wp-dossier-', { [DE_EIK_BY_HAND]: DE_EIK_ADOPTED_BY_HAND });
    const { dossier } = await lindeDossier(repo, join(repo.root, 'policies', 'linde', 'de-eik', 'pestprotocol.md'));
    expect(dossier.notInForce.map((policy) => policy.title)).toEqual(['Pestprotocol']);
    // Titled after the board (by its folder's name with a capital: neither its procedure.yaml nor its school's
    // front matter names it), and its empty dossier worded for the workplace's download as for the command.
    expect(dossier.organisation).toBe('Linde');
    needTool(context.skip, 'pdftotext');
    const pdf = join(repo.root, 'out', 'dossier-linde.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Inspectiedossier Linde');
    expect(text).not.toContain('Basisschool De Eik Inspectiedossier');
    expect(text).toContain('is geen beleid geldend: hieronder staat per beleidsdocument waarom');
    expect(text).not.toContain('--at');
  }, 120_000);

  it("names a board's dossier as its procedure.yaml names the board, not after its school", async () => {
    const repo = declaringBoard();
    const { dossier } = await lindeDossier(repo, join(repo.root, 'policies', 'de-eik', 'pestprotocol.md'));
    expect(dossier.organisation).toBe('Stichting De Linde');
  }, 120_000);

  it("names a board its procedure.yaml names not as its schools' front matter names it, not by its folder", async () => {
    const school = DE_EIK_DRAFT.replace(
      'organisation: Basisschool De Eik',
      'organisation: Basisschool De Eik (Stichting De Linde)',
    );
    const repo = deEikRepo('clausemark-wp-dossier-', { 'policies/linde/de-eik/pestprotocol.md': school });
    // Declared a board, but by no name: its folder's name is no name of the board's.
    repo.write('policies/linde/procedure.yaml', 'sector: po\norganisation:\n  role: bestuur\n');
    repo.commit('declared');
    workplace = await startTestWorkplace(repo.root);
    expect(offeredNames((await workplace.call('GET', '/werkplek/')).html)).toEqual(['Stichting De Linde']);
    const { dossier } = await lindeDossier(repo, join(repo.root, DE_EIK_POLICY));
    expect(dossier.organisation).toBe('Stichting De Linde');
  }, 120_000);

  it('offers a board that declares its school by its org, with the school in a folder of its own', async (context) => {
    const repo = declaringBoard();
    workplace = await startTestWorkplace(repo.root);
    const page = (await workplace.call('GET', '/werkplek/')).html;
    expect(offered(page)).toEqual(['de-eik', 'linde']);
    // Shown by the names the policies and the procedure.yaml give them; the folder is what the form sends.
    expect(offeredNames(page)).toEqual(['Basisschool De Eik', 'Stichting De Linde']);
    const answer = await workplace.call('GET', '/werkplek/dossier?organisatie=linde');
    expect(noticeOf(answer.html, 'refused')).toBe('');
    expect(answer.html.startsWith('%PDF-')).toBe(true);
    // Its table of what each school must have says what is missing in the workplace's words, not by a field.
    needTool(context.skip, 'pdftotext');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
      input: answer.data,
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    // Its folders named from the folder served, not from where the job runs.
    expect(text).toContain('Schoolplan ontbreekt geen schoolplan gevonden in policies/');
    expect(text).toContain('geen medezeggenschapsstatuut gevonden in policies/linde/');
    expect(text).not.toMatch(/\bkind: |\.\.\//);
  }, 120_000);

  it("refuses the dossier while a policy in the board's folder cannot be read, naming it in the folder served", async () => {
    const broken = 'policies/linde/de-eik/kapot.md';
    const repo = deEikRepo('clausemark-wp-dossier-', { [broken]: '---\ntitle: [Kapot\n---\n\n# Kapot\n' });
    workplace = await startTestWorkplace(repo.root);
    const answer = await workplace.call('GET', '/werkplek/dossier?organisatie=linde');
    expect(answer.html.startsWith('%PDF-')).toBe(false);
    expect(noticeOf(answer.html, 'refused')).toContain(broken);
  }, 120_000);
});
