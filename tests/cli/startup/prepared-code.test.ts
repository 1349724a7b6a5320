import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, MAGIC, runWithCodeCache } from '../../../src/cli/startup/code-cache.js';
import {
  decodePreparedCode,
  encodePreparedCode,
  preparedCodeKey,
  preparedFromKept,
  setsNoV8Flag,
  startFromPreparedCode,
} from '../../../src/cli/startup/prepared-code.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-prepared-code-'));
  dirs.push(dir);
  return dir;
}

const HASH = 'c'.repeat(64);
const bytes = Uint8Array.from({ length: 200 }, (_, index) => (index * 11) % 256);

/** A CommonJS bundle that says it ran (and with which factor) on globalThis, as scripts/bundle.mjs names one. */
function bundle(dir: string, factor: number): { file: string; sha256: string; source: string } {
  const source = `function times(n) { return n * ${factor}; }
globalThis.__preparedRan = [1, 2, 3].map(times);`;
  const file = join(dir, 'command-thread-script-TEST.js');
  writeFileSync(file, source);
  return { file, sha256: createHash('sha256').update(source).digest('hex'), source };
}

/** The cache file a run in a cache folder keeps (code-cache.ts's format; the seal is not read here). */
function kept(key: string, data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}\n${key}\n${'0'.repeat(64)}\n`), data]);
}

/** `dir`/code/check.bin prepared from V8's code of `source` (compiled and run in the file `file`). */
function prepare(dir: string, file: string, sha256: string, source: string): void {
  const sealed = join(dir, 'kept', 'check.bin');
  runWithCodeCache(file, source, undefined).keep(sealed, cacheKey('command-thread-script-TEST.js', sha256));
  const contents = preparedFromKept(readFileSync(sealed));
  if (!contents) throw new Error('the run kept no code cache');
  mkdirSync(join(dir, 'code'), { recursive: true });
  writeFileSync(join(dir, 'code', 'check.bin'), contents);
}

describe('the prepared code file', () => {
  it('names the bundle, node, V8 and the SHA-256 of node’s build configuration in its key', () => {
    const config = createHash('sha256').update(JSON.stringify(process.config)).digest('hex');
    expect(preparedCodeKey('command-thread-script-ABC.js', HASH)).toBe(
      `${cacheKey('command-thread-script-ABC.js', HASH)} ${process.versions.v8} ${config}`,
    );
  });

  it('gives back its bytes for the key it was made for, and nothing for another key or format', () => {
    const key = preparedCodeKey('command-thread-script-ABC.js', HASH);
    const good = encodePreparedCode(key, bytes);
    expect(decodePreparedCode(good, key)).toEqual(Buffer.from(bytes));
    expect(decodePreparedCode(good, preparedCodeKey('command-thread-script-XYZ.js', HASH))).toBeUndefined();
    expect(decodePreparedCode(good.subarray(0, 30), key), 'header cut').toBeUndefined();
    expect(decodePreparedCode(encodePreparedCode(key, new Uint8Array()), key), 'no data').toBeUndefined();
    expect(decodePreparedCode(kept(key, bytes), key), 'a cache folder’s file').toBeUndefined();
  });

  it('is made from a cache file this node kept, and from nothing else', () => {
    const made = preparedFromKept(kept(cacheKey('command-thread-script-ABC.js', HASH), bytes));
    expect(decodePreparedCode(made!, preparedCodeKey('command-thread-script-ABC.js', HASH))).toEqual(
      Buffer.from(bytes),
    );
    const otherNode = `command-thread-script-ABC.js ${HASH} v0.0.1 ${process.arch}`;
    expect(preparedFromKept(kept(otherNode, bytes)), 'another node').toBeUndefined();
    expect(preparedFromKept(Buffer.from(bytes)), 'no header').toBeUndefined();
    expect(preparedFromKept(kept(cacheKey('x.js', HASH), new Uint8Array())), 'no data').toBeUndefined();
  });
});

describe('setsNoV8Flag', () => {
  it('holds for plain node and for the modules node is told to load first', () => {
    expect(setsNoV8Flag([], '')).toBe(true);
    expect(setsNoV8Flag(['--import', 'data:text/javascript,0'], '')).toBe(true);
    expect(setsNoV8Flag(['--require=./probe.cjs', '-r', 'x'], '--import ./y.mjs')).toBe(true);
  });

  it('fails for any other option, in the arguments or in NODE_OPTIONS', () => {
    expect(setsNoV8Flag(['--max-old-space-size=4096'], '')).toBe(false);
    expect(setsNoV8Flag(['--import', 'x', '--stack-size=2000'], '')).toBe(false);
    expect(setsNoV8Flag([], '--interrupt-budget=1000')).toBe(false);
    expect(setsNoV8Flag(['--cpu-prof'], '')).toBe(false);
  });
});

describe('startFromPreparedCode', () => {
  it('runs the bundle from its prepared code, compiled as V8 kept it', () => {
    const dir = folder();
    const { file, sha256, source } = bundle(dir, 2);
    prepare(dir, file, sha256, source);
    (globalThis as { __preparedRan?: unknown }).__preparedRan = undefined;
    expect(startFromPreparedCode({ file, sha256 }, dir, 'check', [], '')).toBe(true);
    expect((globalThis as { __preparedRan?: unknown }).__preparedRan).toEqual([2, 4, 6]);
  });

  it('runs nothing without a prepared file, for another bundle, under options that could set a V8 flag', () => {
    const dir = folder();
    const { file, sha256, source } = bundle(dir, 3);
    expect(startFromPreparedCode({ file, sha256 }, dir, 'check', [], ''), 'none prepared').toBe(false);
    prepare(dir, file, sha256, source);
    (globalThis as { __preparedRan?: unknown }).__preparedRan = undefined;
    expect(startFromPreparedCode({ file, sha256 }, undefined, 'check', [], ''), 'no folder').toBe(false);
    expect(startFromPreparedCode(undefined, dir, 'check', [], ''), 'no bundle').toBe(false);
    expect(startFromPreparedCode({ file, sha256 }, dir, 'build', [], ''), 'another command').toBe(false);
    expect(startFromPreparedCode({ file, sha256: HASH }, dir, 'check', [], ''), 'another bundle').toBe(false);
    expect(startFromPreparedCode({ file, sha256 }, dir, 'check', [], '--max-old-space-size=100')).toBe(false);
    expect((globalThis as { __preparedRan?: unknown }).__preparedRan).toBeUndefined();
  });

  it('runs nothing when V8 refuses the code (made from another source of the same name and hash)', () => {
    const dir = folder();
    const { file, sha256, source } = bundle(dir, 4);
    prepare(dir, file, sha256, `${source}\nglobalThis.__more = [1, 2].map((n) => n + 1);`);
    (globalThis as { __preparedRan?: unknown }).__preparedRan = undefined;
    expect(startFromPreparedCode({ file, sha256 }, dir, 'check', [], '')).toBe(false);
    expect((globalThis as { __preparedRan?: unknown }).__preparedRan).toBeUndefined();
  });
});
