// The git-diff job in-process (src/jobs/git-diff.ts): git's seven arguments in, the text report out.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitDiffOutput } from '../../src/jobs/git-diff.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';
import { tempProject } from '../brand/temp-project.js';

const FILE = policyPath('allure');
const CASPARUS = policyPath('casparus-college');
const REVISION = join(PROJECT_ROOT, 'policies/casparus-college/revisions/social-media-2.0.md');

/** git's arguments for `old` → `new` under the path `path`. */
const argsOf = (path: string, old: string, now: string): string[] => [
  path,
  old,
  'abc1234def',
  '100644',
  now,
  'def5678abc',
  '100644',
];

describe('gitDiffOutput', () => {
  it('an added file is compared with /dev/null: every clause added, no frontmatter changes', () => {
    const args = ['policies/allure/social-media.md', '/dev/null', '.', '.', FILE, 'abc1234def', '100644'];
    const output = gitDiffOutput(args, { root: PROJECT_ROOT, colour: false });
    expect(
      output.startsWith('clausemark diff a/policies/allure/social-media.md b/policies/allure/social-media.md\n'),
    ).toBe(true);
    expect(output).toContain('/dev/null');
    expect(output).toContain('toegevoegd');
    expect(output).not.toMatch(/\u001b\[/);
  });

  it('a version git cannot hand over is reported in the output, not thrown', () => {
    const args = ['p.md', '/no/such/file', 'a'.repeat(40), '100644', FILE, '0'.repeat(40), '100644'];
    expect(gitDiffOutput(args, { root: PROJECT_ROOT, colour: false })).toContain(
      'clausemark cannot compare these versions clause by clause: a/p.md: cannot read the version git handed over',
    );
  });

  it('cites each clause as `clausemark diff` does: a move by its old and new place, in words', () => {
    const output = gitDiffOutput(argsOf('social-media.md', CASPARUS, REVISION), { root: PROJECT_ROOT, colour: false });
    expect(output).toContain(
      '\nArtikel 3.1, lid 6 → Artikel 3.2, lid 2 (alle.professionele-rol)  [verplaatst · redactioneel]\n',
    );
    expect(output).toContain('\n1 artikel hernummerd: Artikel 3.2, lid 2 → Artikel 3.2, lid 4\n');
  });

  it('a brand that cannot be read leaves the clauses named by their numbers, and git still gets its diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-git-diff-brand-'));
    const branded = (file: string): string => {
      const copy = join(dir, file.split('/').pop() ?? 'x.md');
      writeFileSync(copy, readFileSync(file, 'utf8').replace(/^---\n/, '---\nbrand: no-such-brand\n'));
      return copy;
    };
    const output = gitDiffOutput(argsOf('social-media.md', branded(CASPARUS), branded(REVISION)), {
      root: PROJECT_ROOT,
      colour: false,
    });
    expect(output).toContain('\n3.1.6 → 3.2.2 (alle.professionele-rol)  [verplaatst · redactioneel]\n');
    expect(output).not.toContain('Artikel 3.1');
  });

  it("cites in the label patterns of the present version's brand, as its PDF numbers it; a deleted file too", () => {
    const project = tempProject();
    project.brand('school', 'labels:\n  sections: "Hoofdstuk %1"\n');
    const branded = (file: string, name: string): string =>
      project.write(name, readFileSync(file, 'utf8').replace(/^---\n/, '---\nbrand: school\n'));
    const old = branded(CASPARUS, 'oud.md');
    const output = gitDiffOutput(argsOf('social-media.md', old, branded(REVISION, 'nieuw.md')), {
      root: project.root,
      colour: false,
    });
    expect(output).toContain(
      '\nHoofdstuk 3.1, lid 6 → Hoofdstuk 3.2, lid 2 (alle.professionele-rol)  [verplaatst · redactioneel]\n',
    );
    const deleted = gitDiffOutput(['social-media.md', old, 'abc1234def', '100644', '/dev/null', '.', '.'], {
      root: project.root,
      colour: false,
    });
    expect(deleted).toMatch(/\nHoofdstuk 3\.1, lid 1 \(/);
    expect(deleted).not.toMatch(/\nArtikel \d/);
  });
});
