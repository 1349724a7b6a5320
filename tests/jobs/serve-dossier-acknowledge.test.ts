// The workplace's dossier (src/jobs/serve-exports.ts) counts the kennisname the workplace records: that of the
// served folder's acknowledgements/ (src/jobs/serve-acknowledge.ts records there), not of the folder the server
// happens to run in. The server here runs in the project's folder, which has no acknowledgements/ of its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';
import { findProject } from '../../src/io/project.js';
import { askJob, recordJob } from '../../src/jobs/acknowledge.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { tempRepo } from '../support/git.js';
import { needTool } from '../support/tools.js';
import { startTestWorkplace, type TestWorkplace } from '../support/workplace-endpoint.js';

let workplace: TestWorkplace | undefined;
afterEach(async () => {
  await workplace?.close();
  workplace = undefined;
});

describe("the workplace's dossier", () => {
  it('counts the kennisname recorded in the served folder', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const repo = tempRepo('clausemark-wp-dossier-ack-');
    repo.write('templates/brands/.keep', '');
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const policy = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    repo.commit('meldcode 1.0');
    const base = { root: findProject(PROJECT_ROOT).root, dir: join(repo.root, 'acknowledgements') };
    expect((await askJob(policy, { ...base, date: '2026-02-01' })).outcome.action).toBe('asked');
    const csv = join(repo.root, 'form.csv');
    writeFileSync(csv, 'naam,versie\nAnna de Boer,1.0\nBram Jansen,1.0\n');
    recordJob(policy, { ...base, date: '2026-02-03', csv });
    workplace = await startTestWorkplace(repo.root);
    const answer = await workplace.call('GET', '/werkplek/dossier?organisatie=linde&datum=2026-02-10');
    expect(answer.status).toBe(200);
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-wp-dossier-pdf-'));
    try {
      const file = join(folder, 'dossier.pdf');
      writeFileSync(file, answer.data);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Kennisname: Meldcode huiselijk geweld en kindermishandeling 1.0: 2 van 5 medewerkers');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
