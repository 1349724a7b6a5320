// A file's versions in git, newest first, each with the file's path then, followed across the ways a policy file is
// moved: a rename (`git log --follow`); a move git's own log does not connect, as a `git rm` and an add under a new
// name in separate commits, or a copy whose source is deleted later (a copy then a delete), where git's rename and
// copy detection (`-M`, `-C --find-copies-harder`) finds the file deleted and the one added alike; a rename staged
// with `git mv` and not yet committed (the index holds it: `git diff --cached -M`); and a plain `mv` not yet told to
// git (the old file gone from the work tree, the new one untracked or only added), where git's rename detection
// (`git diff --no-index -M`, over copies of the texts in a temporary folder) finds the new file like the old one as
// HEAD holds it, as it will once the move is committed. Where git finds no file alike but one deleted before carried
// the same policy `id`, git cannot connect them: the oldest version says so (`notFollowed`), so no output presents
// the file as new when its history is only cut. A copy whose source lives on is no move: it has a history of its own.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, gitAnswering, gitBytes } from './git-run.js';

export interface Revision {
  commit: string;
  date: string;
  subject: string;
}

export interface FileVersion extends Revision {
  /** The file's path in that commit, relative to the repository root (differs from today's after a rename). */
  path: string;
  /**
   * On the oldest version only, where the file was added there and a file deleted before (`path`, deleted in
   * `deletedIn`) carried the same policy `id` but git does not find the two alike: the history before is not followed.
   */
  notFollowed?: { path: string; deletedIn: string };
}

/** A version as one `git log` lists it, with the letter of its change (A added, M, R renamed, C copied), and when. */
interface Logged extends FileVersion {
  change: string;
  /** The commit's time, seconds since 1970. */
  time: number;
}

const COMMIT_MARK = '\u0001';
/** Moves followed at most (each costs a few git processes); a longer chain of moves is cut there. */
const MOVES_FOLLOWED = 5;
/** The commits deleting a file like it that are looked at for where it came from, the newest first. */
const DELETIONS_LOOKED_AT = 20;
/** Of those, the ones made before the file was added that git compares it with (a process each), the nearest first. */
const DELETIONS_COMPARED = 5;

/**
 * Commits that touched `path` (relative to `root`), newest first, each with the file's path then; [] when nothing is
 * committed. Renames are followed; a "copy" ends the history unless its source is deleted later (`--follow` calls a
 * small new file a copy of any similar one, and a copy's source that lives on has a history of its own).
 */
export function versionsIn(root: string, path: string): FileVersion[] {
  let head: string;
  try {
    head = git(['rev-parse', '--verify', '--quiet', 'HEAD'], root).trim();
  } catch {
    return []; // a repository without commits yet
  }
  let versions = followedLog(root, 'HEAD', path);
  if (versions.length === 0) {
    const moved = stagedRenameSource(root, path) ?? workTreeMoveSource(root, path);
    if (moved !== undefined) versions = followedLog(root, 'HEAD', moved);
  }
  for (let moves = 0; moves < MOVES_FOLLOWED; moves++) {
    const oldest = versions.at(-1);
    if (!oldest || !/^[AC]/u.test(oldest.change)) break;
    const deleted = deletedFiles(root, head, oldest.path);
    const before = movedFrom(root, oldest, deleted, new Set(versions.map((version) => version.path)));
    if (!before) break;
    if ('notFollowed' in before) {
      oldest.notFollowed = before.notFollowed;
      break;
    }
    const earlier = followedLog(root, before.revision, before.path);
    if (earlier.length === 0) break;
    versions = [...versions, ...earlier];
  }
  return versions.map(({ change: _change, time: _time, ...version }) => version);
}

/** One `git log --follow` of `path` from `revision`, newest first, up to a copy (the copy's commit included). */
function followedLog(root: string, revision: string, path: string): Logged[] {
  const out = git(
    [
      '-c',
      'core.quotePath=false',
      'log',
      '--follow',
      '--name-status',
      `--format=${COMMIT_MARK}%H%x09%cs%x09%ct%x09%s`,
      revision,
      '--',
      path,
    ],
    root,
  );
  const versions: Logged[] = [];
  for (const chunk of out.split(COMMIT_MARK).filter((part) => part.trim() !== '')) {
    const [header = '', ...rest] = chunk.split('\n');
    const [commit = '', date = '', time = '', ...subject] = header.split('\t');
    const entry = rest.map((line) => line.split('\t')).find((fields) => fields.length >= 2) ?? [];
    const change = entry[0] ?? '';
    const at = { change, time: Number(time) };
    versions.push({ commit, date, subject: subject.join('\t'), path: entry[entry.length - 1] ?? path, ...at });
    if (change.startsWith('C')) break;
  }
  return versions;
}

