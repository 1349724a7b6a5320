import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo } from '../support/git.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';
import { DEFAULT_META, markdownOf, type SectionSpec } from '../diff/fixtures.js';
import { wantsColour } from '../../src/cli/report.js';

const REVISION = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');
const APPROVED = policyPath('casparus-college');
const NO_STACK = /\n\s+at /;

function policy(status: string, version: string, clauses: { id: string; text: string }[]): string {
  const sections: SectionSpec[] = [{ title: 'Regels', id: 'regels', clauses }];
  return markdownOf({ meta: { ...DEFAULT_META, status, version }, sections });
}

const ONE = { id: 'r.telefoon', text: 'Leerlingen mogen hun telefoon in de pauze gebruiken.' };
const TWO = { id: 'r.klimaat', text: 'Dit draagt bij aan een veilig school-en onderwijsklimaat.' };

function files(oldText: string, newText: string): { dir: string; a: string; b: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-diff-'));
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  writeFileSync(a, oldText);
  writeFileSync(b, newText);
  return { dir, a, b };
}

describe('clausemark diff OLD NEW (CLI)', () => {
  it('the example revision: exit 1, plain word redline when piped, summary first', async () => {
    const run = await runCli(['diff', '--exit-code', APPROVED, REVISION]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    const lines = run.stdout.split('\n');
    expect(lines.indexOf('9 wijzigingen: 4 inhoudelijk, 5 redactioneel')).toBe(5);
    expect(run.stdout).toContain('goed en veilig school-{+ +}en onderwijsklimaat.');
    expect(run.stdout).toContain('[-neemt-]{+moet+} de medewerker {+vóór publicatie +}contact');
    expect(run.stdout).toContain('Artikel 3.2, lid 3 (werk.whatsapp)  [toegevoegd · inhoudelijk]');
    expect(run.stdout).toContain('(alle.plichtsverzuim → alle.plichtsverzuim + alle.maatregelen)  [gesplitst');
    expect(run.stdout).toContain(
      'Artikel 3.1, lid 6 → Artikel 3.2, lid 2 (alle.professionele-rol)  [verplaatst · redactioneel]',
    );
    expect(run.stdout).toContain('Artikel 4 (bedenk.inhoudelijk)  [verwijderd · inhoudelijk]');
    expect(run.stdout).toContain('\n1 artikel hernummerd: Artikel 3.2, lid 2 → Artikel 3.2, lid 4\n');
  });

  it('identical versions and a file compared with itself: exit 0, and it says so', async () => {
    const same = await runCli(['diff', APPROVED, APPROVED]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Geen wijzigingen');
    expect(same.stderr).toContain('both arguments name the same file');
    const text = policy('draft', '1.0', [ONE]);
    const { a, b } = files(text, text);
    const equal = await runCli(['diff', a, b]);
    expect(equal.code).toBe(0);
    expect(equal.stderr).toBe('');
  });

  it('--ignore-editorial: exit 0 when only editorial changes remain, 1 when a substantive one does', async () => {
    const { a, b } = files(
      policy('draft', '1.0', [ONE, TWO]),
      policy('draft', '1.1', [ONE, { ...TWO, text: 'Dit draagt bij aan een veilig school- en onderwijsklimaat.' }]),
    );
    expect((await runCli(['diff', '--exit-code', a, b])).code).toBe(1);
    const ignoring = await runCli(['diff', '--exit-code', '--ignore-editorial', a, b]);
    expect(ignoring.code).toBe(0);
    expect(ignoring.stdout).toContain('(1 redactionele wijziging niet getoond)');
    expect(ignoring.stdout).not.toContain('r.klimaat');
    expect((await runCli(['diff', '--exit-code', '--ignore-editorial', APPROVED, REVISION])).code).toBe(1);
  });

  it('a new level or owner is a difference: exit 1 with --exit-code, named in Dutch (audit: "Geen wijzigingen")', async () => {
    const adopted = (level: string, owner: string): string =>
      markdownOf({
        meta: { ...DEFAULT_META, status: 'draft', kind: 'klachtenregeling', level, owner },
        sections: [{ title: 'Regels', id: 'regels', clauses: [ONE] }],
      });
    const { a, b } = files(adopted('bestuur', 'Beleidsmedewerker'), adopted('school', 'Bestuurssecretaris'));
    const run = await runCli(['diff', '--exit-code', a, b]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('Geen wijzigingen\n');
    expect(run.stdout).toContain('Geen wijzigingen in de tekst; documentgegevens gewijzigd (2)');
    expect(run.stdout).toContain('  Niveau (bestuur of school): bestuur → school\n');
    expect(run.stdout).toContain('  Eigenaar: Beleidsmedewerker → Bestuurssecretaris\n');
  });

  it('--ignore-editorial counts only what is editorial: renumbered clauses keep their line', async () => {
    const THREE = { id: 'r.nieuw', text: 'Leerlingen melden pesten bij hun mentor.' };
    const { a, b } = files(policy('draft', '1.0', [ONE, TWO]), policy('draft', '1.0', [THREE, ONE, TWO]));
    const run = await runCli(['diff', '--ignore-editorial', a, b]);
    expect(run.stdout).not.toContain('niet getoond');
    expect(run.stdout).toContain(
      '\n2 artikelen hernummerd: Artikel 1, lid 1 → Artikel 1, lid 2; Artikel 1, lid 2 → Artikel 1, lid 3\n',
    );
    const json = await runCli(['diff', '--ignore-editorial', '--format', 'json', a, b]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ignoredEditorial: 0, summary: { renumbered: 2, total: 1 } });
  });

  it('--format json, md and text --out', async () => {
    const json = await runCli(['diff', '--exit-code', '--format', 'json', APPROVED, REVISION]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { schemaVersion: number; summary: { total: number }; changes: unknown[] };
    expect(parsed.schemaVersion).toBe(3);
    // The one renumbered-only entry is in `changes` (and summary.renumbered), not in the headline total.
    expect(parsed.summary.total).toBe(9);
    expect(parsed.changes).toHaveLength(10);

    const md = await runCli(['diff', '--format', 'md', APPROVED, REVISION]);
    expect(md.stdout).toMatch(/^## Protocol sociale media — Casparus College\n/);
    expect(md.stdout).toContain('| **inhoudelijk** | **4** |');

    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-diff-'));
    const out = join(dir, 'report.txt');
    const written = await runCli(['diff', '--out', out, APPROVED, REVISION]);
    expect(written.stdout).toBe('');
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('9 wijzigingen: 4 inhoudelijk, 5 redactioneel');
  });

  it('--format html goes to out/<org>/<id>-<old>-to-<new>.html by default, or to --out', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'clausemark-cli-diff-'));
    const run = await runCli(['diff', '--format', 'html', APPROVED, REVISION], { cwd });
    expect(run.code).toBe(0);
    const target = join('out', 'casparus-college', 'social-media-1.0-to-2.0.html');
    expect(run.stdout).toBe(`wrote ${target}\n`);
    const html = readFileSync(join(cwd, target), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('werk.whatsapp');
    const chosen = join(cwd, 'board.html');
    expect((await runCli(['diff', '--format', 'html', '--out', chosen, APPROVED, REVISION])).code).toBe(0);
    expect(existsSync(chosen)).toBe(true);
    const toStdout = await runCli(['diff', '--format', 'html', '--out', '-', APPROVED, REVISION]);
    expect(toStdout.stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('--format pdf writes the board pack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-diff-'));
    const out = join(dir, 'pack.pdf');
    const run = await runCli(['diff', '--format', 'pdf', '--out', out, APPROVED, REVISION]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exits 0 when it made the comparison, different or not; --exit-code gives git diff --exit-code 1 (issue 43)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-diff-'));
    // A scheduled task that writes the board pack reads success: the file was asked for and written.
    expect((await runCli(['diff', APPROVED, REVISION])).code).toBe(0);
    expect((await runCli(['diff', '--format', 'pdf', '--out', join(dir, 'a.pdf'), APPROVED, REVISION])).code).toBe(0);
    // A script asks for git's answer: 1 when the versions differ (the file still written), 0 when they do not.
    const pack = join(dir, 'b.pdf');
    expect((await runCli(['diff', '--exit-code', '--format', 'pdf', '--out', pack, APPROVED, REVISION])).code).toBe(1);
    expect(existsSync(pack)).toBe(true);
    expect((await runCli(['diff', '--exit-code', APPROVED, APPROVED])).code).toBe(0);
  });

  it('trouble exits 2 without a stack trace: missing file, not a policy, unknown format', async () => {
    const missing = await runCli(['diff', 'nope/missing.md', APPROVED]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope/missing.md: no such file');
    expect(missing.stderr).not.toMatch(NO_STACK);

    const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-diff-'));
    const binary = join(dir, 'photo.md');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const notPolicy = await runCli(['diff', binary, APPROVED]);
    expect(notPolicy.code).toBe(2);
    expect(notPolicy.stderr).toMatch(/photo\.md:1:\d+: this is a binary file/);
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, '---\ntitle: [open\n---\n');
    const fatal = await runCli(['diff', APPROVED, broken]);
    expect(fatal.code).toBe(2);
    expect(fatal.stderr).toMatch(/broken\.md:\d+:\d+: not a readable policy: invalid YAML/);
    expect(fatal.stderr).not.toMatch(NO_STACK);

    expect((await runCli(['diff', '--format', 'rtf', APPROVED, REVISION])).code).toBe(2);
    expect((await runCli(['diff', APPROVED, REVISION, REVISION])).code).toBe(2);
  });
});

describe('clausemark diff with git history (CLI)', () => {
  function repository() {
    const repo = tempRepo();
    const file = repo.write('policies/school/regels.md', policy('approved', '1.0', [ONE, TWO]));
    const approved = repo.commit('vastgesteld 1.0');
    repo.write(
      'policies/school/regels.md',
      policy('draft', '1.1', [{ ...ONE, text: 'Leerlingen moeten hun telefoon in de kluis bewaren.' }, TWO]),
    );
    repo.commit('concept 1.1');
    return { repo, file, approved };
  }

  it('FILE alone compares the last approved commit with the working copy', async () => {
    const { repo, file, approved } = repository();
    const run = await runCli(['diff', '--exit-code', 'policies/school/regels.md'], { cwd: repo.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`− policies/school/regels.md @ ${approved.slice(0, 7)} · 1.0 · Vastgesteld`);
    expect(run.stdout).toContain('+ policies/school/regels.md @ working copy · 1.1 · Concept');
    expect(run.stdout).toContain('Leerlingen [-mogen-]{+moeten+} hun telefoon');
    // Back to the approved text: nothing to report, and clausemark says so.
    writeFileSync(file, policy('approved', '1.0', [ONE, TWO]));
    const unchanged = await runCli(['diff', 'policies/school/regels.md'], { cwd: repo.root });
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain('Geen wijzigingen');
    expect(unchanged.stderr).toContain(
      `no changes since the last approved version (1.0, commit ${approved.slice(0, 7)}`,
    );
  });

  it('--from and --to name git revisions; the JSON carries them', async () => {
    const { repo } = repository();
    const run = await runCli(
      ['diff', '--exit-code', 'policies/school/regels.md', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json'],
      {
        cwd: repo.root,
      },
    );
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      old: { revision: string; version: string };
      new: { revision: string; version: string };
    };
    expect(json.old).toMatchObject({ version: '1.0', revision: expect.stringMatching(/^HEAD~1 \([0-9a-f]{7}\)$/) });
    expect(json.new).toMatchObject({ version: '1.1', revision: expect.stringMatching(/^HEAD \([0-9a-f]{7}\)$/) });
    const same = await runCli(['diff', 'policies/school/regels.md', '--from', 'HEAD', '--to', 'main'], {
      cwd: repo.root,
    });
    expect(same.code).toBe(0);
    expect(same.stderr).toContain('--from and --to name the same commit');
  });

  it('errors: unknown revision, no approved version, file not in git — exit 2 with a hint', async () => {
    const { repo } = repository();
    const unknown = await runCli(['diff', 'policies/school/regels.md', '--from', 'v9'], { cwd: repo.root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('v9: git has no revision "v9"');
    expect(unknown.stderr).toContain('fix: ');

    repo.write('policies/school/concept.md', policy('draft', '0.1', [ONE]));
    repo.commit('concept');
    const none = await runCli(['diff', 'policies/school/concept.md'], { cwd: repo.root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('none of the 1 committed versions has status: approved');
    expect(none.stderr).toContain('--from REV');

    const { a } = files(policy('approved', '1.0', [ONE]), '');
    const outside = await runCli(['diff', a]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('the file is not in a git repository');
    expect(outside.stderr).not.toMatch(NO_STACK);
  });
});

describe('colour', () => {
  it('only on a terminal, and never with NO_COLOR', () => {
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect(wantsColour({ isTTY: true } as NodeJS.WriteStream)).toBe(true);
      expect(wantsColour({ isTTY: false } as NodeJS.WriteStream)).toBe(false);
      process.env.NO_COLOR = '1';
      expect(wantsColour({ isTTY: true } as NodeJS.WriteStream)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});

describe('clausemark textconv (CLI)', () => {
  it('prints the policy one clause per line; a missing file is exit 2', async () => {
    const run = await runCli(['textconv', APPROVED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nup.belang\t1.1  Casparus College onderkent de mogelijkheden van sociale media.\n');
    const missing = await runCli(['textconv', 'nope/missing.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope/missing.md: no such file');
  });
});
