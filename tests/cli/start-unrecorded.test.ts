// An adoption written by hand records no hash; where git shows the words changed since the commit that wrote it
// down, `start`'s table does not call the policy adopted, the overview of what each school must have shows the
// version adopted in force with the edit not adopted, said to be per git (out/overview.html, out/overview.json, the
// dossier's table), and `check` warns of it at the organisation's procedure.yaml (src/procedure/adoption-git.ts);
// the table lists the version in force from git under it, with a board pack of what changed since
// (src/report/corpus/in-force.ts). A policy adopted by hand whose words git shows unchanged stays adopted. In a
// shallow clone, where git cannot tell, a note under the table says so once. Through the CLI, in a real git repository.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/procedure/dossier.js';
import { runCli } from '../support/cli.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';
import { ANKER_DECLARATION, ankerPolicy, HAND_ADOPTION_ROW } from '../support/hand-adopted.js';

/** Het Anker's klachtenregeling for all its schools, consent given; `adopted`: with the adoption row by hand. */
function klachtenregeling(words: string, adopted: boolean): string {
  const consent =
    '  - { date: 2025-03-12, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR, part: whole, outcome: positief }\n';
  return `---
id: klachtenregeling
title: Klachtenregeling
organisation: Stichting Het Anker
org: anker
version: "1.0"
status: ${adopted ? 'approved' : 'draft'}
lang: nl
kind: klachtenregeling
level: bestuur
approvals:
${consent}${adopted ? HAND_ADOPTION_ROW : ''}---

## Doel {#doel}

{#doel.een} ${words}
`;
}

const PENDING_PER_GIT = (commit: string) =>
  `gewijzigd na de vaststelling van 26 maart 2025 (volgens git: de tekst verschilt van die in commit ${commit}); de wijziging is niet vastgesteld`;

let repo: TempRepo;
let adoptedIn = '';

beforeAll(() => {
  repo = tempRepo('clausemark-start-unrecorded-');
  // A project of its own: its policies/ declare the organisation whose overview start writes.
  cpSync(join(PROJECT_ROOT, 'templates'), join(repo.root, 'templates'), { recursive: true });
  repo.write('policies/anker/procedure.yaml', ANKER_DECLARATION);
  repo.write('policies/anker/klachtenregeling.md', klachtenregeling('Voor alle scholen.', false));
  repo.commit('concept', '2025-03-01');
  repo.write('policies/anker/klachtenregeling.md', klachtenregeling('Voor alle scholen.', true));
  const gedragscode = ankerPolicy({ id: 'gedragscode', text: 'Wij gaan goed met elkaar om.', adopted: true });
  repo.write('policies/anker/gedragscode.md', gedragscode);
  adoptedIn = repo.commit('vastgesteld', '2025-03-26').slice(0, 7);
  repo.write('policies/anker/klachtenregeling.md', klachtenregeling('Alleen voor De Boei.', true));
  repo.commit('klachtenregeling gewijzigd', '2025-05-01');
});

/** The table's line of a policy, by its title. */
const tableLine = (stdout: string, title: string): string | undefined =>
  stdout.split('\n').find((line) => line.includes(` ${title} `));

