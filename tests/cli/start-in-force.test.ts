// Issue 26 item 8, for `npm start`: a policy revised in place (the adopted file edited into the next version, as
// docs/diff.md has it) keeps its version in force in view. `start` lists the adopted 2.0 from git under the 2.1
// proposal in its table and makes the board pack 2.0 → 2.1, as it does for a revision in a file of its own.
// Through the CLI, in a real git repository; the board pack is read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo } from '../support/git.js';
import { needTool } from '../support/tools.js';

const ADOPTED = `---
id: privacy
title: Privacyreglement
organisation: De School
version: "2.0"
lang: nl
---

## Doel {#doel}

1. {#doel.zorg} De school gaat zorgvuldig om met persoonsgegevens.
`;

/** The table's line of a version, by its version and status columns. */
function tableLine(stdout: string, pattern: RegExp): string | undefined {
  return stdout.split('\n').find((line) => pattern.test(line));
}

describe('npm start on a policy revised in place (item 8)', () => {
  it('lists the adopted 2.0 from git under the 2.1 proposal and makes the 2.0 → 2.1 board pack', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const repo = tempRepo('clausemark-start-in-force-');
    const file = repo.write('policies/school/privacy.md', ADOPTED);
    const approve = await runCli(
      ['approve', file, '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
      { cwd: repo.root },
    );
    expect(approve.code, approve.stderr).toBe(0);
    const commit = repo.commit('privacyreglement 2.0 vastgesteld').slice(0, 7);
    const adopted = readFileSync(file, 'utf8');
    // The proposal as it goes to the board: the next version, its approvals still to come.
    writeFileSync(
      file,
      adopted
        .replace(/^approvals:\n(?: .*\n)+/m, '')
        .replace('version: "2.0"', 'version: "2.1"')
        .replace('status: approved', 'status: proposed')
        .replace('gaat zorgvuldig', 'gaat uiterst zorgvuldig'),
    );

    const run = await runCli(['start', '--out', 'out'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    const proposal = tableLine(run.stdout, /Privacyreglement +2\.1 +proposed/);
    const inForce = tableLine(run.stdout, /Privacyreglement +2\.0 /);
    expect(proposal, run.stdout).toBeDefined();
    expect(inForce, run.stdout).toMatch(
      // The day of the adoption, not of the commit; the commit as where the text was read.
      new RegExp(`2\\.0 +adopted 10 January 2026; text from git ${commit} +1 +read from git, not checked`),
    );
    // Listed under its proposal, not somewhere else in the table.
    const lines = run.stdout.split('\n');
    expect(lines.indexOf(inForce ?? '')).toBe(lines.indexOf(proposal ?? '') + 1);

    const pack = join(repo.root, 'out', 'school', 'privacy-2.0-to-2.1.pdf');
    expect(run.stdout).toContain('privacy-2.0-to-2.1.pdf (board pack 2.0 → 2.1)');
    expect(existsSync(pack)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pack, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('uiterst');
    expect(text).toContain('2.0');
    expect(text).toContain('2.1');

    // A second run finds it up to date (the stamp counts the version in force among the sources).
    const again = await runCli(['start', '--out', 'out'], { cwd: repo.root });
    expect(again.stdout).toContain('privacy-2.0-to-2.1.pdf (board pack 2.0 → 2.1, up to date)');
  });

  it('makes the board pack again when another text of 2.0 is adopted in git, the proposal unchanged', async () => {
    const repo = tempRepo('clausemark-start-in-force-again-');
    const file = repo.write('policies/school/privacy.md', ADOPTED);
    const adopt = async (): Promise<void> => {
      const approve = await runCli(
        ['approve', file, '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
        { cwd: repo.root },
      );
      expect(approve.code, approve.stderr).toBe(0);
      repo.commit('privacyreglement 2.0 vastgesteld');
    };
    const PROPOSAL = ADOPTED.replace('version: "2.0"', 'version: "2.1"').replace(
      'gaat zorgvuldig',
      'gaat uiterst zorgvuldig',
    );
    await adopt();
    writeFileSync(file, PROPOSAL);
    const first = await runCli(['start', '--out', 'out'], { cwd: repo.root });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('privacy-2.0-to-2.1.pdf (board pack 2.0 → 2.1)');

    // 2.0 corrected and adopted again; the proposal in the working copy is the same file as before.
    writeFileSync(file, ADOPTED.replace('gaat zorgvuldig', 'gaat altijd zorgvuldig'));
    await adopt();
    writeFileSync(file, PROPOSAL);
    const second = await runCli(['start', '--out', 'out'], { cwd: repo.root });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('privacy-2.0-to-2.1.pdf (board pack 2.0 → 2.1)');
    expect(second.stdout).not.toContain('2.1, up to date');
  });

  it('lists no version in force for a policy adopted as it stands', async () => {
    const repo = tempRepo('clausemark-start-in-force-none-');
    const file = repo.write('policies/school/privacy.md', ADOPTED);
    const approve = await runCli(
      ['approve', file, '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
      { cwd: repo.root },
    );
    expect(approve.code, approve.stderr).toBe(0);
    repo.commit('privacyreglement 2.0 vastgesteld');
    const run = await runCli(['start', '--out', 'out'], { cwd: repo.root });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('in git');
    expect(run.stdout).not.toContain('board pack');
  });
});
