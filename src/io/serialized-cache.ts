// Values too large for JSON kept on disk in V8's own serialisation (node:v8): the parsed policies of a run
// (src/parse/cached.ts), so a `check` or `diff` of an unchanged 1.3 MB civil code reads its model back instead of
// parsing it again (parsing was about half of such a check). An entry is named by a SHA-256 of everything the value
// is made from (the caller's parts and the running bundle's stamp, src/io/code-stamp.ts) and is sealed
// (src/io/sealed-file.ts: this user's HMAC of the format, the file's name and every byte after the seal), so an entry
// edited, cut short, planted or copied from elsewhere is not used: the value is made afresh and kept anew. Outside
// the bundle (the tests running the sources) the code has no stamp and nothing is kept unless a stamp is given.
// A value is kept the second time it is made, so a file read once costs no more than without the cache. The folder
// is bounded like the font subsets' (src/build/subset-cache.ts): past BOUNDS (a number of entries, and of bytes in
// all) the least recently written go, checked after a process's first write and then every few (wrote). Best effort: a folder that cannot be read or written is skipped without a word.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeCacheFile } from './cache-file.js';
import { canSeal, type SealPart } from './cache-seal.js';
import { codeStamp } from './code-stamp.js';
import { readSealedFile, sealedFileBytes, writeSealedFile } from './sealed-file.js';

/** Changes when the file layout changes: files of another version are never read. The seal covers it. */
export const ENTRY_FORMAT = 'clausemark serialized cache 1';
/** How much a folder keeps at most: past either bound the least recently written entries go. */
export interface CacheBounds {
  files: number;
  bytes: number;
}

/**
 * A school's policies many times over, and about twenty-four entries of a civil code (5 MB each); an entry larger than
 * a quarter of the bytes is not kept (it would push out most of the others).
 */
export const BOUNDS: CacheBounds = { files: 1000, bytes: 128 * 1024 * 1024 };

export interface SerializedCache {
  dir: string;
  /** The running bundle's stamp: every entry is of this build only. */
  code: string;
  bounds: CacheBounds;
}

/** The folder and the code stamp, or undefined when nothing is kept (caches off, or no stamp outside the bundle). */
export function serializedCache(
  dir: string | undefined,
  code: string = codeStamp(),
  bounds: CacheBounds = BOUNDS,
): SerializedCache | undefined {
  return dir === undefined || code === '' ? undefined : { dir, code, bounds };
}

/**
 * A text given with its UTF-8 bytes (a file's bytes as read, when decoding them changed nothing): named by the bytes,
 * as the text alone would name it, so the same entry; hashing a civil code's 1.3 MB text encoded it to UTF-8 again
 * first, ~5 ms of a `check`. The caller vouches that `utf8` is exactly the text's UTF-8.
 */
export interface TextWithUtf8 {
  text: string;
  utf8: Uint8Array;
}

/** What an entry is made from: texts and bytes (as the seal takes them), or a text with its UTF-8. */
export type EntryPart = SealPart | TextWithUtf8;

function entryName(cache: SerializedCache, parts: readonly EntryPart[]): string {
  const hash = createHash('sha256');
  for (const part of [ENTRY_FORMAT, cache.code, ...parts]) {
    if (typeof part === 'object' && 'utf8' in part) {
      hash.update(`s${part.text.length}:`);
      hash.update(part.utf8);
      continue;
    }
    hash.update(`${typeof part === 'string' ? `s${part.length}` : `b${part.byteLength}`}:`);
    hash.update(part);
  }
  return `${hash.digest('hex')}.bin`;
}

/** The stored value in `file` when it is there and its seal holds; else undefined. */
function readEntry(file: string): unknown {
  const payload = readSealedFile(file, ENTRY_FORMAT);
  if (payload === undefined) return undefined;
  try {
    return deserialize(payload);
  } catch {
    return undefined; // sealed by us but not readable by this node (another V8's format): made afresh
  }
}

/** The files named `*<suffix>` in `dir`, the most recently written first. */
function newestFirst(dir: string, suffix: string): { name: string; size: number }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .flatMap((name) => {
      try {
        const { mtimeMs, size } = statSync(join(dir, name));
        return [{ name, mtimeMs, size }];
      } catch {
        return []; // removed by another run meanwhile
      }
    })
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
}

/** Past the bounds, the least recently written entries go; so do the markers of values made once, past as many. */
function prune(dir: string, bounds: CacheBounds): void {
  try {
    let bytes = 0;
    newestFirst(dir, '.bin').forEach(({ name, size }, index) => {
      bytes += size;
      if (index >= bounds.files || bytes > bounds.bytes) rmSync(join(dir, name), { force: true });
    });
    newestFirst(dir, '.seen').forEach(({ name }, index) => {
      if (index >= bounds.files) rmSync(join(dir, name), { force: true });
    });
  } catch {
    // the folder cannot be read: nothing to bound
  }
}

/** What this process wrote into each folder since it last bounded it (undefined: not bounded yet in this process). */
const writtenSincePrune = new Map<string, { files: number; bytes: number }>();

/**
 * Bounds the folder after a write: the first in this process, then once a thirty-second of its files or an eighth of
 * its bytes have been written since, so a `check` of a thousand new policies does not list the folder a thousand times.
 */
function wrote(dir: string, bytes: number, bounds: CacheBounds): void {
  const since = writtenSincePrune.get(dir);
  if (since !== undefined) {
    since.files++;
    since.bytes += bytes;
    if (since.files * 32 < bounds.files && since.bytes * 8 < bounds.bytes) return;
  }
  writtenSincePrune.set(dir, { files: 0, bytes: 0 });
  prune(dir, bounds);
}

function writeEntry(file: string, value: unknown, bounds: CacheBounds): void {
  const payload = serialize(value);
  if (sealedFileBytes(payload.byteLength) > bounds.bytes / 4) return;
  // Nothing is kept without a secret: an entry that could not be checked would never be read.
  if (writeSealedFile(file, ENTRY_FORMAT, payload)) wrote(dirname(file), payload.byteLength, bounds);
}

/**
 * The value made from `parts`: read back with `restore` from the entry kept for exactly these parts in `cache`, else
 * made by `make` and, the second time it is made here, kept as `store` gives it (undefined: this value is not kept;
 * the first time only an empty `.seen` file says so). `restore` answers undefined for a stored value it does not
 * recognise (then the value is made afresh and kept anew).
 */
export function cachedSerialized<T>(
  cache: SerializedCache | undefined,
  parts: readonly EntryPart[],
  make: () => T,
  store: (value: T) => unknown,
  restore: (stored: unknown) => T | undefined,
): T {
  if (cache === undefined || !canSeal()) return make();
  const file = join(cache.dir, entryName(cache, parts));
  const stored = readEntry(file);
  const restored = stored === undefined ? undefined : restore(stored);
  if (restored !== undefined) return restored;
  const value = make();
  // Kept from the second time it is made (or at once where an entry stood that could not be used): writing a civil
  // code's entry costs a first run 50–60 ms of CPU, wasted on a file checked once.
  const seen = `${file.slice(0, -'.bin'.length)}.seen`;
  if (!existsSync(file) && !existsSync(seen)) {
    if (writeCacheFile(seen, '')) wrote(cache.dir, 0, cache.bounds);
    return value;
  }
  const storable = store(value);
  if (storable !== undefined) writeEntry(file, storable, cache.bounds);
  try {
    rmSync(seen, { force: true });
  } catch {
    // a folder that cannot be written: its marker stays, which costs nothing
  }
  return value;
}
