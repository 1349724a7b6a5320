// Removing from the output folder what a run cannot vouch for, so that nothing in out/ looks current that this run
// could not make again. A run vouches for a policy's outputs (its PDF, its Word document, as the manifest records
// them: manifest.ts) when it built them, or found them up to date (the manifest's check: the same source, clausemark,
// options, templates and brand files, the outputs as written). For a policy the run was not asked to build (`build
// ONE`: the others), when its source and every output recorded are still, byte for byte, as the manifest recorded
// them: the test by which the run's HTML report lists it as current (builtBefore). Two moments remove:
// - a policy whose file cannot be read now (front matter that is not YAML, fatal findings, a procedure.yaml it falls
//   under that does not read; `start`'s rows so, which it does not build): its outputs go at once, whatever else the
//   run does (removeOutputsOf; src/build/batch.ts with removeEntryOutputs). A policy that reads and fails to render
//   (a brand that is missing, a full disk) keeps its earlier PDF, and says why it was not made again;
// - a report that could not be made (a procedure.yaml or people list that cannot be read, src/jobs/build.ts): the
//   outputs of every policy the run cannot vouch for (removeOutputsNotVouched).
// Only files the manifest records, inside the output folder, of sources still there (a build makes them again once
// the error is fixed). Files first, then the manifest (written whole): stopped between the two, the next build finds
// an entry without its output and builds it again. After a signal nothing is removed, as nothing is written
// (src/io/write-stop.ts).
// A policy whose file is gone (deleted, renamed) has outputs no run can make again: every build into the folder
// removes them and the policy's page of the report (removeOutputsOfGone), but only those still as written (a file the
// user changed since is no longer the build's) and none of the names of another entry's (a renamed policy's, made
// again under the same name). Nor those a policy that failed to build now would replace: a policy renamed whose new
// file fails keeps the last good PDF under the shared name, as a policy that fails under its own name keeps its
// earlier one; where a failed policy cannot be read far enough to name its outputs, no run can tell whether it is the
// gone one renamed, and the outputs of every gone policy are kept and said to be kept (FailedClaims). Their entries
// stay, for the next build to decide again. A folder of outputs left empty goes with them (src/io/empty-folders.ts).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { countWriteIn, writesStopped } from '../io/write-stop.js';
import { sha256 } from '../model/fingerprint.js';
import { type ManifestEntry, readManifest, writeManifest } from './manifest.js';
import { isGone } from '../io/gone.js';
import { removeEmptiedFolders } from '../io/empty-folders.js';

/** The outputs an entry records, each with the sha256 written, as names relative to `outDir` inside it. */
function outputsOf(outDir: string, entry: ManifestEntry): [string, string][] {
  return [[entry.output, entry.pdf] as [string, string], ...Object.entries(entry.also ?? {})].filter(([name]) =>
    inside(outDir, name),
  );
}

/** Whether `name` (relative to `outDir`) is a path inside it. */
function inside(outDir: string, name: string): boolean {
  return resolve(outDir, name).startsWith(`${resolve(outDir)}${sep}`);
}