describe('start on an adoption written by hand that git shows changed since', () => {
  it('does not call it adopted in its table, nor in force as it stands in the overview', async () => {
    const run = await runCli(['start', '--out', 'out', '--overview-date', '2026-11-30'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    expect(tableLine(run.stdout, 'Klachtenregeling'), run.stdout).toMatch(
      /Klachtenregeling +1\.0 +changed after adoption \(according to git\) /,
    );
    expect(tableLine(run.stdout, 'Klachtenregeling')).not.toMatch(/ approved /);
    // Adopted by hand, its words as git shows them adopted: adopted.
    expect(tableLine(run.stdout, 'gedragscode'), run.stdout).toMatch(/gedragscode +1\.0 +approved /);
    // Under it, the version in force as the commit that wrote the adoption down holds it, and a board pack of what
    // changed since; none under the policy whose words are the ones adopted.
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => / Klachtenregeling +1\.0 +changed after adoption/.test(line));
    expect(lines[at + 1], run.stdout).toMatch(
      new RegExp(`Klachtenregeling +1\\.0 +adopted 26 March 2025; text from git ${adoptedIn} +1 +read from git`),
    );
    expect(run.stdout.match(/text from git/g)).toHaveLength(1);
    expect(run.stdout).toContain('out/anker/klachtenregeling-1.0-to-1.0.pdf (board pack 1.0 → 1.0)');

    const html = readFileSync(join(repo.root, 'out', 'overview.html'), 'utf8');
    expect(html).toContain(PENDING_PER_GIT(adoptedIn));
    const overview = JSON.parse(readFileSync(join(repo.root, 'out', 'overview.json'), 'utf8'));
    const cell = overview.organisations[0].rows[0].cells.find(
      (found: { kind: string }) => found.kind === 'klachtenregeling',
    );
    expect(cell).toMatchObject({
      state: 'in-force',
      policy: {
        adopted: '2025-03-26',
        pending: 'changed',
        changedPerGit: { commit: adoptedIn, date: '2025-03-26' },
      },
    });
  }, 60_000);

  it('says so in Dutch where the run is in Dutch', async () => {
    const run = await runCli(['start', '--out', 'out', '--lang', 'nl', '--overview-date', '2026-11-30'], {
      cwd: repo.root,
    });
    expect(tableLine(run.stdout, 'Klachtenregeling'), run.stdout).toMatch(
      /Klachtenregeling +1\.0 +gewijzigd na vaststelling \(volgens git\) /,
    );
    expect(tableLine(run.stdout, 'gedragscode'), run.stdout).toMatch(/gedragscode +1\.0 +vastgesteld /);
    expect(run.stdout).not.toContain('ondiepe kopie');
  }, 60_000);

  it('says once, under its table, that a shallow clone cannot confirm the adoptions by hand, and what to do', async () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'clausemark-start-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const run = await runCli(['start', '--out', 'out', '--lang', 'nl', '--overview-date', '2026-11-30'], {
      cwd: clone,
    });
    expect(run.code, run.stderr).toBe(0);
    // Git cannot tell: the table says what the front matter says, and the note under it says why that is unconfirmed.
    expect(tableLine(run.stdout, 'Klachtenregeling'), run.stdout).toMatch(/Klachtenregeling +1\.0 +vastgesteld /);
    expect(run.stdout.match(/ondiepe kopie/g), run.stdout).toHaveLength(1);
    expect(run.stdout).toContain(
      'let op: deze kopie heeft niet de volledige git-geschiedenis (ondiepe kopie), dus bij 2 beleidsdocumenten die zonder hash zijn vastgesteld is niet na te gaan of de tekst de vastgestelde is',
    );
    expect(run.stdout).toContain('`git fetch --unshallow`');
    const lines = run.stdout.split('\n');
    expect(lines.findIndex((line) => line.includes('ondiepe kopie'))).toBeGreaterThan(
      lines.findIndex((line) => line.includes('Klachtenregeling')),
    );
  }, 60_000);

  it("stands so in the dossier's table of what the organisation must have, from the dossier's own reading of git", async ({
    skip,
  }) => {
    needTool(skip, 'qpdf');
    needTool(skip, 'pdftotext');
    const out = join(repo.root, 'out', 'dossier.pdf');
    const run = await runCli(['dossier', 'anker', '--out', out, '--lang', 'nl', '--at', '2026-11-30'], {
      cwd: repo.root,
    });
    expect(run.code, run.stderr).toBe(0);
    const json = execFileSync('qpdf', ['--show-attachment=dossier-anker.json', out], { encoding: 'utf8' });
    const required = (JSON.parse(json) as Dossier).required!;
    expect(required.rows[0]!.cells.find((cell) => cell.kind === 'klachtenregeling')).toMatchObject({
      state: 'in-force',
      policy: { pending: 'changed', changedPerGit: { commit: adoptedIn, date: '2025-03-26' } },
    });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(PENDING_PER_GIT(adoptedIn));
  }, 60_000);

  it('is warned of by check at the organisation, with the commit git shows', async () => {
    const run = await runCli(['check', 'policies', '--at', '2026-11-30'], { cwd: repo.root });
    expect(run.stdout).toContain(
      `Stichting Het Anker: klachtenregeling: according to git, policies/anker/klachtenregeling.md was changed after its adoption of 26 March 2025 (the text differs from the one in commit ${adoptedIn} of 26 March 2025, which recorded the adoption) and the change is not adopted; the version adopted stands`,
    );
  });
});

describe('start on an adoption written by hand that no commit holds yet', () => {
  it('calls it adopted with its text not recorded, in the table and under the overview cell', async () => {
    const fresh = tempRepo('clausemark-start-uncommitted-');
    cpSync(join(PROJECT_ROOT, 'templates'), join(fresh.root, 'templates'), { recursive: true });
    fresh.write('policies/anker/procedure.yaml', ANKER_DECLARATION);
    fresh.write('policies/anker/klachtenregeling.md', klachtenregeling('Voor alle scholen.', false));
    fresh.commit('concept', '2025-03-01');
    // The adoption row written down and not committed: git holds no text it adopted.
    fresh.write('policies/anker/klachtenregeling.md', klachtenregeling('Voor alle scholen.', true));
    const run = await runCli(['start', '--out', 'out', '--lang', 'nl', '--overview-date', '2026-11-30'], {
      cwd: fresh.root,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(tableLine(run.stdout, 'Klachtenregeling'), run.stdout).toMatch(
      /Klachtenregeling +1\.0 +vastgesteld \(tekst niet vastgelegd\) /,
    );
    const overview = JSON.parse(readFileSync(join(fresh.root, 'out', 'overview.json'), 'utf8'));
    const cell = overview.organisations[0].rows[0].cells.find(
      (found: { kind: string }) => found.kind === 'klachtenregeling',
    );
    expect(cell).toMatchObject({ state: 'in-force', policy: { adopted: '2025-03-26', unrecorded: {} } });
    const html = readFileSync(join(fresh.root, 'out', 'overview.html'), 'utf8');
    expect(html).toContain('vastgesteld zonder dat de tekst is vastgelegd (geen hash)');
  }, 60_000);
});
