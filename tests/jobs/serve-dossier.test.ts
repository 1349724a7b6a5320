// The workplace's dossier (src/jobs/serve-exports.ts) of De Eik's repository, served by a workplace whose folder is
// neither the folder the test runs in nor the project's: the board's folder `linde` it offers is a dossier of De Eik's
// policies (`org: linde-de-eik`, a school in a folder beneath it), not "no policies of organisation linde", as is a
// board's folder that declares De Eik in its procedure.yaml; a folder without a policy is not offered; and a policy of the board that cannot be read refuses the dossier, naming it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierJob } from '../../src/jobs/dossier.js';
import {
  DE_EIK_ADOPTED_BY_HAND,
  DE_EIK_BY_HAND,
  DE_EIK_DRAFT,
  deEikRepo,
  noticeOf,
  startTestWorkplace,
  type TestWorkplace,
} from '../support/workplace-endpoint.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';

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

  it("holds the board's schools' policies when asked in the folder it serves, wherever the job runs", async () => {
    const repo = deEikRepo('clausemark-wp-dossier-', { [DE_EIK_BY_HAND]: DE_EIK_ADOPTED_BY_HAND });
    const { dossier } = await dossierJob([join(repo.root, 'policies', 'linde', 'de-eik', 'pestprotocol.md')], {
      root: PROJECT_ROOT,
      org: 'linde',
      folder: repo.root,
      out: join(repo.root, 'out', 'dossier-linde.pdf'),
    });
    expect(dossier.notInForce.map((policy) => policy.title)).toEqual(['Pestprotocol']);
  }, 120_000);

  it('offers a board that declares its school by its org, with the school in a folder of its own', async () => {
    const repo = tempRepo('clausemark-wp-dossier-');
    repo.write(
      'policies/linde/procedure.yaml',
      'sector: po\norganisation:\n  role: bestuur\n  name: Stichting De Linde\n  schools:\n    linde-de-eik:\n      name: Basisschool De Eik\n',
    );
    repo.write('policies/de-eik/pestprotocol.md', DE_EIK_DRAFT);
    repo.commit('start');
    workplace = await startTestWorkplace(repo.root);
    expect(offered((await workplace.call('GET', '/werkplek/')).html)).toEqual(['de-eik', 'linde']);
    const answer = await workplace.call('GET', '/werkplek/dossier?organisatie=linde');
    expect(noticeOf(answer.html, 'refused')).toBe('');
    expect(answer.html.startsWith('%PDF-')).toBe(true);
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
