// Reading a file's history from git: its repository, its text at a revision, its versions (followed across moves,
// src/io/git-history.ts), where a shallow clone cuts the history. Only plain `git` commands with arguments passed as
// an array (no shell, src/io/git-run.ts), so a path or revision can never be interpreted as a command.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ClausemarkError } from '../model/errors.js';
import { type FileVersion, type Revision, versionsIn } from './git-history.js';
import { git, gitBytes } from './git-run.js';
import { gitFileState } from './input-hash.js';
import { errorById } from './messages.js';

export type { FileVersion, Revision };

/** Whether `folder` is in a git work tree: outside one, no history shows what was adopted or in force before. */
export function inGitRepository(folder: string): boolean {
  try {
    git(['rev-parse', '--show-toplevel'], resolve(folder));
    return true;
  } catch {
    return false;
  }
}

/** The work tree root containing `file`, or undefined when the file is not in a git repository. */
export function repositoryRoot(file: string): string | undefined {
  try {
    return git(['rev-parse', '--show-toplevel'], dirname(resolve(file))).trim();
  } catch {
    return undefined;
  }
}

/**
 * A file in a git work tree: the file as named, its repository's root and its path there. A reading of the file's
 * history finds it once (one `git rev-parse`) and asks every question with it; asked by name, each question found it
 * anew, a process each time (two more, and one per version read, for a history). Only the place is kept, never an
 * answer: each question still asks git, so a commit made meanwhile is seen.
 */
export interface GitFile {
  file: string;
  root: string;
  path: string;
}

/** `file` in its git work tree; undefined when it is in none. */
export function gitFile(file: string): GitFile | undefined {
  const root = repositoryRoot(file);
  return root === undefined ? undefined : { file, root, path: relative(root, resolve(file)).split('\\').join('/') };
}

/** `file` in its git work tree (found now when given as a name); a clear error when it is in none. */
export function requireGitFile(file: string | GitFile): GitFile {
  if (typeof file !== 'string') return file;
  const found = gitFile(file);
  if (!found) {
    throw errorById(
      { messageId: 'not-in-git.message', fixId: 'not-in-git.fix' },
      { place: { file }, ruleId: 'not-in-git' },
    );
  }
  return found;
}

/** The file's content at a revision. A revision that does not exist, or a file not in it, is a clear error. */
export function fileAtRevision(file: string | GitFile, revision: string): string {
  const tracked = requireGitFile(file);
  const { root, path } = tracked;
  const commit = commitIn(root, revision);
  try {
    return git(['show', `${commit}:${path}`], root);
  } catch {
    throw notAtRevision(tracked.file, revision);
  }
}

/** The full commit hash `revision` names in the repository at `root`; a clear error when it names none. */
function commitIn(root: string, revision: string): string {
  const place = { argument: revision };
  if (revision.startsWith('-')) {
    throw errorById(
      { messageId: 'bad-revision.message', fixId: 'bad-revision.fix', params: { revision } },
      { place, ruleId: 'bad-revision' },
    );
  }
  try {
    return git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root).trim();
  } catch {
    throw errorById(
      { messageId: 'unknown-revision.message', fixId: 'unknown-revision.fix', params: { revision } },
      { place, ruleId: 'unknown-revision' },
    );
  }
}

