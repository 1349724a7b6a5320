// A policy whose file is deleted or renamed leaves nothing of its own in out/ that reads as if it were still in force
// (src/build/manifest-prune.ts, removeOutputsOfGone): `build` removes its PDF, Word document and report page of the
// build before, each listed in the run's language, and the report names it nowhere. Only files the build wrote and
// that are still as written go: a user's own file in out/, or an output the user changed since, stays; an output
// the renamed policy makes again under the same name stays, and so does the last good one while its new file fails
// to build (or cannot be read: then no run can tell it is the same policy), each said to be kept. A revision deleted
// takes its diff page with it; an organisation's last policy deleted, its folder. Where the report cannot be made,
// its page lists them.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { BOARD_DECLARATION, meldcode, PEOPLE, STEPS } from './acknowledge-fixture.js';

/** A second policy of De Linde's, built beside the meldcode; the one deleted. */
const SECOND = meldcode('1.0', STEPS).replace('id: meldcode', 'id: meldcode-tweede');
const GONE = '(removed: the file of the policy it was made from is gone)';
const GONE_NL = '(weggehaald: het beleidsbestand waarvan het gemaakt is, bestaat niet meer)';
const KEPT_FAILED =
  '(kept: the file of the policy it was made from is gone, but policies/linde/tweede.md, which makes this file, did not build;';
const KEPT_UNREAD =
  '(kept: the file of the policy it was made from is gone, but policies/linde/tweede.md cannot be read, so clausemark cannot tell whether it is that policy under a new name;';
const KEPT = ['linde/meldcode-1.0.pdf', 'linde/meldcode-1.0.docx', 'linde/meldcode-1.0.html', 'index.html'];
const SECONDS = ['linde/meldcode-tweede-1.0.pdf', 'linde/meldcode-tweede-1.0.docx', 'linde/meldcode-tweede-1.0.html'];
/** Files of the user's own in out/, which no build wrote. */
const OWN = ['linde/eigen-notitie.pdf', 'linde/eigen-pagina.html', 'lees-mij.txt'];

let repo: TempRepo;
const build = (args: string[] = [], env?: Record<string, string>) =>
  runCli(['build', '--format', 'pdf,docx', ...args], { cwd: repo.root, ...(env ? { env } : {}) });
const out = (...path: string[]): string => join(repo.root, 'out', ...path);

/** The text of every file in out/ a reader opens (the report's pages and data), by name. */
function readable(): Map<string, string> {
  const names = readdirSync(out(), { recursive: true, encoding: 'utf8' });
  return new Map(
    names.filter((name) => /\.(html|json)$/.test(name) && !name.startsWith('.')).map((name) => [name, read(name)]),
  );
}
const read = (name: string): string => readFileSync(out(name), 'utf8');

beforeEach(async () => {
  repo = tempRepo('clausemark-build-gone-');
  repo.write('templates/brands/.keep', '');
  repo.write('policies/linde/procedure.yaml', BOARD_DECLARATION);
  repo.write('policies/linde/de-es/.keep', '');
  repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
  repo.write('policies/linde/meldcode-tweede.md', SECOND);
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  repo.commit('meldcode 1.0');
  const first = await build();
  expect(first.code, first.stderr).toBe(0);
  for (const name of [...KEPT, ...SECONDS]) expect(existsSync(out(name)), name).toBe(true);
  for (const name of OWN) writeFileSync(out(name), `mijn eigen bestand ${name}\n`);
}, 180_000);

