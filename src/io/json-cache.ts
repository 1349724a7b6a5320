// One value kept on disk as JSON under a file name made of what the value depends on: the shared read and write of
// the caches that spare a cold run its parsing (src/io/messages-cache.ts, src/io/parsed-cache.ts,
// src/wording/compiled-cache.ts, and the fonts' covered characters in src/brand/font-checks.ts) and of the
// comparisons' alignments (src/report/corpus/alignment-cache.ts). Each file starts
// with a line holding its seal (src/io/cache-seal.ts: this user's HMAC of the cache's folder name, the file's name
// and the JSON), so an entry edited or planted by anyone without the user's secret is never taken: a compiled
// template is code that runs, and the others are words that are printed. Best effort: a file that is missing,
// damaged, unsealed or of another shape reads as nothing, and a write that fails is skipped without a word; a value
// is written whole under a name of its own and then renamed, so a run reading at the same moment never sees half a
// file.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeCacheFile } from './cache-file.js';
import { seal, sealHolds } from './cache-seal.js';
import { preparedFile } from './prepared.js';

/** Changes when the file layout changes: files of another version are never read. */
const VERSION = 'clausemark json cache 2';

/** What a file's seal covers besides its JSON: the format, its folder (the kind of cache) and its name. */
const sealed = (file: string, json: string): string[] => [VERSION, basename(dirname(file)), basename(file), json];

function parsed<T>(json: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const stored: unknown = JSON.parse(json);
    return isValid(stored) ? stored : undefined;
  } catch {
    return undefined; // damaged: the caller makes the value again
  }
}

/** The value kept in `file` (sealed, as writeCachedJson writes it), when it is there, sealed and of the expected shape. */
export function readCachedJson<T>(file: string, isValid: (value: unknown) => value is T): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // not there yet
  }
  const end = text.indexOf('\n');
  const json = text.slice(end + 1);
  return end > 0 && sealHolds(text.slice(0, end), sealed(file, json)) ? parsed(json, isValid) : undefined;
}

/** A value prepared with clausemark (src/io/prepared.ts): plain JSON, part of the program like its code. */
export function readPreparedJson<T>(file: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    return parsed(readFileSync(file, 'utf8'), isValid);
  } catch {
    return undefined;
  }
}

/** Keeps `value` (which must survive JSON as it is) in `file`, its folder made when missing, under its seal. */
export function writeCachedJson(file: string, value: unknown): void {
  const json = JSON.stringify(value);
  const tag = seal(sealed(file, json));
  if (tag === undefined) return; // no secret: nothing is kept that could not be checked
  writeCacheFile(file, `${tag.toString('hex')}\n${json}`);
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
  const prepared = preparedFile(kind, name);
  const shipped = prepared === undefined ? undefined : readPreparedJson(prepared, isValid);
  if (shipped !== undefined) return shipped;
  if (folder === undefined) return make();
  const file = join(folder, name);
  const stored = readCachedJson(file, isValid);
  if (stored !== undefined) return stored;
  const value = make();
  writeCachedJson(file, value);
  return value;
}