/** The path a rename staged in the index (`git mv`, not committed) moved `path` from; undefined where none did. */
function stagedRenameSource(root: string, path: string): string | undefined {
  try {
    const out = git(['-c', 'core.quotePath=false', 'diff', '--cached', '-M', '--name-status', 'HEAD'], root);
    for (const line of out.split('\n')) {
      const [change = '', from, to] = line.split('\t');
      if (change.startsWith('R') && to === path && from) return from;
    }
  } catch {
    // no index to read: nothing staged
  }
  return undefined;
}

/**
 * How often this run read a file's history from the work tree besides the file (workTreeMoveSource): such an answer
 * turns on other files' presence, which no hash of the git state covers, so a cache of what was read from it (the
 * check's, src/check/findings-cache.ts) keeps nothing read while this went up.
 */
let workTreeReadCount = 0;

export function workTreeReads(): number {
  return workTreeReadCount;
}

/**
 * The path a plain `mv` not told to git moved `path` from: of the files of its kind that HEAD holds and the work tree
 * no longer does (at most DELETIONS_LOOKED_AT), the one git's rename detection finds it like; undefined where none is.
 */
function workTreeMoveSource(root: string, path: string): string | undefined {
  workTreeReadCount++;
  const extension = /\.[^./]+$/u.exec(path)?.[0];
  let gone: string[];
  try {
    gone = git(
      [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-renames',
        '--name-only',
        '--diff-filter=D',
        'HEAD',
        '--',
        extension ? `*${extension}` : '.',
      ],
      root,
    )
      .split('\n')
      .filter((file) => file !== '' && file !== path)
      .slice(0, DELETIONS_LOOKED_AT);
  } catch {
    return undefined;
  }
  if (gone.length === 0) return undefined;
  let text: Buffer;
  let olds: (Buffer | undefined)[];
  try {
    text = readFileSync(join(root, path));
    olds = catFileBytes(
      root,
      gone.map((file) => `HEAD:${file}`),
    );
  } catch {
    return undefined; // not in the work tree (nothing moved here), or git could not give the old texts
  }
  return alikeInWorkTree(text, olds, extension ?? '', gone);
}

/**
 * Of `olds` (the texts of `paths` as HEAD holds them), the path of the one git's rename detection finds `text` like,
 * compared as `git diff --no-index -M` compares two folders: the old texts in one, `text` in the other, in a
 * temporary folder removed after.
 */
