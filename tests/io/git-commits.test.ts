// What git says of a repository's commits (src/io/git.ts): where a shallow clone (`git clone --depth N`) cuts the
// history, and whether a word names a commit. Real repositories in temp dirs, a shallow clone made by git itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesCommit, shallowBoundary } from '../../src/io/git.js';
import { tempRepo } from '../support/git.js';

/** A repository of three commits, each changing policy.md. */
function threeCommits() {
  const repo = tempRepo('clausemark-git-commits-');
  const commits = ['een', 'twee', 'drie'].map((word) => {
    repo.write('policy.md', `${word}\n`);
    return repo.commit(word);
  });
  return { repo, commits };
}

const outsideGit = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-no-git-')), 'policy.md');

describe('where a shallow clone cuts the history', () => {
  it('is the commit its depth reaches back to; a full clone, and a file outside git, have none', () => {
    const { repo, commits } = threeCommits();
    for (const depth of [1, 2]) {
      const clone = join(mkdtempSync(join(tmpdir(), 'clausemark-shallow-')), 'clone');
      execFileSync('git', ['clone', '-q', '--depth', String(depth), `file://${repo.root}`, clone]);
      expect([...shallowBoundary(join(clone, 'policy.md'))]).toEqual([commits[3 - depth]]);
    }
    expect(shallowBoundary(join(repo.root, 'policy.md')).size).toBe(0);
    expect(shallowBoundary(outsideGit()).size).toBe(0);
  });
});

describe('whether a word names a commit', () => {
  it('is so for a commit of the repository holding the file, short or whole, in either case', () => {
    const { repo, commits } = threeCommits();
    const file = join(repo.root, 'policy.md');
    for (const commit of commits) {
      expect(namesCommit(file, commit)).toBe(true);
      expect(namesCommit(file, commit.slice(0, 7))).toBe(true);
      expect(namesCommit(file, commit.slice(0, 7).toUpperCase())).toBe(true);
    }
  });

  it('is not so for one it lacks, a word not of 7 to 40 hexadecimal characters, or a file outside git', () => {
    const { repo, commits } = threeCommits();
    const file = join(repo.root, 'policy.md');
    const lacking = ['0000000', 'fffffff'].find((word) => !commits.some((commit) => commit.startsWith(word)));
    expect(namesCommit(file, lacking as string)).toBe(false);
    expect(namesCommit(file, (commits[0] as string).slice(0, 6))).toBe(false);
    expect(namesCommit(file, 'HEAD')).toBe(false);
    expect(namesCommit(file, '--all')).toBe(false);
    expect(namesCommit(outsideGit(), (commits[0] as string).slice(0, 7))).toBe(false);
  });
});