function hashOf(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Whether the entry's source and every output it records are as the manifest recorded them. */
function stillAsBuilt(outDir: string, source: string, entry: ManifestEntry): boolean {
  return (
    hashOf(source) === entry.source &&
    outputsOf(outDir, entry).every(([name, hash]) => hashOf(join(outDir, name)) === hash)
  );
}

/** Removes the outputs `entry` records that are there (inside `outDir`); the files removed. None after a signal. */
export function removeEntryOutputs(outDir: string, entry: ManifestEntry): string[] {
  if (writesStopped()) return [];
  const removed: string[] = [];
  const done = countWriteIn();
  try {
    for (const [name] of outputsOf(outDir, entry)) {
      const path = join(outDir, name);
      if (!existsSync(path)) continue;
      rmSync(path, { force: true });
      removed.push(path);
    }
    removeEmptiedFolders(removed, outDir);
  } finally {
    done();
  }
  return removed;
}

/**
 * Removes the outputs of the manifest's entries that `drop` chooses (given the source's absolute path) and whose
 * source is still there, and forgets them; the files removed, each as `outDir` joined with its name.
 */
function removeEntries(outDir: string, drop: (source: string, entry: ManifestEntry) => boolean): string[] {
  const manifest = readManifest(outDir);
  const removed: string[] = [];
  let forgotten = 0;
  if (writesStopped()) return [];
  for (const [key, entry] of Object.entries(manifest.entries)) {
    const source = resolve(outDir, key);
    if (!existsSync(source) || !drop(source, entry)) continue;
    removed.push(...removeEntryOutputs(outDir, entry));
    delete manifest.entries[key];
    forgotten++;
  }
  if (forgotten > 0) writeManifest(outDir, manifest);
  return removed;
}

/** Removes the outputs the manifest records for `sources` (absolute paths the run could not build); the files removed. */
export function removeOutputsOf(outDir: string, sources: ReadonlySet<string>): string[] {
  if (sources.size === 0) return [];
  return removeEntries(outDir, (source) => sources.has(source));
}

/**
 * Removes from `outDir` the outputs its manifest records for sources that exist and that the run cannot vouch for
 * (see the top of this file): `vouched` are the absolute paths of the sources it built or found up to date, `asked`
 * those it was asked to build (a source not asked is vouched for while still as built). The files removed.
 */
export function removeOutputsNotVouched(
  outDir: string,
  vouched: ReadonlySet<string>,
  asked: ReadonlySet<string>,
): string[] {
  return removeEntries(
    outDir,
    (source, entry) => !vouched.has(source) && (asked.has(source) || !stillAsBuilt(outDir, source, entry)),
  );
}

/** The policies of this run that failed to build, one of which may be a gone policy's file under a new name. */
export interface FailedClaims {
  /** An output (absolute path) → the failed policy that would write it: one that reads (it failed to render, or clashed). */
  named: ReadonlyMap<string, string>;
  /** The failed policies that cannot be read far enough to name their outputs. */
  unread: readonly string[];
}

/** An output of a policy whose file is gone, kept: a policy that failed now would replace it, or may. */
export interface KeptOutput {
  /** The file kept (`outDir` joined with its name). */
  file: string;
  /** The failed policy that names it; or, with `unread`, those that cannot be read, any of which may. */
  policies: string[];
  unread: boolean;
}

const NO_CLAIMS: FailedClaims = { named: new Map(), unread: [] };

/**
 * Removes the outputs of the policies whose file is gone (deleted or renamed): of each entry whose source no longer
 * exists, the outputs it records and `pages` (files of its own name another record says were written: the report's
 * page of the policy, name with forward slashes → sha256 written) names beside its first, where each is still as
 * written and no entry of a source still there records it; the entries forgotten. An entry a failed policy of
 * `claims` would replace (or, with one that cannot be read, may) is kept, outputs, page and entry (`kept`). The files
 * removed, all of them or, after a signal, none: the signal handler waits while they are counted in
 * (src/io/write-stop.ts); and the error of the manifest not written (a full disk), for the run to tell: the next
 * build forgets those entries then.
 */
export function removeOutputsOfGone(
  outDir: string,
  pages: ReadonlyMap<string, string> = new Map(),
  claims: FailedClaims = NO_CLAIMS,
): { removed: string[]; kept?: KeptOutput[]; unwritten?: unknown } {
  const manifest = readManifest(outDir);
  const gone = Object.entries(manifest.entries).filter(([key]) => isGone(resolve(outDir, key)));
  if (gone.length === 0 || writesStopped()) return { removed: [] };
  const goneKeys = new Set(gone.map(([key]) => key));
  const live = new Set(
    Object.entries(manifest.entries)
      .filter(([key]) => !goneKeys.has(key))
      .flatMap(([, entry]) => [...outputsOf(outDir, entry).map(([name]) => name), pageName(entry)])
      .map((name) => resolve(outDir, name)),
  );
  const removed: string[] = [];
  const kept: KeptOutput[] = [];
  const done = countWriteIn();
  try {
    for (const [key, entry] of gone) {
      const ours = [...outputsOf(outDir, entry), ...pageOf(outDir, entry, pages)]
        .map(([name, hash]) => [join(outDir, name), hash] as const)
        .filter(([path, hash]) => !live.has(resolve(path)) && hashOf(path) === hash)
        .map(([path]) => path);
      const claimant = claimOn(outDir, entry, claims);
      if (claimant) {
        kept.push(...ours.map((file) => ({ file, ...claimant })));
        continue;
      }
      for (const path of ours) rmSync(path, { force: true });
      removed.push(...ours);
      delete manifest.entries[key];
    }
    removeEmptiedFolders(removed, outDir);
  } finally {
    done();
  }
  const told = kept.length > 0 ? { kept } : {};
  if (gone.every(([key]) => key in manifest.entries)) return { removed, ...told };
  try {
    if (!writesStopped()) writeManifest(outDir, manifest);
  } catch (unwritten) {
    return { removed, ...told, unwritten };
  }
  return { removed, ...told };
}

/** The failed policy that would write one of the entry's outputs; else, while any cannot be read, those. */
function claimOn(outDir: string, entry: ManifestEntry, claims: FailedClaims): Omit<KeptOutput, 'file'> | undefined {
  for (const [name] of outputsOf(outDir, entry)) {
    const policy = claims.named.get(resolve(outDir, name));
    if (policy !== undefined) return { policies: [policy], unread: false };
  }
  return claims.unread.length > 0 ? { policies: [...claims.unread], unread: true } : undefined;
}

/** The name of the report's page of the policy an entry records: its first output's, with .html. */
function pageName(entry: ManifestEntry): string {
  return entry.output.replace(/\.[^./\\]+$/, '.html');
}

/** The page `pages` records beside an entry's first output (pageName), with the sha256 written. */
function pageOf(outDir: string, entry: ManifestEntry, pages: ReadonlyMap<string, string>): [string, string][] {
  const name = pageName(entry);
  const hash = pages.get(name.split(sep).join('/'));
  return hash === undefined || name === entry.output || !inside(outDir, name) ? [] : [[name, hash]];
}
