// A crash while running code from a cache must not repeat. V8 checks nothing of cached code in a release build
// (src/cli/startup/code-cache.ts), so bytes it cannot take (a bug, a disk that changed them after they were sealed, an
// attacker who has the user's secret) end the process with SIGSEGV or SIGTRAP, and before this on every run until the
// file was deleted by hand. So a thread about to run code from a cache first lists that cache file in its process's
// marker, `code/running-<pid>`, and the binary's main thread removes the marker when the process ends in any orderly
// way (src/cli/startup/binary.ts: done, an error, Ctrl-C, a closed pipe). A marker whose process is gone was left by a crash
// (or a kill -9): the next run removes the caches it lists, and so runs without them and keeps a fresh one. Kept apart
// from code-cache.ts so the main thread loads only this.
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { leftByEndedProcesses } from '../../io/process-alive.js';

const MARKER = /^running-(\d+)$/;
/** A cache file's name as cacheFileFor makes it: nothing else is removed on a marker's word. */
const CACHE_FILE = /^[a-z][a-z-]{0,30}\.bin$/;

/** The marker of the process `pid` in the code cache folder `dir`. */
export function runMarker(dir: string, pid = process.pid): string {
  return join(dir, `running-${pid}`);
}

function listed(marker: string): string[] {
  try {
    return readFileSync(marker, 'utf8')
      .split('\n')
      .filter((name) => CACHE_FILE.test(name));
  } catch {
    return [];
  }
}

/** Removes the caches listed by markers of processes that are gone (they crashed, or were killed), and the markers. */
export function dropCachesOfCrashedRuns(dir: string): void {
  const pidOf = (name: string): number | undefined => {
    const match = MARKER.exec(name);
    return match ? Number(match[1]) : undefined;
  };
  for (const name of leftByEndedProcesses(dir, pidOf)) {
    const marker = join(dir, name);
    for (const used of listed(marker)) rmSync(join(dir, used), { force: true });
    rmSync(marker, { force: true });
  }
}

/** Lists `file` in this process's marker before its code runs; false when that cannot be done (then it is not run). */
export function markCacheInUse(dir: string, file: string): boolean {
  const marker = runMarker(dir);
  if (listed(marker).includes(basename(file))) return true;
  try {
    appendFileSync(marker, `${basename(file)}\n`, { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}

/** This process's marker is removed: its run ended in an orderly way (the binary's main thread, on exit). */
export function endRunMarker(dir: string | undefined): void {
  if (dir === undefined) return;
  try {
    rmSync(runMarker(dir), { force: true });
  } catch {
    // a folder that went away: no marker either
  }
}

/** Removes this process's marker when it ends in any way but a crash: its threads' use of code caches ended well. */
export function endRunMarkerOnExit(dir: string | undefined): void {
  process.on('exit', () => endRunMarker(dir));
}
