// Where git's history is cut before the commit that wrote a hand-written adoption down, every output says git cannot
// tell, and so do `check` and `approve`: `check` at the adopting row (adoption-text-unrecorded, a warning: exit 0, 1
// only with --strict) with why and, in a shallow clone, `git fetch --unshallow`; `approve` of another step on such a
// policy in one line after what it recorded. A full clone says neither. Through the CLI, in real git repositories in
// temp dirs: a shallow clone (depth 1), and a file rewritten under another name with the same id.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import { ankerPolicy } from '../support/hand-adopted.js';

const FILE = 'policies/anker/klachtenregeling.md';
const adopted = (text: string) => ankerPolicy({ id: 'klachtenregeling', text, adopted: true });

let repo: TempRepo;

beforeAll(() => {
  repo = tempRepo('clausemark-check-shallow-');
  repo.write(FILE, adopted('Voor alle scholen.'));
  repo.commit('vastgesteld', '2025-03-26');
  repo.write(FILE, adopted('Alleen voor De Boei.'));
  repo.commit('gewijzigd', '2025-05-01');
});

/** A clone of `repo` with only its last commit: the adoption row was written down before the cut. */
function shallowClone(): string {
  const clone = join(mkdtempSync(join(tmpdir(), 'clausemark-check-shallow-clone-')), 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
  return clone;
}

const check = (cwd: string, ...args: string[]) => runCli(['check', FILE, '--lang', 'nl', ...args], { cwd });

describe('check of a policy adopted by hand in a shallow clone', () => {
  it('warns at the adopting row that git cannot tell, as the history is cut, and names git fetch --unshallow', async () => {
    const clone = shallowClone();
    const run = await check(clone);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout.replace(/\s+/g, ' ');
    expect(out).toMatch(/klachtenregeling\.md .*10:5 waarschuwing goedkeuring 1,[^✖]*adoption-text-unrecorded/);
    expect(out).toContain(
      'goedkeuring 1, de vaststelling van 26 maart 2025, legt geen hash vast, en git kan niet laten zien of dit de vastgestelde tekst is: deze kopie heeft niet de volledige git-geschiedenis (ondiepe kopie)',
    );
    expect(out).toContain('git fetch --unshallow');
    expect((await check(clone, '--strict')).code).toBe(1);
    // The full history answers: the words changed since the commit that wrote the adoption down.
    execFileSync('git', ['fetch', '-q', '--unshallow'], { cwd: clone });
    const full = (await check(clone)).stdout;
    expect(full).not.toContain('ondiepe kopie');
    expect(full).not.toContain('--unshallow');
  });

  it('says the history before the commit that added the file is not followed, where git does not connect it', async () => {
    const moved = tempRepo('clausemark-check-not-followed-');
    moved.write(FILE, adopted('Voor alle scholen.'));
    moved.commit('vastgesteld', '2025-03-26');
    moved.git('rm', '-q', FILE);
    moved.commit('weg', '2025-06-01');
    const rewritten = Array.from({ length: 12 }, (_, index) => `Artikel ${index + 1}: elke ouder meldt het.`);
    moved.write('policies/anker/klachten.md', adopted(rewritten.join(' ')));
    const addedIn = moved.commit('herschreven', '2025-06-02').slice(0, 7);
    const run = await runCli(['check', 'policies/anker/klachten.md', '--lang', 'nl'], { cwd: moved.root });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      `git kan niet laten zien of dit de vastgestelde tekst is: de geschiedenis vóór commit ${addedIn} is niet gevolgd`,
    );
  });
});

describe('approve of a step on a policy adopted by hand in a shallow clone', () => {
  const approve = (cwd: string) =>
    runCli(
      [
        'approve',
        FILE,
        ...['--step', 'informatie', '--name', 'M. Visser', '--role', 'Voorzitter GMR', '--date', '2025-06-01'],
        ...['--lang', 'nl'],
      ],
      { cwd },
    );

  it('says in one line that git cannot confirm the adoption, with git fetch --unshallow; a full clone not', async () => {
    const run = await approve(shallowClone());
    expect(run.code, run.stderr).toBe(0);
    const notes = run.stdout.split('\n').filter((line) => line.includes('ondiepe kopie'));
    expect(notes).toEqual([
      'let op: deze kopie heeft niet de volledige git-geschiedenis (ondiepe kopie), dus git kan niet bevestigen dat de tekst die zonder hash is vastgesteld de vastgestelde tekst is; haal de volledige geschiedenis op met `git fetch --unshallow`',
    ]);
    const full = join(mkdtempSync(join(tmpdir(), 'clausemark-approve-full-')), 'clone');
    execFileSync('git', ['clone', '-q', `file://${repo.root}`, full]);
    const inFull = await approve(full);
    expect(inFull.code, inFull.stderr).toBe(0);
    expect(inFull.stdout).not.toContain('git fetch');
  });
});
