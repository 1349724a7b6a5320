// A file's check as the CLI keeps it (issue 41: `check` of a civil code within 0.3 s): its findings, counts and what
// the checks over several files read of it (src/check/duplicates.ts), so a `check` of an unchanged file in an
// unchanged world neither reads its 5 MB model back nor runs the rules. A check depends on more than the file: the
// rules read the project (its brand and the fonts that brand names, its procedures, sector templates, labels and
// settings), the file's git history, today's date and the environment. So an entry is named by what the run is asked
// (the file's bytes and path, the working folder, the words of the parser's findings, clausemark's bundle) and is
// taken only when a hash of that world, made afresh at every run, is the one it was kept with: every file under the
// templates/ of the project, its sector and clausemark's own and the files its brand names (by their stat lines), the
// settings file and each procedure.yaml from the file's folder up to the project (by their bytes), the git state its
// history is read from (src/io/input-hash.ts, as `start`'s stamp takes it), the UTC date, Node.js's version and the
// environment start's stamp watches but for colour. tests/check/findings-cache-world.test.ts lists what the rules
// read of the world, so a rule that reads more fails it until it is hashed here.
// Whatever cannot be told so (git pointed elsewhere, a brand that does not load, a history read from the work tree
// besides the file: a move not yet told to git) keeps nothing and checks as before.
// Kept (findings-folder.ts names the folder), sealed and bounded like the parsed policies (src/io/serialized-cache.ts);
// the report is worded afresh.
import { createHash, type Hash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { loadBrand, resolveBrandName } from '../brand/load.js';
import {
  addFile,
  addFileStat,
  addGit,
  addTree,
  foldersUpTo,
  part,
  relevantEnv,
  templatesFolders,
} from '../io/input-hash.js';
import { workTreeReads } from '../io/git-history.js';
import { messageLanguage, messagesDigest } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { todayIso } from '../procedure/evaluate.js';
import { cachedSerialized } from '../io/serialized-cache.js';
import { toolVersion } from '../io/version.js';
import type { PolicyMeta } from '../model/policy.js';
import { declarationFilesOf } from '../procedure/organisation.js';
import type { PolicyIdentity } from './duplicates.js';
import { checkFindingsCache } from './findings-folder.js';
import type { CheckResult } from './index.js';

/** Goes up when what an entry holds or what its world's hash covers changes. */
const KIND = 'clausemark-check-findings-1';

/** Of the environment start's stamp watches, what colours the report only: no finding depends on it. */
const COLOUR_ONLY: ReadonlySet<string> = new Set(['NO_COLOR', 'FORCE_COLOR']);

/** One file's check: its result and, when it was understood, what the checks over several files read of it. */
export interface CheckedFile {
  result: CheckResult;
  identity?: PolicyIdentity;
}

/** A check as made: with the files outside templates/ its world holds (undefined: a world that cannot be told). */
export interface MadeCheck extends CheckedFile {
  dependencies: readonly string[] | undefined;
}

interface StoredCheck {
  kind: typeof KIND;
  world: string;
  dependencies: string[];
  checked: CheckedFile;
}

/** What one `check` run hashes once however many files it checks (none changes while it runs). */
export interface WorldMemo {
  project?: string | null;
  folders: Map<string, string | null>;
  files: Map<string, string | null>;
}

export const newWorldMemo = (): WorldMemo => ({ folders: new Map(), files: new Map() });

/** The digest `add` makes, or null when it cannot be told (Unprovable, a file that cannot be read). */
function digest(add: (hash: Hash) => void): string | null {
  const hash = createHash('sha256');
  try {
    add(hash);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/** The project's part of the world: the same for every file of the run. */
function projectWorld(project: Project, code: string, now: number, env: NodeJS.ProcessEnv): string | null {
  return digest((hash) => {
    part(hash, 'kind', KIND);
    part(hash, 'tool', `${toolVersion()}\n${code}\n${process.version}\n${process.versions.unicode ?? ''}`);
    part(hash, 'project', JSON.stringify([project.root, project.sectorRoot, project.settingsFile ?? null]));
    part(hash, 'day', todayIso(now));
    part(hash, 'env', JSON.stringify(relevantEnv(env, COLOUR_ONLY)));
    for (const folder of templatesFolders(project)) addTree(hash, 'templates', folder, 'stats');
    if (project.settingsFile) addFile(hash, 'settings', project.settingsFile);
    // Whose a policy is (check/rules/declared-place.ts) may be declared in any folder of policies/.
    for (const file of declarationFilesOf(project.root)) addFile(hash, 'declaration', file);
  });
}

/**
 * The folder's part: each procedure.yaml the procedures are looked for in (src/procedure/load.ts foundationFile:
 * the folder itself, then up to the project's root while inside it) and the git state of its repository.
 */
function folderWorld(folder: string, root: string, env: NodeJS.ProcessEnv): string | null {
  return digest((hash) => {
    for (const dir of foldersUpTo(folder, root)) addFile(hash, 'foundation', join(dir, 'procedure.yaml'));
    addGit(hash, folder, env);
  });
}

function memoised(map: Map<string, string | null>, key: string, make: () => string | null): string | null {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** The hash of the world `file` is checked in, with `dependencies`; undefined when it cannot be told. */
function worldOf(
  file: string,
  project: Project,
  dependencies: readonly string[],
  memo: WorldMemo,
  code: string,
): string | undefined {
  const env = process.env;
  if (memo.project === undefined) memo.project = projectWorld(project, code, Date.now(), env);
  const folder = memoised(memo.folders, resolve(dirname(file)), () => folderWorld(dirname(file), project.root, env));
  const files = [...new Set(dependencies.map((path) => resolve(path)))].sort();
  const each = files.map((path) => memoised(memo.files, path, () => digest((hash) => addFileStat(hash, 'file', path))));
  if (memo.project === null || folder === null || each.includes(null)) return undefined;
  return (
    digest((hash) => {
      for (const value of [memo.project as string, folder, ...(each as string[])]) part(hash, 'part', value);
    }) ?? undefined
  );
}

/**
 * The files the brand a policy is drawn in names (its file and fonts): those outside templates/ are in no folder the
 * world hashes whole. Undefined when the brand does not load (the font rule then says nothing, and a font put in
 * place later would change that: such a check is not kept).
 */
export function brandDependencies(meta: Pick<PolicyMeta, 'brand' | 'org'>, project: Project): string[] | undefined {
  try {
    const { root } = project;
    const brand = loadBrand(resolveBrandName(meta, undefined, root), { root });
    return [...(brand.file ? [brand.file] : []), ...Object.values(brand.fontPaths)];
  } catch {
    return undefined;
  }
}

/** Whether every object under `value` is a plain object or array: any other would come back without its class. */
function plainThroughout(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
  const prototype = Object.getPrototypeOf(value);
  if (Array.isArray(value)) return prototype === Array.prototype && value.every(plainThroughout);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) if (!plainThroughout((value as Record<string, unknown>)[key])) return false;
  return true;
}

function isStored(value: unknown): value is StoredCheck {
  const stored = value as Partial<StoredCheck> | null;
  return (
    typeof stored === 'object' &&
    stored !== null &&
    stored.kind === KIND &&
    typeof stored.world === 'string' &&
    Array.isArray(stored.dependencies) &&
    stored.dependencies.every((path) => typeof path === 'string') &&
    typeof stored.checked === 'object' &&
    stored.checked !== null &&
    Array.isArray(stored.checked.result?.findings)
  );
}

/**
 * `check()`'s answer for `file` (its `bytes` as the check reads them) in `project`: from the entry kept for this very
 * file, run and world, else checked (and, the second time, kept). Without a cache folder, a bundle or a project, as
 * `check()` gives it.
 */
export function checkedThroughCache(
  file: string,
  bytes: Uint8Array,
  project: Project | undefined,
  memo: WorldMemo,
  check: () => MadeCheck,
): CheckedFile {
  const kept = checkFindingsCache();
  if (kept === undefined || project === undefined) return check();
  const parts = [KIND, resolve('.'), file, messageLanguage(), messagesDigest(), bytes];
  const world = (dependencies: readonly string[]): string | undefined =>
    worldOf(file, project, dependencies, memo, kept.code);
  // The project's and folder's parts are hashed before the check reads them: an edit while it runs is then seen.
  world([]);
  const made = cachedSerialized<MadeCheck>(
    kept,
    parts,
    () => {
      // A history read from the work tree (a move not told to git) turns on files no hash here covers: not kept.
      const before = workTreeReads();
      const checked = check();
      return workTreeReads() === before ? checked : { ...checked, dependencies: undefined };
    },
    ({ result, identity, dependencies }) => {
      const now = dependencies && world(dependencies);
      if (now === undefined || !plainThroughout(result)) return undefined;
      const stored: StoredCheck = {
        kind: KIND,
        world: now,
        dependencies: [...dependencies!],
        checked: identity ? { result, identity } : { result },
      };
      return stored;
    },
    (stored) =>
      isStored(stored) && world(stored.dependencies) === stored.world
        ? { ...stored.checked, dependencies: stored.dependencies }
        : undefined,
  );
  return made.identity ? { result: made.result, identity: made.identity } : { result: made.result };
}
