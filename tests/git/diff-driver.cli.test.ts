// clausemark as git's diff driver and textconv filter, configured the way docs/diff.md tells a user to, in a real
// temporary repository.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from '../support/git.js';
import { assertCliLane, CLI } from '../support/cli.js';
import { DEFAULT_META, markdownOf, type SectionSpec } from '../diff/fixtures.js';

assertCliLane();
const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
const COMMAND = `${shellQuote(process.execPath)} ${shellQuote(CLI)}`;

function policy(version: string, clauses: { id: string; text: string }[]): string {
  const sections: SectionSpec[] = [{ title: 'Regels', id: 'regels', clauses }];
  return markdownOf({ meta: { ...DEFAULT_META, version }, sections });
}

const V1 = [
  { id: 'r.telefoon', text: 'Leerlingen mogen hun telefoon in de pauze gebruiken.' },
  { id: 'r.klimaat', text: 'Dit draagt bij aan een veilig school-en onderwijsklimaat.' },
  { id: 'r.oud', text: 'Medewerkers reageren inhoudelijk op stukken van anderen.' },
];
const V2 = [
  { id: 'r.telefoon', text: 'Leerlingen moeten hun telefoon in de kluis bewaren.' },
  { id: 'r.klimaat', text: 'Dit draagt bij aan een veilig school- en onderwijsklimaat.' },
];

