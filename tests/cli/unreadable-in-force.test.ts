// A policy file that cannot be read as it stands (its frontmatter broken after its last commit): `dossier` and
// `build --at` read only its git history, so what the file holds now (perhaps a newer adopted version) was missing
// while the dossier named the committed version as the one in force and said nothing. The dossier of its
// organisation is now refused, naming the file, line and column, and written nowhere; another organisation's
// dossier is made; `build --at` builds what it can read and exits 2 naming the file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { meldcode, STEPS } from './acknowledge-fixture.js';
import { runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';

let repo: TempRepo;

beforeAll(() => {
  repo = tempRepo('clausemark-unreadable-in-force-');
  repo.write('policies/linde/meldcode.md', meldcode('2.0', STEPS));
  repo.write(
    'policies/eik/meldcode.md',
    meldcode('1.0', STEPS).replace('org: linde', 'org: eik').replace('Stichting De Linde', 'Stichting De Eik'),
  );
  repo.commit('meldcodes');
  // Version 3.0, adopted, with an unclosed quote in its title: the file cannot be read.
  repo.write(
    'policies/linde/meldcode.md',
    meldcode('3.0', [...STEPS, 'Evalueer de meldcode jaarlijks.']).replace('title: Meldcode', 'title: "Meldcode'),
  );
});

describe('a policy file that cannot be read as it stands', () => {
  it("refuses its organisation's dossier at the file's line and column, and writes none", async () => {
    const out = join(repo.root, 'out', 'dossier-linde.pdf');
    const run = await runCli(['dossier', 'linde', '--out', out], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('policies/linde/meldcode.md:3:8: no dossier of linde is made');
    expect(run.stderr).toContain('the version it holds now would be missing from the dossier');
    expect(run.stderr).toContain('fix: add the closing "');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(out)).toBe(false);
  });

  it("does not stop another organisation's dossier", async () => {
    const out = join(repo.root, 'out', 'dossier-eik.pdf');
    const run = await runCli(['dossier', 'eik', '--out', out], { cwd: repo.root });
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('is named by build --at, which builds the rest and exits 2', async () => {
    const run = await runCli(['build', '--at', '2026-11-29', '--out', join(repo.root, 'built')], { cwd: repo.root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'policies/linde/meldcode.md:3:8: policies/linde/meldcode.md cannot be read as it stands, so the version in force on 29 November 2026 may be missing from what was built',
    );
    expect(existsSync(join(repo.root, 'built', 'eik', 'meldcode-1.0.pdf'))).toBe(true);
  });
});
