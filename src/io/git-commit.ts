// The history the workplace keeps for an officer who never sees git (`clausemark serve`, /werkplek/): each action that
// changed files is one commit of exactly those files, by the officer, with a message saying what was done; a project
// folder that is no repository yet becomes one on first use. Plain `git` with its arguments as an array (no shell);
// the officer's other changes, staged or not, stay out of the commit (`--only`).
import { execFileSync } from 'node:child_process';
import { join, relative, resolve, sep } from 'node:path';
import { repositoryRoot } from './git.js';

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

/** The repository around `folder`, made there first when there is none; `created` says whether it was made now. */
export function ensureRepository(folder: string): { root: string; created: boolean } {
  // repositoryRoot asks git in the folder of the file it is given: a name inside `folder` asks in `folder` itself.
  const inside = join(folder, 'policies');
  const found = repositoryRoot(inside);
  if (found) return { root: found, created: false };
  git(['init', '--quiet'], folder);
  return { root: repositoryRoot(inside) ?? resolve(folder), created: true };
}

/**
 * Commits `files` (absolute, or relative to the working folder) alone, as `author`, with `message`; returns the
 * commit's id. The author has no e-mail address: an officer gives a name, not an address.
 */
export function commitFiles(root: string, files: readonly string[], message: string, author: string): string {
  const paths = files.map((file) => relative(root, resolve(file)).split(sep).join('/'));
  git(['add', '--', ...paths], root);
  const who = author.replace(/[<>\n]/g, '').trim();
  git(
    ['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--only', `--author=${who} <>`, '-m', message, '--', ...paths],
    root,
    { GIT_COMMITTER_NAME: who, GIT_COMMITTER_EMAIL: '' },
  );
  return git(['rev-parse', 'HEAD'], root).trim();
}
