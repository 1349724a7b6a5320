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
// the error is fixed; the output of a policy whose file is gone stays as it was). Files first, then the manifest
// (written whole): stopped between the two, the next build finds an entry without its output and builds it again.
// After a signal nothing is removed, as nothing is written (src/io/write-stop.ts).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { writesStopped } from '../io/write-stop.js';
import { sha256 } from '../model/fingerprint.js';
import { type ManifestEntry, readManifest, writeManifest } from './manifest.js';

/** The outputs an entry records, each with the sha256 written, as names relative to `outDir` inside it. */
function outputsOf(outDir: string, entry: ManifestEntry): [string, string][] {
  const inside = (name: string): boolean => resolve(outDir, name).startsWith(`${resolve(outDir)}${sep}`);
  return [[entry.output, entry.pdf] as [string, string], ...Object.entries(entry.also ?? {})].filter(([name]) =>
    inside(name),
  );
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
  for (const [name] of outputsOf(outDir, entry)) {
    const path = join(outDir, name);
    if (!existsSync(path)) continue;
    rmSync(path, { force: true });
    removed.push(path);
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
