// out/.clausemark-reports.json: the stamp of the board packs and comparisons `start` writes (reports.ts: a hash of
// what they are made from; the same stamp with every file there, and nothing is made again) and the files written,
// so that a run that cannot vouch for them (the report could not be made, src/jobs/build.ts) removes those of the run
// before instead of leaving them in out/ as if current. A record of the older form, the stamp alone, is read as that
// stamp with no file written. The record is written whole (src/io/atomic.ts).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../../io/atomic.js';
import { writesStopped } from '../../io/write-stop.js';

const RECORD_NAME = '.clausemark-reports.json';

export interface ReportsRecord {
  /** The stamp of the last complete run ('' for none). */
  stamp: string;
  /** The files written and still there, relative to the output folder, sorted. */
  written: string[];
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
    return { stamp: typeof data.stamp === 'string' ? data.stamp : '', written };
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

/**
 * Records a run that made (wrote, or found up to date) the files `made`: beside those the record names that are still
 * there; `stamp` where the run was complete, else the stamp before stays.
 */
export function recordReports(outDir: string, made: readonly string[], stamp: string | undefined): void {
  const before = readReportsRecord(outDir);
  const kept = before.written.filter((name) => existsSync(inside(outDir, name) ?? ''));
  const names = made.map((path) => relative(outDir, path).split(sep).join('/'));
  const written = [...new Set([...kept, ...names])].sort((a, b) => a.localeCompare(b, 'en'));
  saveRecord(outDir, before, { stamp: stamp ?? before.stamp, written });
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
  for (const name of before.written) {
    const path = inside(outDir, name);
    if (path === undefined || made.has(resolve(path)) || !existsSync(path)) continue;
    rmSync(path, { force: true });
    removed.push(path);
  }
  const written = before.written.filter((name) => made.has(resolve(outDir, name)));
  saveRecord(outDir, before, { ...before, written });
  return removed;
}
