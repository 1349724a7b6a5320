// The command thread's code compiled once and kept: V8's code cache of the CommonJS bundle of src/cli/startup/command-thread.ts
// (scripts/bundle.mjs), one file per command in the user's cache folder (src/cli/cache.ts). Node 20 keeps no such
// cache for ES modules, and compiling the thread's code (a hundred chunks, ~1.7 MB for `check`) with each function as
// it is first called was a third of a cold command's CPU time. The cache is taken after the run, so it holds every
// function the command called, and a later run of that command compiles almost nothing.
// Never trusted blindly: V8 checks only the source's length and its own version and flags, and in a release build
// not the data's checksum, so bytes made from ANY script of the same length run in place of clausemark's. A header
// and a checksum anyone can compute prove nothing, so a file is used only when its seal holds (src/io/cache-seal.ts:
// this user's HMAC, under a secret kept outside the cache folder, of the header naming this very bundle by its file
// name and the SHA-256 scripts/bundle.mjs took of it, this node and this architecture, and of V8's bytes): only a
// clausemark run of this user can have made it, from this bundle. A file that is missing, stale, damaged, planted or
// of another shape is not used and is replaced after the run; a crash while running cached code does not repeat
// (src/cli/startup/code-cache-runs.ts); a write that fails (a read-only folder, a full disk) is skipped without a word.
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { writeCacheFile } from '../../io/cache-file.js';
import { seal, sealHolds } from '../../io/cache-seal.js';
import { dropCachesOfCrashedRuns, markCacheInUse } from './code-cache-runs.js';
import { isCommandWord } from '../command-words.js';

/** The first line of every cache file; a new format gets a new number (version 1 had a CRC-32, not a seal). */
export const MAGIC = 'clausemark-code-cache 2';

/**
 * What a cache file must be made for: the bundle's file name (esbuild puts a hash of its content in it) and the
 * SHA-256 of its text (scripts/bundle.mjs), node, CPU.
 */
export function cacheKey(scriptName: string, scriptHash: string): string {
  return `${scriptName} ${scriptHash} ${process.version} ${process.arch}`;
}

/** The name the build's worker threads keep their code under (src/cli/startup/worker-start.ts). */
export const BUILD_WORKER_CACHE = 'build-worker';

/**
 * The cache file of one command (or of the build's workers): its word when it is a command, else one shared file
 * (help, a mistyped word: each word that is no command once kept a code cache of its own, ~1.7 MB, under its name).
 */
export function cacheFileFor(dir: string, command: string | undefined): string {
  const name = isCommandWord(command) || command === BUILD_WORKER_CACHE ? command : 'other';
  return join(dir, `${name}.bin`);
}

/**
 * The cache file's data: the header line, the key, the seal of the three (hex), then V8's bytes; undefined without a
 * secret to seal it with (then no code is kept).
 */
export function encodeCodeCache(key: string, data: Uint8Array): Buffer | undefined {
  const tag = seal([MAGIC, key, data]);
  if (tag === undefined) return undefined;
  const header = `${MAGIC}\n${key}\n${tag.toString('hex')}\n`;
  return Buffer.concat([Buffer.from(header, 'utf8'), data]);
}

/** V8's bytes in a cache file's contents, when this user's clausemark made them for `key` and they arrived whole. */
export function decodeCodeCache(contents: Buffer, key: string): Buffer | undefined {
  const header = headerLines(contents, 3);
  if (!header) return undefined;
  const [magic, madeFor, tag] = header.lines;
  const data = header.rest;
  if (magic !== MAGIC || madeFor !== key || data.length === 0) return undefined;
  return sealHolds(tag ?? '', [MAGIC, key, data]) ? data : undefined;
}

/** The first `count` lines of `contents` and where the rest starts, or undefined (a line over 1000 bytes, too few). */
export function headerLines(contents: Buffer, count: number): { lines: string[]; rest: Buffer } | undefined {
  let at = 0;
  const lines: string[] = [];
  for (let line = 0; line < count; line++) {
    const end = contents.indexOf(10, at);
    if (end < 0 || end - at > 1000) return undefined;
    lines.push(contents.toString('utf8', at, end));
    at = end + 1;
  }
  return { lines, rest: contents.subarray(at) };
}

/** The cached bytes of `file` for `key`, or undefined (no file, another bundle or node, damaged). */
export function readCodeCache(file: string, key: string): Buffer | undefined {
  try {
    return decodeCodeCache(readFileSync(file), key);
  } catch {
    return undefined;
  }
}

