import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILD_WORKER_CACHE,
  cacheFileFor,
  cacheKey,
  canKeepCodeIn,
  decodeCodeCache,
  encodeCodeCache,
  readCodeCache,
  runWithCodeCache,
  startFromCodeCache,
  writeCodeCache,
} from '../../../src/cli/startup/code-cache.js';
import { endRunMarker, runMarker } from '../../../src/cli/startup/code-cache-runs.js';
import { sealWith } from '../../../src/io/cache-seal.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-code-cache-'));
  dirs.push(dir);
  return dir;
}

/** A CommonJS script that sets module.exports from a few functions, so V8 has something to cache. */
function script(dir: string, factor: number): { file: string; source: string } {
  const source = `function square(n) { return n * n * ${factor}; }
function total(list) { return list.reduce((sum, n) => sum + square(n), 0); }
module.exports = { answer: total([1, 2, 3]) };`;
  const file = join(dir, 'script.js');
  writeFileSync(file, source);
  return { file, source };
}

const HASH = 'a'.repeat(64);
const KEY = cacheKey('command-thread-script-ABC.js', HASH);
const bytes = Uint8Array.from({ length: 300 }, (_, index) => (index * 7) % 256);

/** A script's bundle as scripts/bundle.mjs names it: the file and the SHA-256 of its text. */
const bundled = (file: string): { file: string; sha256: string } => ({
  file,
  sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
});

describe('the code cache file', () => {
  it('gives back the bytes it was written with, for the key it was written for', () => {
    expect(decodeCodeCache(encodeCodeCache(KEY, bytes)!, KEY)).toEqual(Buffer.from(bytes));
  });

  it("names the bundle's file and SHA-256, this node and CPU in the key", () => {
    expect(KEY).toBe(`command-thread-script-ABC.js ${HASH} ${process.version} ${process.arch}`);
  });

  it('is not used for another bundle (stale), or when damaged, cut short or of another format', () => {
    const good = encodeCodeCache(KEY, bytes)!;
    expect(decodeCodeCache(good, cacheKey('command-thread-script-XYZ.js', HASH)), 'another bundle').toBeUndefined();
    expect(
      decodeCodeCache(good, cacheKey('command-thread-script-ABC.js', 'b'.repeat(64))),
      'another text',
    ).toBeUndefined();
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10] = (flipped[flipped.length - 10] ?? 0) ^ 0xff;
    expect(decodeCodeCache(flipped, KEY), 'one byte changed').toBeUndefined();
    expect(decodeCodeCache(good.subarray(0, good.length - 1), KEY), 'cut short').toBeUndefined();
    expect(decodeCodeCache(good.subarray(0, 20), KEY), 'header cut').toBeUndefined();
    expect(
      decodeCodeCache(Buffer.from(good.toString('latin1').replace('code-cache 2', 'code-cache 9'), 'latin1'), KEY),
    ).toBeUndefined();
    expect(decodeCodeCache(Buffer.from(bytes), KEY), 'no header').toBeUndefined();
    expect(decodeCodeCache(encodeCodeCache(KEY, new Uint8Array())!, KEY), 'no data').toBeUndefined();
  });

  it('is taken only under its seal: a header and checksum anyone can compute are not enough', () => {
    const good = encodeCodeCache(KEY, bytes)!;
    const header = good
      .subarray(0, good.length - bytes.length)
      .toString('latin1')
      .split('\n');
    expect(header[0]).toBe('clausemark-code-cache 2');
    expect(header[2]).toMatch(/^[0-9a-f]{64}$/);
    // The same bytes under the CRC-32 the format once had, or under a seal made with another secret.
    const withCrc = Buffer.concat([Buffer.from(`${header[0]}\n${KEY}\n${crc32(bytes).toString(16)}\n`), bytes]);
    expect(decodeCodeCache(withCrc, KEY), 'a CRC-32 in place of the seal').toBeUndefined();
    const forged = sealWith(randomBytes(32), [header[0]!, KEY, bytes]).toString('hex');
    expect(
      decodeCodeCache(Buffer.concat([Buffer.from(`${header[0]}\n${KEY}\n${forged}\n`), bytes]), KEY),
    ).toBeUndefined();
  });

  it('reads as nothing when missing, and is written whole, leaving no temp file', () => {
    const dir = folder();
    const file = cacheFileFor(join(dir, 'code'), 'check');
    expect(readCodeCache(file, KEY)).toBeUndefined();
    writeCodeCache(file, KEY, bytes);
    expect(readCodeCache(file, KEY)).toEqual(Buffer.from(bytes));
    expect(readdirSync(join(dir, 'code'))).toEqual(['check.bin']);
  });

  it('is skipped without an error where no folder can be made (a file is in its place)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'cache'), 'a file, not a folder');
    expect(canKeepCodeIn(join(dir, 'cache', 'code'))).toBe(false);
    writeCodeCache(join(dir, 'cache', 'code', 'check.bin'), KEY, bytes);
    expect(readdirSync(dir)).toEqual(['cache']);
    expect(canKeepCodeIn(join(dir, 'code'))).toBe(true);
  });

  // root writes into a read-only folder all the same: this case needs another user
  it.skipIf(process.getuid?.() === 0)('is skipped without an error in a read-only folder', () => {
    const dir = folder();
    chmodSync(dir, 0o555);
    expect(canKeepCodeIn(dir)).toBe(false);
    writeCodeCache(join(dir, 'check.bin'), KEY, bytes);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is one file per command, and one shared file for anything that is not a command, a mistyped word too', () => {
    expect(cacheFileFor('/c', 'check')).toBe(join('/c', 'check.bin'));
    expect(cacheFileFor('/c', 'git-diff')).toBe(join('/c', 'git-diff.bin'));
    expect(cacheFileFor('/c', BUILD_WORKER_CACHE)).toBe(join('/c', 'build-worker.bin'));
    for (const odd of [undefined, '../x', 'Check', 'a/b', 'policy.md', 'frobnicate', 'chekc', 'other'])
      expect(cacheFileFor('/c', odd)).toBe(join('/c', 'other.bin'));
  });
});

