// V8's code cache of the command thread's bundle as `npm run build` leaves it (scripts/prepare-data.mjs keeps the
// caches its `check` and `build` runs made, in dist/prepared/code/): a run with the caches off (CLAUSEMARK_CACHE_DIR=off,
// or none to be had) starts from it instead of compiling the ES modules, a fifth of a cold one-policy build's CPU.
// Like the rest of dist/prepared/ it is part of the program (docs/security.md), so it carries no seal, only what it
// was made for: the bundle (its name and SHA-256), node, V8 and node's build configuration. V8 takes a code cache only
// under the flags it was made with, and when it refuses one it compiles the whole bundle (~0.12 s of CPU, more than
// the ES modules cost): so it is tried only when node was given no option that could set a flag, and a refusal
// runs nothing (the caller imports the ES modules).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type BundledScript,
  cacheFileFor,
  cacheKey,
  compileWithCodeCache,
  headerLines,
  MAGIC,
  scriptSource,
} from './code-cache.js';

/** The first line of a prepared file; a new format gets a new number. */
const PREPARED_MAGIC = 'clausemark-prepared-code 1';

/** What a prepared cache must be made for: the bundle and node (cacheKey), V8, node's build configuration. */
export function preparedCodeKey(scriptName: string, scriptHash: string): string {
  const config = createHash('sha256').update(JSON.stringify(process.config)).digest('hex');
  return `${cacheKey(scriptName, scriptHash)} ${process.versions.v8} ${config}`;
}

/** The prepared file's contents: the header line, the key, then V8's bytes. */
export function encodePreparedCode(key: string, data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${PREPARED_MAGIC}\n${key}\n`, 'utf8'), data]);
}

/** V8's bytes in a prepared file's contents, when made for `key`; else undefined. */
export function decodePreparedCode(contents: Buffer, key: string): Buffer | undefined {
  const header = headerLines(contents, 2);
  if (header?.lines[0] !== PREPARED_MAGIC || header.lines[1] !== key || header.rest.length === 0) return undefined;
  return header.rest;
}

/**
 * A cache file this node's clausemark kept in its cache folder (code-cache.ts) as a prepared file's contents, for
 * scripts/prepare-data.mjs: its seal is not checked (the build's own runs made it just now), only its format and that
 * it was made by this node; undefined otherwise.
 */
export function preparedFromKept(contents: Buffer): Buffer | undefined {
  const header = headerLines(contents, 3);
  const [name, hash, ...made] = header?.lines[1]?.split(' ') ?? [];
  if (header?.lines[0] !== MAGIC || !name || !hash || header.rest.length === 0) return undefined;
  if (made.join(' ') !== `${process.version} ${process.arch}`) return undefined;
  return encodePreparedCode(preparedCodeKey(name, hash), header.rest);
}

/** Options node takes that set no V8 flag (the modules it loads first); any other could. */
const PRELOAD = /^(--import|--require|-r)$/;
const PRELOAD_WITH_VALUE = /^--(import|require)=/;

/** Whether node was started with no option that could set a V8 flag (in its arguments or NODE_OPTIONS). */
export function setsNoV8Flag(execArgv: readonly string[], nodeOptions: string): boolean {
  const options = [...execArgv, ...nodeOptions.split(/\s+/).filter((option) => option !== '')];
  for (let at = 0; at < options.length; at++) {
    if (PRELOAD.test(options[at]!)) at++;
    else if (!PRELOAD_WITH_VALUE.test(options[at]!)) return false;
  }
  return true;
}

/**
 * V8's bytes of the prepared cache of `command` in `folder` (dist/prepared/) for this bundle, node and V8; undefined
 * when there is none, or when node may run with other V8 flags (V8 would refuse them).
 */
export function preparedCodeFor(
  script: BundledScript,
  folder: string | undefined,
  command: string | undefined,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): Buffer | undefined {
  if (folder === undefined || !setsNoV8Flag(execArgv, nodeOptions)) return undefined;
  try {
    const file = cacheFileFor(join(folder, 'code'), command);
    return decodePreparedCode(readFileSync(file), preparedCodeKey(basename(script.file), script.sha256));
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle `script` from the prepared cache of `command` in `folder` (dist/prepared/). False, with nothing
 * run, when there is none for this bundle, node and V8, when node may run with other V8 flags, or when V8 refuses it.
 */
export function startFromPreparedCode(
  script: BundledScript | undefined,
  folder: string | undefined,
  command: string | undefined,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  if (script === undefined) return false;
  const cached = preparedCodeFor(script, folder, command, execArgv, nodeOptions);
  const source = cached && scriptSource(script.file);
  if (cached === undefined || source === undefined) return false;
  const compiled = compileWithCodeCache(script.file, source, cached);
  if (!compiled.usedCache) return false;
  compiled.run();
  return true;
}