/** Keeps `data` for `key` in `file`: written whole under a name of its own, then renamed; a failure is skipped. */
export function writeCodeCache(file: string, key: string, data: Uint8Array): void {
  const contents = encodeCodeCache(key, data);
  if (contents === undefined) return;
  writeCacheFile(file, contents);
}

/** Whether a cache could be written in `dir` (made when missing): else compiling the bundle would gain nothing. */
export function canKeepCodeIn(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** node's own CommonJS wrapper, on the first line so that line numbers stay the file's. */
export const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';

export interface CachedRun {
  /** Whether V8 took the cached code (false: none was given, or V8 refused it). */
  readonly usedCache: boolean;
  /** Takes V8's cache of everything compiled so far and keeps it in `file` for `key`. */
  keep(file: string, key: string): void;
}

/** The bundle compiled, not yet run: whether V8 took the cached code is known before anything runs. */
export interface CompiledBundle extends CachedRun {
  /** Runs it as node runs a CommonJS module. */
  run(): void;
}

/**
 * Compiles `source`, the CommonJS bundle in the file `script`, in node's CommonJS wrapper (exports, require, module,
 * __filename, __dirname), from `cached` (V8's bytes of an earlier run) when V8 takes them.
 */
export function compileWithCodeCache(script: string, source: string, cached: Buffer | undefined): CompiledBundle {
  const wrapped = `${WRAPPER_HEAD}${source}\n});`;
  const compiled = new Script(wrapped, { filename: script, ...(cached ? { cachedData: cached } : {}) });
  return {
    usedCache: cached !== undefined && compiled.cachedDataRejected !== true,
    run: () => {
      const module = { exports: {} };
      const run = compiled.runInThisContext() as (...args: unknown[]) => void;
      run.call(module.exports, module.exports, createRequire(script), module, script, dirname(script));
    },
    keep: (file, key) => writeCodeCache(file, key, compiled.createCachedData()),
  };
}

/** Runs `source` as compileWithCodeCache compiles it. */
export function runWithCodeCache(script: string, source: string, cached: Buffer | undefined): CachedRun {
  const compiled = compileWithCodeCache(script, source, cached);
  compiled.run();
  return compiled;
}

/** The bundle's text, read as Latin-1: scripts/bundle.mjs writes it in ASCII, so it is a string of one byte a character. */
export function scriptSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
}

/** A bundle scripts/bundle.mjs wrote: its file and the SHA-256 of its text (hex), which it names at bundle time. */
export interface BundledScript {
  file: string;
  sha256: string;
}

/**
 * Runs the CommonJS bundle `script` (a file in dist/chunks/ named by its content) from the cache `cacheName` in the
 * cache folder `dir`. False, with nothing run, when that way is closed: no cache folder, no bundle, or no cache and
 * a folder that cannot take one (the caller then imports the ES modules). `keepWhen` says when the code compiled so
 * far is to be kept, when its own cache was not used: by then the functions the run needs are compiled. Without one,
 * the run starts from `firstRunCode` (the code `npm run build` prepared, src/cli/startup/prepared-code.ts). Caches that a
 * crashed run was using are removed first, and this run's use of one is marked (src/cli/startup/code-cache-runs.ts).
 */
export function startFromCodeCache(
  script: BundledScript | undefined,
  dir: string | undefined,
  cacheName: string | undefined,
  keepWhen: (keep: () => void) => void,
  firstRunCode: () => Buffer | undefined = () => undefined,
): boolean {
  if (script === undefined || dir === undefined) return false;
  const source = scriptSource(script.file);
  if (source === undefined) return false;
  dropCachesOfCrashedRuns(dir);
  const file = cacheFileFor(dir, cacheName);
  const key = cacheKey(basename(script.file), script.sha256);
  const found = readCodeCache(file, key);
  if (found === undefined && !canKeepCodeIn(dir)) return false;
  const own = found !== undefined && markCacheInUse(dir, file) ? found : undefined;
  // Without a cache of its own, a run starts from the code the build prepared (firstRunCode) and still keeps its own.
  const run = runWithCodeCache(script.file, source, own ?? firstRunCode());
  if (own === undefined || !run.usedCache) keepWhen(() => run.keep(file, key));
  return true;
}

/** A bundle in dist/chunks/, by the file name and hash scripts/bundle.mjs gave it; bundled, this module is one folder below dist/. */
export function bundledScript(name: string, sha256: string): BundledScript {
  return { file: fileURLToPath(new URL(`../chunks/${name}`, import.meta.url)), sha256 };
}
