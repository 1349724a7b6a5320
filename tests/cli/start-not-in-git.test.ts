// A project folder that is not under version control: no git history shows which text an adoption by hand adopted,
// nor the versions before. `start` says so once under its table, and the board's overview of what every school must
// have says so once above its table (out/overview.html, out/overview.pdf), in the run's language, as the cover and
// `check` say of each policy; in a git repository neither says it. Through the CLI, in a plain folder and a real
// git repository.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo } from '../support/git.js';
import { ANKER_DECLARATION, ankerPolicy } from '../support/hand-adopted.js';
import { PROJECT_ROOT } from '../support/paths.js';

const NOTE_NL = 'deze map staat niet onder versiebeheer (git)';
const NOTE_EN = 'this folder is not under version control (git)';

/** Het Anker's project in `root`: its declaration and a policy adopted by hand. */
function fill(root: string, write: (path: string, text: string) => void): void {
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  write('policies/anker/procedure.yaml', ANKER_DECLARATION);
  write('policies/anker/gedragscode.md', ankerPolicy({ id: 'gedragscode', text: 'Wij gaan goed om.', adopted: true }));
}

/** A plain folder, in no git repository. */
function plainProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-not-in-git-'));
  fill(root, (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  });
  return root;
}

/** The same project committed in a git repository. */
function gitProject(): string {
  const repo = tempRepo('clausemark-in-git-');
  fill(repo.root, (path, text) => repo.write(path, text));
  repo.commit('vastgesteld', '2025-03-26');
  return repo.root;
}

/** `start` in `root`, in `lang`: what it printed, the overview's page and the overview PDF's text. */
async function start(root: string, lang: string): Promise<{ stdout: string; html: string; pdf: string }> {
  const run = await runCli(['start', '--out', 'out', '--lang', lang, '--overview-date', '2026-11-30'], { cwd: root });
  expect(run.code, run.stderr).toBe(0);
  const html = readFileSync(join(root, 'out', 'overview.html'), 'utf8');
  const pdf = execFileSync('pdftotext', [join(root, 'out', 'overview.pdf'), '-'], { encoding: 'utf8' });
  return { stdout: run.stdout, html, pdf: pdf.replace(/\s+/g, ' ') };
}

describe('start in a folder not under version control', () => {
  it('says so once under its table and once above the overview, in Dutch', async () => {
    const { stdout, html, pdf } = await start(plainProject(), 'nl');
    const [table, rest] = stdout.split('\nklaar ');
    expect(table?.split(NOTE_NL).length, stdout).toBe(2);
    expect(table).toContain('`git init`');
    expect(rest).not.toContain(NOTE_NL);
    expect(html.split(NOTE_NL).length, 'once on the overview page').toBe(2);
    expect(pdf).toContain('Let op: deze map staat niet onder versiebeheer (git).');
  }, 120_000);

  it("says so in English where the run is in English (the overview is in its policies' language)", async () => {
    const { stdout, html } = await start(plainProject(), 'en');
    expect(stdout).toContain(`note: ${NOTE_EN}`);
    expect(html).toContain(NOTE_NL);
  }, 120_000);

  it('says nothing of it in a git repository', async () => {
    const { stdout, html, pdf } = await start(gitProject(), 'nl');
    expect(stdout).toMatch(/gedragscode +1\.0 +vastgesteld /);
    for (const text of [stdout, html, pdf]) expect(text).not.toContain('versiebeheer');
  }, 120_000);
});
