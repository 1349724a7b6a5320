// `build` leaves nothing in out/ that reads as current but is not, and removes no more than that
// (src/build/manifest-prune.ts): a policy whose front matter is not YAML fails with its file, line and column (exit
// 2) and its PDF and Word document of the build before are removed and listed; `build ONE` after a report that could
// not be made removes only what it cannot vouch for, so the other policies' outputs, still as built, stay.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { BOARD_DECLARATION, meldcode, PEOPLE, STEPS } from './acknowledge-fixture.js';

const EIK = meldcode('1.0', STEPS)
  .replace('org: linde', 'org: eik')
  .replace('organisation: Stichting De Linde', 'organisation: Stichting Eik');
/** A second policy of De Linde's, built beside the meldcode. */
const SECOND = meldcode('1.0', STEPS).replace('id: meldcode', 'id: meldcode-tweede');
const REMOVED = '(removed: from the previous run, and not made again now)';
const OUTPUTS = ['linde/meldcode-1.0.pdf', 'linde/meldcode-1.0.docx', 'eik/meldcode-1.0.pdf', 'eik/meldcode-1.0.docx'];

let repo: TempRepo;
const build = (...args: string[]) => runCli(['build', '--format', 'pdf,docx', ...args], { cwd: repo.root });
const out = (...path: string[]): string => join(repo.root, 'out', ...path);

beforeEach(async () => {
  repo = tempRepo('clausemark-build-stale-');
  repo.write('templates/brands/.keep', '');
  repo.write('policies/linde/procedure.yaml', BOARD_DECLARATION);
  repo.write('policies/linde/de-es/.keep', '');
  repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
  repo.write('policies/linde/meldcode-tweede.md', SECOND);
  repo.write('policies/eik/meldcode.md', EIK);
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  repo.commit('meldcode 1.0');
  const first = await build();
  expect(first.code, first.stderr).toBe(0);
  for (const name of OUTPUTS) expect(existsSync(out(name)), name).toBe(true);
}, 180_000);

describe('build after an output of the build before went stale', () => {
  it('a policy whose front matter is not YAML: exit 2 with where, and its PDF and Word document removed, listed', async () => {
    repo.write('policies/eik/meldcode.md', EIK.replace('title: Meldcode', 'title: [Meldcode'));
    const run = await build();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clausemark: policies\/eik\/meldcode\.md:\d+:\d+: /m);
    for (const name of ['eik/meldcode-1.0.pdf', 'eik/meldcode-1.0.docx']) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} ${REMOVED}`);
    }
    expect(run.stdout.split(REMOVED)).toHaveLength(3);
    for (const name of ['linde/meldcode-1.0.pdf', 'linde/meldcode-1.0.docx', 'index.html'])
      expect(existsSync(out(name)), name).toBe(true);
    expect(readFileSync(out('.clausemark-manifest.json'), 'utf8')).not.toContain('eik');

    // Fixed, it is built again.
    repo.write('policies/eik/meldcode.md', EIK);
    const fixed = await build();
    expect(fixed.code, fixed.stderr).toBe(0);
    for (const name of OUTPUTS) expect(existsSync(out(name)), name).toBe(true);
    expect(fixed.stdout).not.toContain(REMOVED);
  }, 180_000);

  it('build ONE after a report that could not be made keeps the other policies’ outputs still as built', async () => {
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\np001,Anna de Boer,leerkracht,De Es,,in-dienst\n`);
    const run = await build('policies/eik/meldcode.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('acknowledgements/linde/people.csv:8:1: ');
    expect(readFileSync(out('index.html'), 'utf8')).toContain('could not be made');
    // Eik's, built now, and De Linde's, not asked for and still as built: vouched for, they stay.
    for (const name of OUTPUTS) expect(existsSync(out(name)), name).toBe(true);
    expect(run.stdout).not.toContain(REMOVED);

    // De Linde's second policy edited since its PDF was made: no longer vouched for, it goes, listed.
    repo.write('policies/linde/meldcode-tweede.md', SECOND.replace('Beslis of u', 'Besluit of u'));
    const edited = await build('policies/eik/meldcode.md');
    expect(edited.code).toBe(2);
    for (const name of ['linde/meldcode-tweede-1.0.pdf', 'linde/meldcode-tweede-1.0.docx']) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(edited.stdout).toContain(`out/${name} ${REMOVED}`);
    }
    expect(edited.stdout.split(REMOVED)).toHaveLength(3);
    // The page that says the report could not be made lists them too.
    const page = readFileSync(out('index.html'), 'utf8');
    expect(page).toContain('<h2>Removed from the output folder, so that none is taken for a current file</h2>');
    expect(page).toContain(`<li>out/linde/meldcode-tweede-1.0.pdf ${REMOVED}</li>`);
    for (const name of OUTPUTS) expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);
});