/** Runs git as a user would, capturing stdout and the exit code (git's own env for the commit identity). */
function gitRun(
  repo: TempRepo,
  args: string[],
  env: Record<string, string> = {},
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync('git', args, {
    cwd: repo.root,
    encoding: 'utf8',
    env: { ...process.env, GIT_PAGER: 'cat', PAGER: 'cat', NO_COLOR: '1', ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function twoVersions(): TempRepo {
  const repo = tempRepo();
  repo.write('.gitattributes', '*.md diff=clausemark\n');
  repo.write('policies/school/regels.md', policy('1.0', V1));
  repo.commit('1.0');
  repo.write('policies/school/regels.md', policy('2.0', V2));
  repo.commit('2.0');
  return repo;
}

describe('git external diff driver: clausemark git-diff', () => {
  it('`git diff HEAD~1 -- file` prints the clause diff and git exits 0', () => {
    const repo = twoVersions();
    repo.git('config', 'diff.clausemark.command', `${COMMAND} git-diff`);
    const run = gitRun(repo, ['diff', 'HEAD~1', '--', 'policies/school/regels.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^clausemark diff a\/policies\/school\/regels\.md b\/policies\/school\/regels\.md\n/);
    expect(run.stdout).toContain('Versie 2.0 vergeleken met versie 1.0');
    expect(run.stdout).toContain('3 wijzigingen: 2 inhoudelijk, 1 redactioneel');
    expect(run.stdout).toContain('Artikel 1, lid 1 (r.telefoon)  [gewijzigd · inhoudelijk]');
    expect(run.stdout).toContain('Leerlingen [-mogen-]{+moeten+} hun telefoon');
    expect(run.stdout).toContain('veilig school-{+ +}en onderwijsklimaat.');
    expect(run.stdout).toContain('(r.oud)  [verwijderd · inhoudelijk]');
    expect(run.stdout).toContain('Versie: 1.0 → 2.0');
    // The working copy against HEAD: git passes the work tree file itself.
    repo.write(
      'policies/school/regels.md',
      policy('2.0', [...V2, { id: 'r.nieuw', text: 'WhatsApp-groepen hebben twee beheerders.' }]),
    );
    const working = gitRun(repo, ['diff', '--', 'policies/school/regels.md']);
    expect(working.code).toBe(0);
    expect(working.stdout).toContain('@ working copy');
    expect(working.stdout).toContain('{+WhatsApp-groepen hebben twee beheerders.+}');
  });

  it('added and deleted files (/dev/null), and a file that is not a policy, never make git fail', () => {
    const repo = twoVersions();
    repo.git('config', 'diff.clausemark.command', `${COMMAND} git-diff`);
    repo.write('policies/school/nieuw.md', policy('1.0', V1));
    repo.write('policies/school/kapot.md', '---\ntitle: "open\n---\n');
    repo.commit('add');
    const added = gitRun(repo, ['diff', 'HEAD~1', 'HEAD']);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('clausemark diff a/policies/school/nieuw.md b/policies/school/nieuw.md');
    expect(added.stdout).toContain('  − /dev/null\n');
    expect(added.stdout).toContain('toegevoegd 4');
    expect(added.stdout).toContain(
      'clausemark cannot compare these versions clause by clause: b/policies/school/kapot.md:2:',
    );
    repo.git('rm', '-q', 'policies/school/nieuw.md');
    repo.commit('delete');
    const deleted = gitRun(repo, ['diff', 'HEAD~1', 'HEAD']);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain('  + /dev/null\n');
    expect(deleted.stdout).toContain('verwijderd 4');
  });

  it('works one-off through GIT_EXTERNAL_DIFF', () => {
    const repo = twoVersions();
    const run = gitRun(repo, ['diff', 'HEAD~1', '--', 'policies/school/regels.md'], {
      GIT_EXTERNAL_DIFF: `${COMMAND} git-diff`,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Leerlingen [-mogen-]{+moeten+} hun telefoon');
  });

  it("refuses to run without git's arguments (exit 2), and reports an unmerged path", () => {
    const wrong = spawnSync(process.execPath, [CLI, 'git-diff', 'a', 'b'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('expected the 7 (or 9) arguments git passes, got 2');
    const unmerged = spawnSync(process.execPath, [CLI, 'git-diff', 'policies/x.md'], { encoding: 'utf8' });
    expect(unmerged.status).toBe(0);
    expect(unmerged.stdout).toBe('* Unmerged path policies/x.md\n');
  });
});

describe('git textconv: clausemark textconv', () => {
  function withTextconv(): TempRepo {
    const repo = twoVersions();
    repo.git('config', 'diff.clausemark.textconv', `${COMMAND} textconv`);
    return repo;
  }

  it('`git log -p` shows changes clause by clause, one line per clause with its id', () => {
    const repo = withTextconv();
    const run = gitRun(repo, ['log', '-p', '-1', '--format=%s', '--', 'policies/school/regels.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('-version: 1.0\n+version: 2.0\n');
    expect(run.stdout).toContain('-r.telefoon\t1.1  Leerlingen mogen hun telefoon in de pauze gebruiken.\n');
    expect(run.stdout).toContain('+r.telefoon\t1.1  Leerlingen moeten hun telefoon in de kluis bewaren.\n');
    expect(run.stdout).toContain('-r.oud\t1.3  Medewerkers reageren inhoudelijk op stukken van anderen.\n');
    expect(run.stdout).toContain(' ## regels Regels\n');
  });

  it("`git diff --word-diff` marks the changed words on the clause's own line", () => {
    const repo = withTextconv();
    const run = gitRun(repo, ['diff', '--word-diff', 'HEAD~1', '--', 'policies/school/regels.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '\nr.klimaat\t1.2  Dit draagt bij aan een veilig [-school-en-]{+school- en+} onderwijsklimaat.',
    );
    expect(run.stdout).toContain(
      'r.telefoon\t1.1  Leerlingen [-mogen-]{+moeten+} hun telefoon in de [-pauze gebruiken.-]{+kluis bewaren.+}\n',
    );
  });

  it('with both configured, git diff uses the driver and --no-ext-diff the textconv', () => {
    const repo = withTextconv();
    repo.git('config', 'diff.clausemark.command', `${COMMAND} git-diff`);
    expect(gitRun(repo, ['diff', 'HEAD~1']).stdout).toContain('[gewijzigd · inhoudelijk]');
    expect(gitRun(repo, ['diff', '--no-ext-diff', 'HEAD~1']).stdout).toContain('+r.telefoon\t1.1  ');
  });

  it('plain Markdown (no frontmatter, no ids) gets synthetic ids; a binary file passes through unchanged', () => {
    const repo = tempRepo();
    repo.write('.gitattributes', '*.md diff=clausemark\n');
    repo.git('config', 'diff.clausemark.textconv', `${COMMAND} textconv`);
    repo.write('notes.md', '# Notities\n\n## Afspraken\n\nWe beginnen om negen uur.\n\nWe stoppen om vijf uur.\n');
    repo.commit('notes');
    repo.write('notes.md', '# Notities\n\n## Afspraken\n\nWe beginnen om half negen.\n\nWe stoppen om vijf uur.\n');
    const run = gitRun(repo, ['diff']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\n-[a-z0-9._-]+\t(1 {2})?We beginnen om negen uur\.\n\+[a-z0-9._-]+\t(1 {2})?We beginnen om half negen\.\n/,
    );
    expect(run.stdout).toMatch(/\n ## [a-z0-9._-]+ Afspraken\n/);

    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0xff]);
    writeFileSync(join(repo.root, 'blob.md'), bytes);
    const passed = spawnSync(process.execPath, [CLI, 'textconv', join(repo.root, 'blob.md')]);
    expect(passed.status).toBe(0);
    expect(Buffer.from(passed.stdout).equals(bytes)).toBe(true);
  });
});