function notAtRevision(file: string, revision: string): ClausemarkError {
  return errorById(
    { messageId: 'not-at-revision.message', fixId: 'not-at-revision.fix', params: { revision } },
    { place: { file, argument: revision }, ruleId: 'not-at-revision' },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Byte-exact reads and per-commit paths, for `clausemark diff` (a binary file must be recognised as one, and a
// renamed file must be read under the name it had in each commit).

/** The full commit hash a revision names; a revision that does not exist is a clear error. */
export function resolveRevision(file: string | GitFile, revision: string): string {
  return commitIn(requireGitFile(file).root, revision);
}

/** The file's bytes at a revision, exactly as committed. */
export function fileBytesAtRevision(file: string | GitFile, revision: string): Uint8Array {
  const tracked = requireGitFile(file);
  const { root, path } = tracked;
  const commit = commitIn(root, revision);
  try {
    return gitBytes(['show', `${commit}:${path}`], root);
  } catch {
    throw notAtRevision(tracked.file, revision);
  }
}

/**
 * Commits that touched the file, newest first, each with the file's path then; [] when nothing is committed. Followed
 * across renames, moves git finds alike and a rename staged but not committed (src/io/git-history.ts).
 */
export function fileVersions(file: string | GitFile): FileVersion[] {
  const { root, path } = requireGitFile(file);
  return versionsIn(root, path);
}

/** The bytes of `path` (relative to the repository root of `file`) in `commit`. */
export function blobAt(file: string | GitFile, commit: string, path: string): Uint8Array {
  const { root, file: named } = requireGitFile(file);
  try {
    return gitBytes(['show', `${commit}:${path}`], root);
  } catch {
    throw errorById(
      {
        messageId: 'unreadable-history.message',
        fixId: 'unreadable-history.fix',
        params: { path, commit: commit.slice(0, 7) },
      },
      { place: { file: named }, ruleId: 'unreadable-history' },
    );
  }
}

/**
 * The commits where a shallow clone (`git clone --depth N`) cuts the history of the repository holding `file`: git
 * shows nothing before them, so a commit there that first holds a line may not be the one that wrote it. Empty for a
 * full history, or outside git.
 */
export function shallowBoundary(file: string | GitFile): ReadonlySet<string> {
  try {
    const { root } = requireGitFile(file);
    const [shallow = '', list = ''] = git(['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'], root)
      .trim()
      .split('\n');
    if (shallow !== 'true') return new Set();
    return new Set(readFileSync(resolve(root, list), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * Whether `hash` (7 to 40 hexadecimal characters) names a commit of the repository holding `file`; false outside git,
 * or where it names none or more than one.
 */
export function namesCommit(file: string, hash: string): boolean {
  const dir = dirname(resolve(file));
  if (!/^[0-9a-f]{7,40}$/iu.test(hash) || !repositoryMayHold(dir)) return false;
  try {
    git(['rev-parse', '--verify', '--quiet', `${hash}^{commit}`], dir);
    return true;
  } catch {
    return false;
  }
}

/** A commit hash shortened the way people quote them. */
export function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}

/**
 * Whether git could find a work tree holding `dir`: GIT_DIR names one, or `dir` or a folder above it has a `.git`
 * (a folder, or the file of a linked work tree). Where neither is so, git only answers "not a git repository", and
 * asking it cost every build of such a file a process and node's process modules (about 10 ms of CPU).
 */
function repositoryMayHold(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR) return true;
  for (let folder = dir; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return true;
    if (dirname(folder) === folder) return false;
  }
}

/**
 * committedTime's answers in this run, by the state they were read in (gitFileState): a build asks for each PDF of a
 * policy (every brand, every `serve --watch` rebuild), and each answer is two git processes, the log walking the
 * history back to the file's last commit. Kept in memory only, and at most this many.
 */
const committedTimes = new Map<string, number | undefined>();
const COMMITTED_TIMES_KEPT = 1024;

/**
 * When `file` was last committed (seconds since 1970), if it is in a git repository, committed, and unchanged since;
 * else undefined (not in git, untracked, ignored or edited: its own modification time is then the truer date).
 */
export function committedTime(file: string): number | undefined {
  const dir = dirname(resolve(file));
  if (!repositoryMayHold(dir)) return undefined;
  const state = gitFileState(file, process.env);
  if (state !== undefined && committedTimes.has(state)) return committedTimes.get(state);
  const time = askCommittedTime(dir, basename(file));
  // Kept only if nothing changed while git was asked (an edit then, or another git writing the index).
  if (state !== undefined && gitFileState(file, process.env) === state) {
    if (committedTimes.size >= COMMITTED_TIMES_KEPT) committedTimes.clear();
    committedTimes.set(state, time);
  }
  return time;
}

/** git's answer; its status told not to refresh the index (a write to the user's repository, and a lock taken). */
function askCommittedTime(dir: string, name: string): number | undefined {
  try {
    if (git(['--no-optional-locks', 'status', '--porcelain', '--', name], dir).trim() !== '') return undefined;
    const time = git(['log', '-1', '--format=%ct', '--', name], dir).trim();
    return /^\d+$/.test(time) ? Number(time) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When `file` was last changed in the history of `commit` (seconds since 1970): the committer date of the newest
 * commit up to `commit` that touched it (renames followed), else that of `commit` itself; undefined outside git.
 */
export function changedTimeAt(file: string, commit: string): number | undefined {
  try {
    const { root, path } = requireGitFile(file);
    const touched = git(['log', '-1', '--follow', '--format=%ct', commit, '--', path], root).trim();
    const time = touched || git(['show', '-s', '--format=%ct', commit], root).trim();
    return /^\d+$/.test(time) ? Number(time) : undefined;
  } catch {
    return undefined;
  }
}
