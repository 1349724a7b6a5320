// Real git repositories in temp dirs, for tests of history-aware features.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempRepo {
  root: string;
  write(path: string, text: string): string;
  /** Commits all; with `date` (YYYY-MM-DD) as the day it was made, for a history that reaches back. */
  commit(message: string, date?: string): string;
  git(...args: string[]): string;
}

/**
 * Who commits, and no signing whatever the user's git config says: given to every git the helper runs instead of
 * written with `git config` (a process per repository).
 */
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 't@example.org',
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'commit.gpgsign',
  GIT_CONFIG_VALUE_0: 'false',
};

/**
 * The commit HEAD names, read from the repository's files (a fresh repository keeps its refs loose) instead of a `git
 * rev-parse` process per commit; asks git when the ref is not a loose file.
 */
function headOf(root: string, git: (...args: string[]) => string): string {
  const head = readFileSync(join(root, '.git', 'HEAD'), 'utf8').trim();
  if (/^[0-9a-f]{40}$/.test(head)) return head;
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
  const loose = ref === undefined ? undefined : join(root, '.git', ...ref.split('/'));
  if (loose !== undefined && existsSync(loose)) return readFileSync(loose, 'utf8').trim();
  return git('rev-parse', 'HEAD').trim();
}

export function tempRepo(prefix = 'clausemark-git-'): TempRepo {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  git('init', '-q', '-b', 'main');
  return {
    root,
    git,
    write(path, text) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      return full;
    },
    commit(message, date) {
      git('add', '-A');
      if (date === undefined) git('commit', '-q', '-m', message);
      else
        execFileSync('git', ['commit', '-q', '-m', message], {
          cwd: root,
          env: {
            ...process.env,
            ...GIT_ENV,
            GIT_AUTHOR_DATE: `${date}T12:00:00`,
            GIT_COMMITTER_DATE: `${date}T12:00:00`,
          },
        });
      return headOf(root, git);
    },
  };
}
