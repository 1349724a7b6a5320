// `start` with nothing to do answers from a stamp (issue 41: `npm start` with nothing changed within 0.3 s). A run of
// `start` that wrote nothing (every output up to date, nothing failed) keeps, in the cache folder, what it printed
// and its exit code, with a hash of every input the run reads and the size and modification time of every file in
// its output folder. The next `start` with the same options in the same folder replays that, without loading the
// program, only when it proves both still hold:
//   - the inputs: every file under policies/ (its bytes, size and modification time: a file's time is the
//     "Datum opmaak" of one not committed), the templates/ of the project, its sector and clausemark's own (each
//     file's size, modification and change times and inode, as git's index tells a file unchanged), the settings
//     file, the foundation's procedure.yaml above policies/, the files a policy's brand names (from the build
//     manifest), the git state the history is read from (HEAD and the commit it names, the index, the configuration
//     and attributes git reads; read from .git, no git is run), clausemark's build, Node.js's version, today's date
//     (a review overdue, an approval in the future, a revision's date), the people lists and records of kennisname
//     in acknowledgements/ (the overview counts them), the options and the settings of the environment that change
//     what start writes or says, and whether its output goes to a terminal (colour);
//   - the output folder: the same files, each of the same size and modification time (a file deleted, edited or
//     added makes the run do its work again).
// Whatever cannot be told that way (a repository inside policies/, git pointed elsewhere by the environment, a
// special file, a linked folder, the program outside its bundle, the caches off) means no stamp: the run does its
// work. The stamp is sealed like every cache entry (src/io/json-cache.ts): one edited or planted is not taken.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { ACKNOWLEDGEMENTS_DIR } from '../io/acknowledgements-dir.js';
import { addFile, addGit, addTree, foldersUpTo, part, relevantEnv, templatesFolders } from '../io/input-hash.js';
import { codeStamp } from '../io/code-stamp.js';
import { readCachedJson, writeCachedJson } from '../io/json-cache.js';
import { findProject } from '../io/project.js';
import { toolVersion } from '../io/version.js';
import { todayIso } from '../procedure/evaluate.js';

/** Goes up when what the stamp holds or what its inputs hash covers changes. */
const STAMP_KIND = 'clausemark-start-stamp-2';

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
    part(hash, 'day', todayIso(setting.now));
    part(hash, 'terminal', `${setting.stdoutTTY} ${setting.stderrTTY}`);
    part(hash, 'env', JSON.stringify(relevantEnv(setting.env)));
    const policies = join(resolve(setting.cwd), 'policies');
    addTree(hash, 'policies', policies, 'bytes and times');
    const templates = templatesFolders(project);
    // by their stat lines, as check's kept findings take them: reading and hashing templates/'s 4.5 MB (its fonts) was
    // 10-18 ms of the 40 an up-to-date start spends above node's own start
    for (const folder of templates) addTree(hash, 'templates', folder, 'stats');
    if (project.settingsFile) addFile(hash, 'settings', project.settingsFile);
    for (const folder of foldersUpTo(setting.cwd, project.root))
      addFile(hash, 'foundation', join(folder, 'procedure.yaml'));
    // The people lists and records kennisname is counted from (the overview's cells), a new record or a broken list.
    addTree(hash, 'acknowledgements', join(resolve(setting.cwd), ACKNOWLEDGEMENTS_DIR), 'bytes and times');
    const hashed = [policies, ...templates];
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