describe('build after a policy’s file was deleted or renamed', () => {
  it('removes its PDF, Word document and page, lists them, names it nowhere, and keeps the user’s own files', async () => {
    rmSync(join(repo.root, 'policies/linde/meldcode-tweede.md'));
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    for (const name of SECONDS) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} ${GONE}`);
    }
    expect(run.stdout.split(GONE)).toHaveLength(SECONDS.length + 1);
    for (const name of [...KEPT, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
    for (const name of OWN) expect(read(name)).toBe(`mijn eigen bestand ${name}\n`);
    // The report, its overview and their data name the deleted policy nowhere, nor does the manifest.
    for (const [name, text] of readable()) if (!OWN.includes(name)) expect(text, name).not.toContain('meldcode-tweede');
    expect(read('.clausemark-manifest.json')).not.toContain('meldcode-tweede');
    expect(read('.clausemark-site.json')).not.toContain('meldcode-tweede');

    // Said once: the next build has nothing to remove.
    const again = await build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain('removed');
    for (const name of [...KEPT, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);

  it('keeps an output the user changed since it was built (no longer the build’s), and says it in Dutch', async () => {
    writeFileSync(out('linde/meldcode-tweede-1.0.pdf'), 'de versie van de gebruiker\n');
    rmSync(join(repo.root, 'policies/linde/meldcode-tweede.md'));
    const run = await build([], { LANG: 'nl_NL.UTF-8' });
    expect(run.code, run.stderr).toBe(0);
    expect(read('linde/meldcode-tweede-1.0.pdf')).toBe('de versie van de gebruiker\n');
    for (const name of ['linde/meldcode-tweede-1.0.docx', 'linde/meldcode-tweede-1.0.html']) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} ${GONE_NL}`);
    }
    expect(run.stdout.split(GONE_NL)).toHaveLength(3);
    expect(read('.clausemark-manifest.json')).not.toContain('meldcode-tweede');
    for (const name of [...KEPT, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);

  it('a policy renamed keeps the outputs its new file makes under the same name, and removes none', async () => {
    renameSync(join(repo.root, 'policies/linde/meldcode-tweede.md'), join(repo.root, 'policies/linde/tweede.md'));
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('removed');
    for (const name of [...KEPT, ...SECONDS, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
    const manifest = read('.clausemark-manifest.json');
    expect(manifest).toContain('policies/linde/tweede.md');
    expect(manifest).not.toContain('policies/linde/meldcode-tweede.md');
  }, 180_000);

  it('build ONE removes them too: no policy it could name makes them again', async () => {
    rmSync(join(repo.root, 'policies/linde/meldcode-tweede.md'));
    const run = await build(['policies/linde/meldcode.md']);
    expect(run.code, run.stderr).toBe(0);
    for (const name of SECONDS) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} ${GONE}`);
    }
    for (const name of [...KEPT, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
    expect(read('index.html')).not.toContain('meldcode-tweede');
  }, 180_000);

  it('after a report that could not be made, the page that says so lists them too', async () => {
    rmSync(join(repo.root, 'policies/linde/meldcode-tweede.md'));
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\np001,Anna de Boer,leerkracht,De Es,,in-dienst\n`);
    const run = await build();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('acknowledgements/linde/people.csv:8:1: ');
    const page = read('index.html');
    expect(page).toContain('could not be made');
    for (const name of SECONDS) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} ${GONE}`);
      expect(page).toContain(`<li>out/${name} ${GONE}</li>`);
    }
    for (const name of OWN) expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);

  it('a revision deleted: its outputs and its diff page go too, listed', async () => {
    const revision = meldcode('1.1', STEPS)
      .replace('status: approved', 'status: draft\nsupersedes: "1.0"')
      .replace(/approvals:\n(?: {2}.*\n)+/, '')
      .replace('Beslis of u', 'Besluit of u');
    repo.write('policies/linde/revisions/meldcode-1.1.md', revision);
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    const made = ['linde/meldcode-1.1.pdf', 'linde/meldcode-1.1.docx', 'linde/meldcode-1.1.html'];
    const diff = 'linde/meldcode-1.0-to-1.1.html';
    for (const name of [...made, diff]) expect(existsSync(out(name)), name).toBe(true);

    rmSync(join(repo.root, 'policies/linde/revisions/meldcode-1.1.md'));
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    for (const name of [...made, diff]) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} ${GONE}`);
    }
    for (const name of [...KEPT, ...SECONDS, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
    for (const [name, text] of readable())
      if (!OWN.includes(name)) for (const named of ['meldcode-1.1', 'to-1.1']) expect(text, name).not.toContain(named);
  }, 180_000);

  it('a policy renamed whose new file fails to build keeps the last good outputs under the shared name, and says so', async () => {
    const renamed = join(repo.root, 'policies/linde/tweede.md');
    renameSync(join(repo.root, 'policies/linde/meldcode-tweede.md'), renamed);
    // Its brand missing: it reads, names the same PDF, and fails to render.
    writeFileSync(renamed, SECOND.replace('lang: nl', 'lang: nl\nbrand: missing-brand'));
    const run = await build();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/tweede\.md:\d+:\d+: .*missing-brand/);
    expect(run.stdout).not.toContain('removed');
    for (const name of [...KEPT, ...SECONDS, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
    for (const name of SECONDS) expect(run.stdout).toContain(`out/${name} ${KEPT_FAILED}`);

    // Fixed, it makes them again under the same name: nothing removed, the old name forgotten.
    writeFileSync(renamed, SECOND);
    const fixed = await build();
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stdout).not.toMatch(/removed|kept/);
    for (const name of [...KEPT, ...SECONDS]) expect(existsSync(out(name)), name).toBe(true);
    expect(read('.clausemark-manifest.json')).not.toContain('meldcode-tweede.md');
  }, 180_000);

  it('a policy renamed whose new file cannot be read keeps them, saying it cannot tell; deleted, they go', async () => {
    const renamed = join(repo.root, 'policies/linde/tweede.md');
    renameSync(join(repo.root, 'policies/linde/meldcode-tweede.md'), renamed);
    writeFileSync(renamed, SECOND.replace('title: Meldcode', 'title: [Meldcode'));
    const run = await build();
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('removed');
    for (const name of [...KEPT, ...SECONDS, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
    for (const name of SECONDS) expect(run.stdout).toContain(`out/${name} ${KEPT_UNREAD}`);

    // The broken file deleted too: nothing may be the gone policy now, and its outputs go.
    rmSync(renamed);
    const gone = await build();
    expect(gone.code, gone.stderr).toBe(0);
    for (const name of SECONDS) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(gone.stdout).toContain(`out/${name} ${GONE}`);
    }
    for (const name of [...KEPT, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);

  it('the last policy of an organisation deleted: its folder in out/ goes with its outputs', async () => {
    repo.write(
      'policies/eik/meldcode.md',
      meldcode('1.0', STEPS).replace('org: linde', 'org: eik').replace('Stichting De Linde', 'Stichting Eik'),
    );
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(out('eik/meldcode-1.0.pdf'))).toBe(true);
    rmSync(join(repo.root, 'policies/eik/meldcode.md'));
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    for (const name of ['eik/meldcode-1.0.pdf', 'eik/meldcode-1.0.docx', 'eik/meldcode-1.0.html'])
      expect(run.stdout).toContain(`out/${name} ${GONE}`);
    expect(existsSync(out('eik'))).toBe(false);
    // De Linde's folder holds its outputs and the user's file: it stays.
    for (const name of [...KEPT, ...OWN]) expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);
});
