// What a run read, hashed so a later run can tell it is unchanged without doing the run's work: files by their bytes,
// folders file by file, the git state a file's history is read from (without running git), and the environment that
// changes what a run says. `start`'s stamp (src/jobs/start-stamp.ts) and `check`'s kept findings
// (src/check/findings-cache.ts) are answered from a cache only when these hash as they did; git's answer of when a
// file was last committed is remembered within a run by the state it was read in (src/io/git.ts). Whatever cannot
// be told this way throws Unprovable: then nothing is answered from a stamp.
import { createHash, type Hash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from './root.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

/** Git found somewhere else than by looking up from the folder: the stamp cannot tell its state. */
const GIT_ELSEWHERE = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_NAMESPACE',
  'GIT_REPLACE_REF_BASE',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
  'GIT_CONFIG_COUNT',
];

/** The environment that changes what a run writes or says: clausemark's settings, git's, language, date, colour. */
export const RELEVANT_ENV =
  /^(?:CLAUSEMARK_.*|GIT_.*|LC_.*|LANG|LANGUAGE|TZ|SOURCE_DATE_EPOCH|NO_COLOR|FORCE_COLOR|HOME|XDG_.*|NODE_OPTIONS|NODE_ENV)$/;

/** The RELEVANT_ENV part of `env` (but `leaveOut`), sorted by name: as a run's hash takes it. */
export function relevantEnv(env: NodeJS.ProcessEnv, leaveOut: ReadonlySet<string> = new Set()): [string, string][] {
  return Object.entries(env)
    .filter(
      (entry): entry is [string, string] =>
        RELEVANT_ENV.test(entry[0]) && !leaveOut.has(entry[0]) && entry[1] !== undefined,
    )
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The templates/ folders a project's runs read: the project's, its sector's and clausemark's own, each once. */
export function templatesFolders(project: { root: string; sectorRoot: string }): string[] {
  return [...new Set([project.root, project.sectorRoot, PACKAGE_ROOT].map((base) => join(resolve(base), 'templates')))];
}

/**
 * `folder`, then each folder above it up to `root` while inside it: where a foundation's procedure.yaml is looked for
 * (src/procedure/load.ts).
 */
export function foldersUpTo(folder: string, root: string): string[] {
  const folders = [resolve(folder)];
  const top = resolve(root);
  for (let dir = folders[0]!; dir !== top && `${dir}${sep}`.startsWith(`${top}${sep}`) && dirname(dir) !== dir; ) {
    dir = dirname(dir);
    folders.push(dir);
  }
  return folders;
}

/** A proof that cannot be had (as any other error while hashing): the inputs are not hashed, nothing is stamped. */
export class Unprovable extends Error {}

/** A file's bytes; undefined when there is none (any other failure to read it is thrown). */
function bytesOf(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** One part of the hash, length-prefixed so no two lists of parts hash alike. */
export function part(hash: Hash, label: string, value: string | Uint8Array): void {
  hash.update(`${label}${typeof value === 'string' ? 's' : 'b'}${value.length}:`).update(value);
}

/** A file's bytes, or that it is missing. */
export function addFile(hash: Hash, label: string, path: string): void {
  const bytes = bytesOf(path);
  part(hash, label, path);
  part(hash, 'bytes', bytes ?? 'missing');
}

function entriesOf(dir: string): Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * What tells a file unchanged without reading it, as git's index does: its size, modification and change times (the
 * change time moves with every write, and no one can set it back) and its inode (a file renamed over it is another).
 */
function statLine(path: string): string | undefined {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat && `${stat.size} ${stat.mtimeNs} ${stat.ctimeNs} ${stat.ino} ${stat.dev}`;
}

/** A file's stat line (statLine), or that it is missing. */
export function addFileStat(hash: Hash, label: string, path: string): void {
  part(hash, label, path);
  part(hash, 'stat', statLine(path) ?? 'missing');
}

/**
 * Every file under `dir`: path, and by `read` its bytes, its bytes with size and modification time, or its stat line
 * alone (statLine). A repository of its own (a .git), a linked folder or a special file (a FIFO would hold the read)
 * cannot be vouched for.
 */
export function addTree(hash: Hash, label: string, dir: string, read: 'bytes' | 'bytes and times' | 'stats'): void {
  const entries = entriesOf(dir);
  part(hash, label, entries === undefined ? `${dir} missing` : dir);
  const walk = (folder: string, found: readonly Dirent[]): void => {
    for (const entry of found) {
      const path = join(folder, entry.name);
      if (entry.name === '.git') throw new Unprovable(`${path}: a repository of its own`);
      const stat = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : undefined;
      if (entry.isDirectory()) walk(path, entriesOf(path) ?? []);
      else if (entry.isFile() || stat?.isFile()) {
        const file = stat ?? statSync(path);
        part(hash, 'file', relative(dir, path));
        if (read === 'stats') part(hash, 'stat', statLine(path) ?? 'missing');
        else {
          if (read === 'bytes and times') part(hash, 'time', `${file.size} ${file.mtimeMs}`);
          part(hash, 'bytes', bytesOf(path) ?? 'missing');
        }
      } else if (entry.isSymbolicLink() && stat === undefined) part(hash, 'dangling', relative(dir, path));
      else throw new Unprovable(`${path}: not a plain file`);
    }
  };
  walk(dir, entries ?? []);
}

/** The repository git finds from `start` (its .git folder and the folder shared by its worktrees), or none. */
function repositoryOf(start: string): { top: string; gitDir: string; commonDir: string } | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return { top: dir, gitDir: dotGit, commonDir: dotGit };
    if (stat?.isFile()) {
      const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
      if (!pointer) throw new Unprovable(`${dotGit}: not a gitdir pointer`);
      const gitDir = resolve(dir, pointer);
      const common = bytesOf(join(gitDir, 'commondir'))?.toString('utf8').trim();
      return { top: dir, gitDir, commonDir: common ? resolve(gitDir, common) : gitDir };
    }
    if (stat !== undefined) throw new Unprovable(`${dotGit}: neither folder nor file`);
    if (dirname(dir) === dir) return undefined;
  }
}