describe('runWithCodeCache', () => {
  it('runs the script as a CommonJS module, keeps its code, and the next run takes it with the same result', () => {
    const dir = folder();
    const { file, source } = script(dir, 2);
    const first = runWithCodeCache(file, source, undefined);
    expect(first.usedCache).toBe(false);
    const cacheFile = join(dir, 'code', 'check.bin');
    first.keep(cacheFile, KEY);
    const cached = readCodeCache(cacheFile, KEY);
    expect(cached?.length).toBeGreaterThan(0);
    const second = runWithCodeCache(file, source, cached);
    expect(second.usedCache).toBe(true);
  });

  it('compiles the script anew when V8 refuses the cached code (made for another source)', () => {
    const dir = folder();
    const { file, source } = script(dir, 2);
    const other = `${source}\nmodule.exports.more = [1, 2, 3].map((n) => n + 1);`;
    const run = runWithCodeCache(file, other, undefined);
    run.keep(join(dir, 'other.bin'), KEY);
    const refused = runWithCodeCache(file, source, readCodeCache(join(dir, 'other.bin'), KEY));
    expect(refused.usedCache).toBe(false);
  });

  it('gives the script its exports, require, module, file name and folder', () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    const file = join(dir, 'sub', 'probe.js');
    const source = `globalThis.__probe = { exportsIsModule: exports === module.exports, file: __filename, dir: __dirname, path: typeof require('node:path').join };`;
    writeFileSync(file, source);
    runWithCodeCache(file, readFileSync(file, 'latin1'), undefined);
    const probe = (globalThis as { __probe?: unknown }).__probe;
    expect(probe).toEqual({ exportsIsModule: true, file, dir: join(dir, 'sub'), path: 'function' });
  });
});

