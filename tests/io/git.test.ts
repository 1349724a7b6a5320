// A file's history from git: a revision that names nothing, a file not yet in it, or a file outside any repository
// is a clear error, worded from templates/messages/en.yaml and carrying its ids (src/io/git.ts). Driven on a real
// repository in a temp folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  blobAt,
  committedTime,
  fileAtRevision,
  fileBytesAtRevision,
  fileVersions,
  gitFile,
  requireGitFile,
  resolveRevision,
} from '../../src/io/git.js';
import { tempRepo } from '../support/git.js';
import { thrownError } from '../support/thrown.js';

let repo: string;
let file: string;
let later: string;
const run = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'clausemark-git-'));
  run(repo, 'init', '-q');
  file = join(repo, 'beleid.md');
  writeFileSync(file, 'versie één\n');
  run(repo, 'add', 'beleid.md');
  run(repo, 'commit', '-q', '-m', 'een');
  later = join(repo, 'later.md');
  writeFileSync(later, 'nieuw\n');
  run(repo, 'add', 'later.md');
  run(repo, 'commit', '-q', '-m', 'twee');
});

describe('git history', () => {
  it('reads a file at a revision, as text and as bytes', () => {
    expect(fileAtRevision(file, 'HEAD')).toBe('versie één\n');
    expect(new TextDecoder().decode(fileBytesAtRevision(file, 'HEAD~1'))).toBe('versie één\n');
    expect(resolveRevision(file, 'HEAD')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('words its errors by id, with the revision as a value', () => {
    const unknown = thrownError(() => fileAtRevision(file, 'v9.9'));
    expect(unknown.message).toBe('git has no revision "v9.9"');
    expect(unknown.finding).toMatchObject({
      ruleId: 'unknown-revision',
      messageId: 'unknown-revision.message',
      fixId: 'unknown-revision.fix',
      params: { revision: 'v9.9' },
      fix: 'use a commit hash, tag or branch that exists (see `git log --oneline`)',
    });
    const option = thrownError(() => resolveRevision(file, '--all'));
    expect([option.message, option.finding.messageId]).toEqual(['"--all" is not a revision', 'bad-revision.message']);
    const notYet = thrownError(() => fileBytesAtRevision(later, 'HEAD~1'));
    expect([notYet.message, notYet.finding.messageId]).toEqual([
      'the file did not exist at revision "HEAD~1"',
      'not-at-revision.message',
    ]);
    const outside = join(mkdtempSync(join(tmpdir(), 'clausemark-nogit-')), 'beleid.md');
    writeFileSync(outside, 'x\n');
    const noRepo = thrownError(() => fileAtRevision(outside, 'HEAD'));
    expect([noRepo.message, noRepo.finding.messageId]).toEqual([
      'the file is not in a git repository',
      'not-in-git.message',
    ]);
  });
});

describe('a file found in its repository once', () => {
  it('gives the answers its name gives, with no git process to find the repository again', () => {
    const tracked = gitFile(file);
    expect(tracked).toEqual({ file, root: realpathSync(repo), path: 'beleid.md' });
    if (!tracked) return;
    expect(requireGitFile(tracked)).toBe(tracked);
    expect(fileVersions(tracked)).toEqual(fileVersions(file));
    const [version] = fileVersions(tracked);
    expect(new TextDecoder().decode(blobAt(tracked, version!.commit, version!.path))).toBe('versie één\n');
    expect(fileAtRevision(tracked, 'HEAD')).toBe(fileAtRevision(file, 'HEAD'));
    expect(resolveRevision(tracked, 'HEAD~1')).toBe(resolveRevision(file, 'HEAD~1'));
    const notYet = thrownError(() => fileBytesAtRevision(requireGitFile(later), 'HEAD~1'));
    expect(notYet.place).toEqual({ file: later, argument: 'HEAD~1' });
  });

  it('keeps the repository, not its answers: a commit made after it was found is in the next history read', () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-git-later-'));
    run(folder, 'init', '-q');
    const policy = join(folder, 'regels.md');
    writeFileSync(policy, 'een\n');
    run(folder, 'add', 'regels.md');
    run(folder, 'commit', '-q', '-m', 'een');
    const tracked = requireGitFile(policy);
    expect(fileVersions(tracked).map((version) => version.subject)).toEqual(['een']);
    writeFileSync(policy, 'twee\n');
    run(folder, 'commit', '-q', '-a', '-m', 'twee');
    expect(fileVersions(tracked).map((version) => version.subject)).toEqual(['twee', 'een']);
    expect(fileAtRevision(tracked, 'HEAD')).toBe('twee\n');
  });

  it('is not found outside a repository, where asking for it by name is the clear error', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'clausemark-nogit-')), 'beleid.md');
    writeFileSync(outside, 'x\n');
    expect(gitFile(outside)).toBeUndefined();
    expect(thrownError(() => requireGitFile(resolve(outside))).finding.messageId).toBe('not-in-git.message');
  });
});

describe('when a file was last committed', () => {
  it("is the commit's time in a repository and in a linked work tree (whose .git is a file), else unknown", () => {
    const head = Number(run(repo, 'log', '-1', '--format=%ct', '--', 'beleid.md').trim());
    expect(committedTime(file)).toBe(head);
    const linked = join(mkdtempSync(join(tmpdir(), 'clausemark-git-linked-')), 'wt');
    run(repo, 'worktree', 'add', '-q', linked);
    expect(committedTime(join(linked, 'beleid.md'))).toBe(head);
    const subfolder = join(linked, 'school');
    mkdirSync(subfolder);
    writeFileSync(join(subfolder, 'nieuw.md'), 'x\n');
    run(linked, 'add', 'school/nieuw.md');
    run(linked, 'commit', '-q', '-m', 'drie');
    expect(committedTime(join(subfolder, 'nieuw.md'))).toBe(Number(run(linked, 'log', '-1', '--format=%ct').trim()));
    const outside = join(mkdtempSync(join(tmpdir(), 'clausemark-nogit-')), 'beleid.md');
    writeFileSync(outside, 'x\n');
    expect(committedTime(outside)).toBeUndefined();
  });

  it('is asked of git once per state of the file and its repository in a run, and anew when either changes', () => {
    const repository = tempRepo('clausemark-git-committed-');
    const policy = repository.write('beleid.md', 'een\n');
    const dated = (date: string): void => {
      process.env.GIT_COMMITTER_DATE = date;
      try {
        repository.commit(date);
      } finally {
        delete process.env.GIT_COMMITTER_DATE;
      }
    };
    dated('2024-01-01T00:00:00Z');
    expect(committedTime(policy)).toBe(Date.UTC(2024, 0, 1) / 1000);
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      expect(committedTime(policy), 'answered without git: it cannot be run').toBe(Date.UTC(2024, 0, 1) / 1000);
      writeFileSync(policy, 'twee\n');
      expect(committedTime(policy), 'the file edited: git asked, and not to be had').toBeUndefined();
    } finally {
      process.env.PATH = path;
    }
    expect(committedTime(policy), 'edited, not committed').toBeUndefined();
    dated('2024-02-01T00:00:00Z');
    expect(committedTime(policy), 'a new commit').toBe(Date.UTC(2024, 1, 1) / 1000);
    repository.write('.gitattributes', '*.md -text\n');
    repository.git('add', '.gitattributes');
    expect(committedTime(policy), 'the index changed: asked again, the same answer').toBe(Date.UTC(2024, 1, 1) / 1000);
  });
});
