// out/.clausemark-reports.json: the stamp of the board packs and comparisons `start` writes (reports.ts: a hash of
// what they are made from; the same stamp with every file there, and nothing is made again) and the files written,
// so that a run that cannot vouch for them (the report could not be made, src/jobs/build.ts) removes those of the run
// before instead of leaving them in out/ as if current. Of each file written it also keeps the sha256 written and the
// policy files it was made from, so that a run that makes none (`build`, `serve --watch`) removes those made from a
// policy whose file is gone while still as written (removeReportsOfGone): a board pack of a revision deleted, a
// comparison one of whose policies is. A record of the older form, the stamp alone, is read as that stamp with no
// file written; one without the sources, as files of unknown sources, which only `start` removes. A folder left
// empty goes with its files (src/io/empty-folders.ts). The record is written whole (src/io/atomic.ts).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../../io/atomic.js';
import { removeEmptiedFolders } from '../../io/empty-folders.js';
import { isGone } from '../../io/gone.js';
import { countWriteIn, writesStopped } from '../../io/write-stop.js';
import { sha256 } from '../../model/fingerprint.js';

const RECORD_NAME = '.clausemark-reports.json';

export interface ReportsRecord {
  /** The stamp of the last complete run ('' for none). */
  stamp: string;
  /** The files written and still there, relative to the output folder, sorted. */
  written: string[];
  /** Of files written: the sha256 written and the policy files made from, relative to the output folder. */
  made?: Record<string, MadeFrom>;
}

/** What a file of the record was made from, and what was written. */
export interface MadeFrom {
  sha256: string;
  sources: string[];
}

/** A file written now: the sha256 of what was written, and the policy files (absolute paths) it was made from. */
export interface WrittenReport {
  path: string;
  sha256: string;
  sources: readonly string[];
}

function isMadeFrom(value: unknown): value is MadeFrom {
  const made = value as Partial<MadeFrom> | null;
  return (
    typeof made?.sha256 === 'string' &&
    Array.isArray(made.sources) &&
    made.sources.every((source) => typeof source === 'string')
  );
}

/** The record in `outDir`; an empty one where there is none or it cannot be read (the worst that costs is a rebuild). */
export function readReportsRecord(outDir: string): ReportsRecord {
  let text: string;
  try {
    text = readFileSync(join(outDir, RECORD_NAME), 'utf8');
  } catch {
    return { stamp: '', written: [] };
  }
  try {
    const data = JSON.parse(text) as Partial<ReportsRecord>;
    const written = Array.isArray(data.written) ? data.written.filter((name) => typeof name === 'string') : [];
    const made = Object.fromEntries(
      Object.entries(data.made && typeof data.made === 'object' ? data.made : {}).filter(
        ([name, value]) => written.includes(name) && isMadeFrom(value),
      ),
    );
    const stamp = typeof data.stamp === 'string' ? data.stamp : '';
    return Object.keys(made).length > 0 ? { stamp, written, made } : { stamp, written };
  } catch {
    return { stamp: text, written: [] };
  }
}

/** Writes the record when it differs from `before`. */
function saveRecord(outDir: string, before: ReportsRecord, record: ReportsRecord): void {
  if (JSON.stringify(before) === JSON.stringify(record)) return;
  writeFileAtomic(join(outDir, RECORD_NAME), `${JSON.stringify(record, null, 1)}\n`);
}

/** A name of the record, as a path in `outDir`; undefined for one that reaches outside it (the record is a file). */
function inside(outDir: string, name: string): string | undefined {
  return resolve(outDir, name).startsWith(`${resolve(outDir)}${sep}`) ? join(outDir, name) : undefined;
}

/** The record's name of a file in `outDir`: relative, with forward slashes. */
const nameOf = (outDir: string, path: string): string => relative(outDir, path).split(sep).join('/');

/** The record with only the files `keep` chooses, and their `made`. */
function only(record: ReportsRecord, keep: (name: string) => boolean): ReportsRecord {
  const written = record.written.filter(keep);
  const made = Object.fromEntries(Object.entries(record.made ?? {}).filter(([name]) => keep(name)));
  return Object.keys(made).length > 0 ? { ...record, written, made } : { stamp: record.stamp, written };
}

/**
 * Records a run that made (wrote, or found up to date) the files `made`, of which `written` were written now, each
 * with what it was made from: beside those the record names that are still there; `stamp` where the run was
 * complete, else the stamp before stays.
 */
export function recordReports(
  outDir: string,
  made: readonly string[],
  stamp: string | undefined,
  written: readonly WrittenReport[] = [],
): void {
  const before = readReportsRecord(outDir);
  const kept = only(before, (name) => existsSync(inside(outDir, name) ?? ''));
  const names = made.map((path) => nameOf(outDir, path));
  const all = [...new Set([...kept.written, ...names])].sort((a, b) => a.localeCompare(b, 'en'));
  const from = { ...kept.made };
  for (const file of written) {
    from[nameOf(outDir, file.path)] = {
      sha256: file.sha256,
      sources: file.sources.map((source) => relative(outDir, resolve(source))),
    };
  }
  const record = { stamp: stamp ?? before.stamp, written: all };
  saveRecord(outDir, before, Object.keys(from).length > 0 ? { ...record, made: from } : record);
}

/**
 * Removes the files the record names that were made from a policy whose file is gone, while still as written (a
 * file changed since is no longer clausemark's, and stays), and forgets them; the files removed. Counted in as a
 * write, so a signal waits for them; after one, none, and the record is not written (the next run removes them).
 */
export function removeReportsOfGone(outDir: string): string[] {
  if (writesStopped()) return [];
  const before = readReportsRecord(outDir);
  const gone = Object.entries(before.made ?? {}).filter(([, made]) =>
    made.sources.some((source) => isGone(resolve(outDir, source))),
  );
  if (gone.length === 0) return [];
  const removed: string[] = [];
  const done = countWriteIn();
  try {
    for (const [name, made] of gone) {
      const path = inside(outDir, name);
      if (path === undefined || hashOf(path) !== made.sha256) continue;
      rmSync(path, { force: true });
      removed.push(path);
    }
    removeEmptiedFolders(removed, outDir);
  } finally {
    done();
  }
  const forgotten = new Set(gone.map(([name]) => name));
  if (!writesStopped())
    saveRecord(
      outDir,
      before,
      only(before, (name) => !forgotten.has(name)),
    );
  return removed;
}

function hashOf(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Removes the files the record names that are not among `made` (this run's, absolute paths), and forgets them; the
 * files removed. Files first, then the record: stopped between the two, the next run finds a file gone and writes it.
 */
export function removeReportsNotMade(outDir: string, made: ReadonlySet<string>): string[] {
  // After a signal nothing is removed, as nothing is written (src/io/write-stop.ts).
  if (writesStopped()) return [];
  const before = readReportsRecord(outDir);
  const removed: string[] = [];
  const done = countWriteIn();
  try {
    for (const name of before.written) {
      const path = inside(outDir, name);
      if (path === undefined || made.has(resolve(path)) || !existsSync(path)) continue;
      rmSync(path, { force: true });
      removed.push(path);
    }
    removeEmptiedFolders(removed, outDir);
  } finally {
    done();
  }
  saveRecord(
    outDir,
    before,
    only(before, (name) => made.has(resolve(outDir, name))),
  );
  return removed;
}
