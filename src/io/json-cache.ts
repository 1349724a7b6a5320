// One value kept on disk as JSON under a file name made of what the value depends on: the shared read and write of
// the caches that spare a cold run its parsing (src/io/messages-cache.ts, src/io/parsed-cache.ts,
// src/wording/compiled-cache.ts, and the fonts' covered characters in src/brand/font-checks.ts). Best effort: a file that is missing, damaged or of another shape reads as nothing,
// and a write that fails is skipped without a word; a value is written whole under a name of its own and then
// renamed, so a run reading at the same moment never sees half a file.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparedFolder } from './prepared.js';

/** The value kept in `file`, when it is there and of the expected shape. */
export function readCachedJson<T>(file: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isValid(stored) ? stored : undefined;
  } catch {
    return undefined; // not there yet, or damaged: the caller makes the value again
  }
}

/** Keeps `value` (which must survive JSON as it is) in `file` inside `folder`, made when missing. */
export function writeCachedJson(folder: string, file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the folder itself could not be made: nothing was written
    }
  }
}

/**
 * The value named `name` of one kind of cache (`kind` is its folder's name): the copy prepared with clausemark when
 * there is one (src/io/prepared.ts), else the one kept in `folder` (the run's cache folder for that kind, undefined
 * when caches are off), else what `make` makes (which throws on faulty input: nothing is kept), then kept there.
 */
export function cachedJson<T>(
  kind: string,
  folder: string | undefined,
  name: string,
  isValid: (value: unknown) => value is T,
  make: () => T,
): T {
  const prepared = preparedFolder();
  const shipped = prepared === undefined ? undefined : readCachedJson(join(prepared, kind, name), isValid);
  if (shipped !== undefined) return shipped;
  if (folder === undefined) return make();
  const file = join(folder, name);
  const stored = readCachedJson(file, isValid);
  if (stored !== undefined) return stored;
  const value = make();
  writeCachedJson(folder, file, value);
  return value;
}