function alikeInWorkTree(
  text: Buffer,
  olds: readonly (Buffer | undefined)[],
  extension: string,
  paths: readonly string[],
): string | undefined {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-moved-'));
  try {
    mkdirSync(join(folder, 'old'));
    mkdirSync(join(folder, 'new'));
    olds.forEach((old, index) => {
      if (old !== undefined) writeFileSync(join(folder, 'old', `${index}${extension}`), old);
    });
    writeFileSync(join(folder, 'new', `moved${extension}`), text);
    const out = gitAnswering(['diff', '--no-index', '--no-color', '-M', '--name-status', 'old', 'new'], folder);
    for (const line of out.split('\n')) {
      const [change = '', source = ''] = line.split('\t');
      const index = /^old\/(\d+)/u.exec(source)?.[1];
      if (/^R/u.test(change) && index !== undefined) return paths[Number(index)];
    }
    return undefined;
  } catch {
    return undefined; // git could not compare them: not followed, as before
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A file deleted in a commit: the path it had, and the commit deleting it. */
interface Deleted {
  path: string;
  deletedIn: string;
}

/** A file deleted, with when (the deleting commit's time, seconds since 1970). */
interface DeletedAt extends Deleted {
  time: number;
}

type Before = { path: string; revision: string } | { notFollowed: Deleted };

/**
 * Where the file `oldest` added came from: a file deleted (in HEAD's history) that git finds alike, read on from the
 * commit before the one that copied it (a copy then a delete) or deleted it (a delete then an add); else, where a
 * file deleted carried the same policy `id`, that history is not followed; else none (the file is new).
 */
function movedFrom(
  root: string,
  oldest: Logged,
  deletions: readonly DeletedAt[],
  seen: ReadonlySet<string>,
): Before | undefined {
  const deleted = deletions.filter((file) => !seen.has(file.path) && file.path !== oldest.path);
  if (deleted.length === 0) return undefined;
  const { commit, path } = oldest;
  const copied = alikeSource(root, ['-C', '--find-copies-harder'], `${commit}^`, commit, path, deleted);
  if (copied !== undefined) return { path: copied, revision: `${commit}^` };
  // A delete then an add: only a deletion made before the add can be its source (a later one was a copy's).
  const before = [...new Set(deleted.filter((file) => file.time <= oldest.time).map((file) => file.deletedIn))];
  for (const deletedIn of before.slice(0, DELETIONS_COMPARED)) {
    const paths = deleted.filter((file) => file.deletedIn === deletedIn);
    const moved = alikeSource(root, ['-M'], `${deletedIn}^`, commit, path, paths);
    if (moved !== undefined) return { path: moved, revision: `${deletedIn}^` };
  }
  const sameId = sameIdDeleted(root, commit, path, deleted);
  return sameId ? { notFollowed: { path: sameId.path, deletedIn: sameId.deletedIn } } : undefined;
}

/**
 * What deletedFiles read in this run, by repository, HEAD and extension: every file added in that history asks the
 * same. Kept in memory only, and at most this many; a commit made meanwhile is another HEAD, and asked anew.
 */
const deletionsRead = new Map<string, DeletedAt[]>();
const DELETIONS_KEPT = 64;

/** The files deleted in the newest commits of `head`'s history that delete a file of `path`'s kind (its extension). */
function deletedFiles(root: string, head: string, path: string): DeletedAt[] {
  const extension = /\.[^./]+$/u.exec(path)?.[0];
  const key = `${root}\u0000${head}\u0000${extension ?? ''}`;
  const known = deletionsRead.get(key);
  if (known) return known;
  const out = git(
    [
      '-c',
      'core.quotePath=false',
      'log',
      '--diff-filter=D',
      '--name-only',
      `--format=${COMMIT_MARK}%H%x09%ct`,
      '-n',
      String(DELETIONS_LOOKED_AT),
      head,
      '--',
      extension === undefined ? '.' : `*${extension}`,
    ],
    root,
  );
  const found = out
    .split(COMMIT_MARK)
    .filter((part) => part.trim() !== '')
    .flatMap((chunk) => {
      const [header = '', ...paths] = chunk.split('\n');
      const [deletedIn = '', time = ''] = header.split('\t');
      return paths.filter((file) => file !== '').map((file) => ({ path: file, deletedIn, time: Number(time) }));
    });
  if (deletionsRead.size >= DELETIONS_KEPT) deletionsRead.clear();
  deletionsRead.set(key, found);
  return found;
}

/** Of `candidates`, the one git (with `detect`) finds `path` in `to` renamed or copied from since `from`. */
function alikeSource(
  root: string,
  detect: string[],
  from: string,
  to: string,
  path: string,
  candidates: readonly Deleted[],
): string | undefined {
  const paths = candidates.map((file) => file.path);
  try {
    const out = git(
      ['-c', 'core.quotePath=false', 'diff', ...detect, '--name-status', from, to, '--', path, ...paths],
      root,
    );
    for (const line of out.split('\n')) {
      const [change = '', source, target] = line.split('\t');
      if (/^[RC]/u.test(change) && target === path && source && paths.includes(source)) return source;
    }
  } catch {
    // a commit without a parent: nothing before it to come from
  }
  return undefined;
}

/** Of the files `deleted`, one whose last text carried the policy `id` that `path` carries in `commit`. */
function sameIdDeleted(root: string, commit: string, path: string, deleted: readonly Deleted[]): Deleted | undefined {
  const names = [`${commit}:${path}`, ...deleted.map((file) => `${file.deletedIn}^:${file.path}`)];
  const texts = catFiles(root, names);
  const id = policyId(texts[0]);
  if (id === undefined) return undefined;
  return deleted.find((_, index) => policyId(texts[index + 1]) === id);
}

/** The texts of `names` (`commit:path`) in one `git cat-file --batch`; undefined for one git does not hold. */
function catFiles(root: string, names: readonly string[]): (string | undefined)[] {
  return catFileBytes(root, names).map((bytes) => bytes?.toString('utf8'));
}

/** The bytes of `names` (`commit:path`) in one `git cat-file --batch`; undefined for one git does not hold. */
function catFileBytes(root: string, names: readonly string[]): (Buffer | undefined)[] {
  const out = gitBytes(['cat-file', '--batch'], root, `${names.join('\n')}\n`);
  const texts: (Buffer | undefined)[] = [];
  let at = 0;
  for (let index = 0; index < names.length; index++) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end).toString('utf8');
    const size = /^[0-9a-f]+ blob (\d+)$/u.exec(header)?.[1];
    if (size === undefined) {
      texts.push(undefined);
      at = end + 1;
      continue;
    }
    texts.push(out.subarray(end + 1, end + 1 + Number(size)));
    at = end + 1 + Number(size) + 1;
  }
  return texts;
}

/** The `id:` of a text's front matter, read as text (the policy's own name for itself); undefined where none. */
function policyId(text: string | undefined): string | undefined {
  const front = text === undefined ? undefined : /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1];
  const id = front === undefined ? undefined : /^id:[ \t]*["']?([^"'\r\n#]*?)["']?[ \t]*$/mu.exec(front)?.[1];
  return id === undefined || id === '' ? undefined : id;
}