/** The commit a ref names: its loose file (this worktree's, then the shared one), else its line in packed-refs. */
function refValue(gitDir: string, commonDir: string, ref: string): string {
  for (const base of [gitDir, commonDir]) {
    const loose = bytesOf(join(base, ref));
    if (loose) return loose.toString('utf8').trim();
  }
  const packed = bytesOf(join(commonDir, 'packed-refs'))?.toString('utf8') ?? '';
  return new RegExp(`^([0-9a-f]{40,64}) ${escapeRegExp(ref)}$`, 'm').exec(packed)?.[1] ?? '';
}

/**
 * What the history start reads from git depends on: the commit HEAD names (which fixes every file's history), the
 * index (what `git status` compares a file with), and the configuration and attributes git reads. Replacement refs
 * and grafts rewrite history without moving HEAD: with those, no proof.
 */
export function addGit(hash: Hash, start: string, env: NodeJS.ProcessEnv): void {
  if (GIT_ELSEWHERE.some((name) => env[name] !== undefined)) throw new Unprovable('git pointed elsewhere');
  const repository = repositoryOf(start);
  if (!repository) return part(hash, 'git', 'none');
  const { top, gitDir, commonDir } = repository;
  part(hash, 'git', `${top}\n${gitDir}\n${commonDir}`);
  const head = bytesOf(join(gitDir, 'HEAD'))?.toString('utf8').trim() ?? '';
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  part(hash, 'head', `${head}\n${ref ? refValue(gitDir, commonDir, ref) : ''}`);
  const replaced = (entriesOf(join(commonDir, 'refs', 'replace')) ?? []).length > 0;
  const packed = bytesOf(join(commonDir, 'packed-refs'))?.toString('utf8') ?? '';
  if (replaced || packed.includes(' refs/replace/') || bytesOf(join(commonDir, 'info', 'grafts')))
    throw new Unprovable('history replaced');
  const index = statSync(join(gitDir, 'index'), { throwIfNoEntry: false });
  part(hash, 'index', index ? `${index.size} ${index.mtimeMs} ${index.ctimeMs} ${index.ino}` : 'missing');
  const home = env.HOME ?? homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  for (const file of [
    join(commonDir, 'config'),
    join(gitDir, 'config.worktree'),
    join(commonDir, 'shallow'),
    join(commonDir, 'info', 'attributes'),
    join(top, '.gitattributes'),
    join(home, '.gitconfig'),
    join(xdg, 'git', 'config'),
    join(xdg, 'git', 'attributes'),
    '/etc/gitconfig',
  ])
    addFile(hash, 'git-file', file);
}

/**
 * A hash of all a question git answers about `file` alone can turn on: the file's stat line, the .gitattributes and
 * .gitignore in its folder and each one up to its work tree, and the repository's state (addGit, git's environment
 * among it); undefined where that cannot be told (Unprovable, or no repository found from the file's folder).
 */
export function gitFileState(file: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const folder = dirname(resolve(file));
    const repository = repositoryOf(folder);
    if (!repository) return undefined;
    const hash = createHash('sha256');
    addFileStat(hash, 'file', resolve(file));
    for (const dir of foldersUpTo(folder, repository.top)) {
      addFileStat(hash, 'attributes', join(dir, '.gitattributes'));
      addFileStat(hash, 'ignore', join(dir, '.gitignore'));
    }
    addGit(hash, folder, env);
    for (const [name, value] of relevantEnv(env)) if (name.startsWith('GIT_')) part(hash, name, value);
    return hash.digest('hex');
  } catch (error) {
    if (error instanceof Unprovable) return undefined;
    throw error;
  }
}
