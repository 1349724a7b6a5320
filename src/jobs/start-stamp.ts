// `start` with nothing to do answers from a stamp (issue 41: `npm start` with nothing changed within 0.3 s). A run of
// `start` that wrote nothing (every output up to date, nothing failed) keeps, in the cache folder, what it printed
// and its exit code, with a hash of every input the run reads and the size and modification time of every file in
// its output folder. The next `start` with the same options in the same folder replays that, without loading the
// program, only when it proves both still hold:
//   - the inputs: every file under policies/ (its bytes, size and modification time: a file's time is the
//     "Datum opmaak" of one not committed), the templates/ of the project, its sector and clausemark's own, the
//     settings file, the foundation's procedure.yaml above policies/, the files a policy's brand names (from the build
//     manifest), the git state the history is read from (HEAD and the commit it names, the index, the configuration
//     and attributes git reads; read from .git, no git is run), clausemark's build, Node.js's version, today's date
//     (a review overdue, an approval in the future, a revision's date), the options and the settings of the
//     environment that change what start writes or says, and whether its output goes to a terminal (colour);
//   - the output folder: the same files, each of the same size and modification time (a file deleted, edited or
//     added makes the run do its work again).
// Whatever cannot be told that way (a repository inside policies/, git pointed elsewhere by the environment, a
// special file, a linked folder, the program outside its bundle, the caches off) means no stamp: the run does its
// work. The stamp is sealed like every cache entry (src/io/json-cache.ts): one edited or planted is not taken.
import { createHash, type Hash } from 'node:crypto';
import { type Dirent, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { codeStamp } from '../io/code-stamp.js';
import { readCachedJson, writeCachedJson } from '../io/json-cache.js';
import { findProject } from '../io/project.js';
import { PACKAGE_ROOT } from '../io/root.js';
import { toolVersion } from '../io/version.js';

/** Goes up when what the stamp holds or what its inputs hash covers changes. */
const STAMP_KIND = 'clausemark-start-stamp-1';

/** The run of `start` a stamp is for: where, with which options, in which environment, on which day. */
export interface StartSetting {
  /** The working folder (policies/ and a relative --out are found from it). */
  cwd: string;
  /** --out as given. */
  out: string;
  /** --lang as given, when it was. */
  lang?: string | undefined;
  env: NodeJS.ProcessEnv;
  /** The moment of the run (ms since 1970): only its date (UTC) counts. */
  now: number;
  /** Whether standard output and standard error are terminals. */
  stdoutTTY: boolean;
  stderrTTY: boolean;
  /** clausemark's build (default: the running bundle's; '' outside it, and then nothing is stamped). */
  code?: string;
}

/** A file of the output folder as the stamp saw it: path inside the folder, size, modification time (ms). */
export type OutputFile = [path: string, size: number, mtimeMs: number];

/** What a run of `start` printed, in order: 0 on standard output, 1 on standard error. */
export type Said = [stream: 0 | 1, text: string];

export interface StartStamp {
  /** The hash of the run's inputs (startInputs). */
  inputs: string;
  /** Every file of the output folder, sorted by path. */
  outputs: OutputFile[];
  said: Said[];
  exitCode: number;
}

/** Where `start` looks: its inputs hashed once the run began, and its output folder then. */
export interface StartBefore {
  inputs: string;
  outputs: OutputFile[];
}

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
const RELEVANT_ENV =
  /^(?:CLAUSEMARK_.*|GIT_.*|LC_.*|LANG|LANGUAGE|TZ|SOURCE_DATE_EPOCH|NO_COLOR|FORCE_COLOR|HOME|XDG_.*|NODE_OPTIONS|NODE_ENV)$/;

/** A proof that cannot be had (as any other error while hashing): the inputs are not hashed, nothing is stamped. */
class Unprovable extends Error {}

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
function part(hash: Hash, label: string, value: string | Uint8Array): void {
  hash.update(`${label}${typeof value === 'string' ? 's' : 'b'}${value.length}:`).update(value);
}

/** A file's bytes, or that it is missing. */
function addFile(hash: Hash, label: string, path: string): void {
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
 * Every file under `dir`: path, bytes, and with `times` size and modification time. A repository of its own (a
 * .git), a linked folder or a special file (a FIFO would hold the read) cannot be vouched for.
 */
function addTree(hash: Hash, label: string, dir: string, times: boolean): void {
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
        if (times) part(hash, 'time', `${file.size} ${file.mtimeMs}`);
        part(hash, 'bytes', bytesOf(path) ?? 'missing');
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
  return new RegExp(`^([0-9a-f]{40,64}) ${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm').exec(packed)?.[1] ?? '';
}

/**
 * What the history start reads from git depends on: the commit HEAD names (which fixes every file's history), the
 * index (what `git status` compares a file with), and the configuration and attributes git reads. Replacement refs
 * and grafts rewrite history without moving HEAD: with those, no proof.
 */
function addGit(hash: Hash, start: string, env: NodeJS.ProcessEnv): void {
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

/** The folders from `cwd` up to the project root (the foundation's procedure.yaml is looked for up to it). */
function foldersUpTo(cwd: string, root: string): string[] {
  const folders = [resolve(cwd)];
  const top = resolve(root);
  for (let dir = folders[0]!; dir !== top && `${dir}${sep}`.startsWith(`${top}${sep}`) && dirname(dir) !== dir; ) {
    dir = dirname(dir);
    folders.push(dir);
  }
  return folders;
}

/** The UTC date of `now`, as the checks and reports take today (src/procedure/evaluate.ts todayIso). */
const dateOf = (now: number): string => new Date(now).toISOString().slice(0, 10);

/**
 * The hash of everything a run of `start` in `setting` reads (see the top of this file), `dependencies` being the
 * files the policies' brands name (src/build/manifest.ts manifestDependencies); undefined when it cannot be told.
 */
export function startInputs(setting: StartSetting, dependencies: readonly string[]): string | undefined {
  const code = setting.code ?? codeStamp();
  if (code === '') return undefined;
  const hash = createHash('sha256');
  try {
    const project = findProject(setting.cwd);
    part(hash, 'kind', STAMP_KIND);
    part(hash, 'tool', `${toolVersion()}\n${code}\n${process.version}`);
    part(hash, 'run', JSON.stringify([resolve(setting.cwd), setting.out, setting.lang ?? null, project]));
    part(hash, 'day', dateOf(setting.now));
    part(hash, 'terminal', `${setting.stdoutTTY} ${setting.stderrTTY}`);
    const env = Object.entries(setting.env)
      .filter(([name, value]) => RELEVANT_ENV.test(name) && value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    part(hash, 'env', JSON.stringify(env));
    const policies = join(resolve(setting.cwd), 'policies');
    addTree(hash, 'policies', policies, true);
    const templateFolders = [...new Set([project.root, project.sectorRoot, PACKAGE_ROOT].map((base) => resolve(base)))];
    for (const base of templateFolders) addTree(hash, 'templates', join(base, 'templates'), false);
    if (project.settingsFile) addFile(hash, 'settings', project.settingsFile);
    for (const folder of foldersUpTo(setting.cwd, project.root))
      addFile(hash, 'foundation', join(folder, 'procedure.yaml'));
    const hashed = [policies, ...templateFolders.map((base) => join(base, 'templates'))];
    for (const file of [...new Set(dependencies)].sort())
      if (!hashed.some((folder) => file.startsWith(`${folder}${sep}`))) addFile(hash, 'dependency', file);
    addGit(hash, statSync(policies, { throwIfNoEntry: false })?.isDirectory() ? policies : setting.cwd, setting.env);
  } catch {
    // Unprovable, or a file that could not be read (no permission): the run does its work and tells of it
    return undefined;
  }
  return hash.digest('hex');
}

/**
 * Every file in `outDir` with its size and modification time, sorted by path; [] when there is no such folder.
 * Undefined when it holds anything but folders and plain files (a link, a FIFO: what start refuses to write through
 * is judged by a run that does its work), or is not a folder of its own.
 */
export function outputFiles(outDir: string): OutputFile[] | undefined {
  const files: OutputFile[] = [];
  const walk = (folder: string, prefix: string): boolean => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!walk(join(folder, entry.name), name)) return false;
      } else if (entry.isFile()) {
        const stat = statSync(join(folder, entry.name));
        files.push([name, stat.size, stat.mtimeMs]);
      } else return false;
    }
    return true;
  };
  try {
    const top = lstatSync(outDir, { throwIfNoEntry: false });
    if (top === undefined) return [];
    if (!top.isDirectory() || !walk(outDir, '')) return undefined;
  } catch {
    return undefined;
  }
  return files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const sameOutputs = (a: readonly OutputFile[], b: readonly OutputFile[]): boolean =>
  a.length === b.length && a.every((file, index) => file.every((value, at) => value === b[index]?.[at]));

/** The stamp's file in the folder of stamps `dir`: one per working folder and options, overwritten by each run. */
export function startStampFile(dir: string, setting: StartSetting): string {
  const name = JSON.stringify([STAMP_KIND, resolve(setting.cwd), setting.out, setting.lang ?? null]);
  return join(dir, `${createHash('sha256').update(name).digest('hex')}.json`);
}

const isSaid = (value: unknown): value is Said =>
  Array.isArray(value) && value.length === 2 && (value[0] === 0 || value[0] === 1) && typeof value[1] === 'string';

const isOutputFile = (value: unknown): value is OutputFile =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'number' &&
  typeof value[2] === 'number';

function isStamp(value: unknown): value is StartStamp & { dependencies: string[] } {
  const stamp = value as Partial<StartStamp & { dependencies: unknown }>;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof stamp.inputs === 'string' &&
    typeof stamp.exitCode === 'number' &&
    Array.isArray(stamp.outputs) &&
    stamp.outputs.every(isOutputFile) &&
    Array.isArray(stamp.said) &&
    stamp.said.every(isSaid) &&
    Array.isArray(stamp.dependencies) &&
    stamp.dependencies.every((file) => typeof file === 'string')
  );
}

/** Hashes the inputs and lists the output folder as a run of `start` begins; undefined when it cannot be told. */
export function startBefore(setting: StartSetting, dependencies: readonly string[]): StartBefore | undefined {
  const inputs = startInputs(setting, dependencies);
  const outputs = inputs === undefined ? undefined : outputFiles(resolve(setting.cwd, setting.out));
  return inputs === undefined || outputs === undefined ? undefined : { inputs, outputs };
}

/**
 * Keeps what a run said and its exit code in `dir` (the folder of stamps), when the run changed no file of its output
 * folder since `before`: then the next run in the same state would say the same. Returns whether it was kept.
 */
export function keepStartStamp(
  dir: string,
  setting: StartSetting,
  before: StartBefore,
  dependencies: readonly string[],
  run: { said: readonly Said[]; exitCode: number },
): boolean {
  const after = outputFiles(resolve(setting.cwd, setting.out));
  if (after === undefined || !sameOutputs(before.outputs, after)) return false;
  const stamp = { inputs: before.inputs, outputs: after, said: run.said, exitCode: run.exitCode, dependencies };
  writeCachedJson(startStampFile(dir, setting), stamp);
  return true;
}

/**
 * What a run of `start` in `setting` would say and end with, from its stamp in `dir`, when the stamp is there,
 * sealed, and its inputs and output folder are as they were; else undefined (the run must do its work).
 */
export function upToDateStart(dir: string, setting: StartSetting): { said: Said[]; exitCode: number } | undefined {
  const stamp = readCachedJson(startStampFile(dir, setting), isStamp);
  if (!stamp) return undefined;
  const outputs = outputFiles(resolve(setting.cwd, setting.out));
  if (outputs === undefined || !sameOutputs(stamp.outputs, outputs)) return undefined;
  if (startInputs(setting, stamp.dependencies) !== stamp.inputs) return undefined;
  return { said: stamp.said, exitCode: stamp.exitCode };
}