describe('startFromCodeCache', () => {
  it('is closed (runs nothing) without a cache folder, without the bundle, or where no cache can be kept', () => {
    const dir = folder();
    const file = bundled(script(dir, 3).file);
    const keeps: string[] = [];
    const keepWhen = (): void => void keeps.push('asked');
    expect(startFromCodeCache(undefined, join(dir, 'code'), 'check', keepWhen)).toBe(false);
    expect(startFromCodeCache(file, undefined, 'check', keepWhen)).toBe(false);
    const missing = { file: join(dir, 'missing.js'), sha256: HASH };
    expect(startFromCodeCache(missing, join(dir, 'code'), 'check', keepWhen)).toBe(false);
    writeFileSync(join(dir, 'blocked'), 'a file, not a folder');
    expect(startFromCodeCache(file, join(dir, 'blocked', 'code'), 'check', keepWhen)).toBe(false);
    expect(keeps).toEqual([]);
  });

  it('runs the bundle, keeps its code when asked, and runs from that cache next time without keeping it again', () => {
    const dir = folder();
    const file = bundled(script(dir, 3).file);
    const code = join(dir, 'code');
    let keep: (() => void) | undefined;
    expect(startFromCodeCache(file, code, 'check', (then) => (keep = then))).toBe(true);
    const key = cacheKey('script.js', file.sha256);
    expect(readCodeCache(join(code, 'check.bin'), key), 'kept only when asked').toBeUndefined();
    keep?.();
    expect(readCodeCache(join(code, 'check.bin'), key)?.length).toBeGreaterThan(0);
    let askedAgain = false;
    expect(startFromCodeCache(file, code, 'check', () => (askedAgain = true))).toBe(true);
    expect(askedAgain).toBe(false);
    // The run from the cache is marked until the process ends well (src/cli/startup/code-cache-runs.ts).
    expect(readFileSync(runMarker(code), 'utf8')).toBe('check.bin\n');
    endRunMarker(code);
    // Damaged: not used, and kept anew.
    const stored = readFileSync(join(code, 'check.bin'));
    stored[stored.length - 5] = (stored[stored.length - 5] ?? 0) ^ 0xff;
    writeFileSync(join(code, 'check.bin'), stored);
    expect(startFromCodeCache(file, code, 'check', () => (askedAgain = true))).toBe(true);
    expect(askedAgain).toBe(true);
  });
  it('starts a first run from the code the build prepared, still keeps its own, and then no longer asks for it', () => {
    const dir = folder();
    const file = bundled(script(dir, 4).file);
    const source = readFileSync(file.file, 'latin1');
    // What npm run build prepared: V8's code of this very script from an earlier run.
    const earlier = runWithCodeCache(file.file, source, undefined);
    earlier.keep(join(dir, 'earlier.bin'), KEY);
    const prepared = readCodeCache(join(dir, 'earlier.bin'), KEY);
    expect(prepared?.length).toBeGreaterThan(0);
    const code = join(dir, 'code');
    const asked: string[] = [];
    let keep: (() => void) | undefined;
    const firstRun = (): Buffer | undefined => {
      asked.push('prepared');
      return prepared;
    };
    expect(startFromCodeCache(file, code, 'check', (then) => (keep = then), firstRun)).toBe(true);
    expect(asked).toEqual(['prepared']);
    expect(keep, 'a run from the prepared code keeps a cache of its own').toBeDefined();
    keep?.();
    const key = cacheKey('script.js', file.sha256);
    expect(readCodeCache(join(code, 'check.bin'), key)?.length).toBeGreaterThan(0);
    endRunMarker(code);
    let keptAgain = false;
    expect(startFromCodeCache(file, code, 'check', () => (keptAgain = true), firstRun)).toBe(true);
    expect(asked, 'its own cache now: the prepared code is not read').toEqual(['prepared']);
    expect(keptAgain).toBe(false);
  });
});
