// Issue 39 item 1: no cache can run code or change what a page says. Each case is an attack as a user would meet it,
// on the built binary: a code cache made from ANOTHER script of the same length (in the format the binary once took:
// header, key and CRC-32; and in the sealed format with everything right but the user's secret); HOME empty (CI,
// cron), where the cache folder became `.cache/clausemark` in the working folder of a cloned repository; a relative
// CLAUSEMARK_CACHE_DIR or XDG_CACHE_HOME; a cache folder others may write; a code cache whose bytes crash V8 (sealed
// as the run that made it would, so only the crash guard stands between it and the next run); and an edited word
// layout that printed "9 jaar" where the policy says "2 jaar". docs/security.md is the threat model.
import { spawnSync } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheKey, decodeCodeCache, encodeCodeCache, WRAPPER_HEAD } from '../../src/cli/startup/code-cache.js';
import { assertCliLane } from '../support/cli.js';
import { ENGLISH_LOCALE } from '../support/cli-in-process.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { readPdf } from '../support/pdf.js';

const CLI = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
/** A policy `check` must fail (exit 1, approval-outdated): code that checks nothing exits 0. */
const POLICY = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'adopted', 'footnote-added.md');

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** The built binary with exactly `env` (plus the English locale and no colour): a test may leave out HOME and the rest. */
function run(args: string[], env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT, timeout?: number): Run {
  assertCliLane();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { NO_COLOR: '1', ...ENGLISH_LOCALE, ...env },
    encoding: 'utf8',
    ...(timeout === undefined ? {} : { timeout, killSignal: 'SIGKILL' as const }),
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The environment of the lane without any cache setting (the lane's XDG_STATE_HOME holds the test run's secret). */
function bareEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CLAUSEMARK_CACHE_DIR;
  delete env.XDG_CACHE_HOME;
  return env;
}

const withCache = (dir: string): NodeJS.ProcessEnv => ({ ...bareEnv(), CLAUSEMARK_CACHE_DIR: dir });

/** The command thread's bundle `check` runs from, in dist/chunks/: its file, name and SHA-256. */
function threadBundle(): { file: string; name: string; sha256: string } {
  const chunks = join(PROJECT_ROOT, 'dist', 'chunks');
  const name = readdirSync(chunks).find((file) => file.startsWith('command-thread-light-'));
  if (!name) throw new Error('no command-thread-light in dist/chunks: the lane builds it');
  const file = join(chunks, name);
  return { file, name, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

/** V8's code cache of another script exactly as long as the bundle: it writes `proof` and returns, checking nothing. */
function forgedCode(bundle: string, proof: string): Buffer {
  const source = readFileSync(bundle, 'latin1');
  const evil = `require('fs').writeFileSync(${JSON.stringify(proof)}, 'forged code ran'); return;`;
  const forged = `${evil}${' '.repeat(source.length - evil.length - 1)}\n`;
  expect(forged.length).toBe(source.length);
  return new Script(`${WRAPPER_HEAD}${forged}\n});`, { filename: bundle }).createCachedData();
}

/** The forged bytes as an attacker who can write the cache file but not read the user's secret would store them. */
function forgeries(bundle: ReturnType<typeof threadBundle>, proof: string): [string, Buffer][] {
  const data = forgedCode(bundle.file, proof);
  // The format the binary took before issue 39: header, key, CRC-32 of the data, all public.
  const crcKey = `${bundle.name} ${process.version} ${process.arch}`;
  const withCrc = Buffer.concat([
    Buffer.from(`clausemark-code-cache 1\n${crcKey}\n${crc32(data).toString(16)}\n`),
    data,
  ]);
  // The sealed format, everything right but the secret (a random one in its place).
  const magic = 'clausemark-code-cache 2';
  const key = `${bundle.name} ${bundle.sha256} ${process.version} ${process.arch}`;
  const hmac = createHmac('sha256', randomBytes(32));
  for (const part of [magic, key, data]) {
    hmac.update(`${typeof part === 'string' ? `s${part.length}` : `b${part.byteLength}`}:`);
    hmac.update(part);
  }
  const wrongSecret = Buffer.concat([Buffer.from(`${magic}\n${key}\n${hmac.digest('hex')}\n`), data]);
  return [
    ['header, key and CRC-32 right', withCrc],
    ['sealed with another secret', wrongSecret],
  ];
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `clausemark-attack-${prefix}-`));
}

describe('a planted code cache', () => {
  it('made from another script of the same length is never run: check still checks', () => {
    const cache = tempDir('code');
    const expected = run(['check', POLICY], withCache(cache));
    expect(expected.code, expected.stderr).toBe(1);
    expect(expected.stdout).toContain('approval-outdated');
    const file = join(cache, 'code', 'check.bin');
    expect(existsSync(file), 'the first run kept its code').toBe(true);
    const proof = join(cache, 'forged-code-ran');
    for (const [what, contents] of forgeries(threadBundle(), proof)) {
      writeFileSync(file, contents);
      const attacked = run(['check', POLICY], withCache(cache));
      expect(existsSync(proof), `${what}: the forged code ran`).toBe(false);
      expect(attacked, what).toEqual(expected);
    }
  });
});

describe('the cache folder', () => {
  it('with HOME empty is not the working folder: a planted .cache/clausemark is not used, and one line says why', () => {
    const repository = tempDir('repository');
    const planted = join(repository, '.cache', 'clausemark', 'code');
    mkdirSync(planted, { recursive: true });
    const proof = join(repository, 'forged-code-ran');
    writeFileSync(join(planted, 'check.bin'), forgeries(threadBundle(), proof)[0]![1]);
    const env: NodeJS.ProcessEnv = { ...bareEnv(), HOME: '' };
    delete env.XDG_STATE_HOME;
    const attacked = run(['check', POLICY], env, repository);
    expect(existsSync(proof), 'the planted code ran').toBe(false);
    expect(attacked.code, attacked.stderr).toBe(1);
    expect(attacked.stdout).toContain('approval-outdated');
    expect(attacked.stderr).toBe(
      'clausemark: caches off: HOME is "", not an absolute folder, so there is no cache folder of your own; set HOME, or CLAUSEMARK_CACHE_DIR and XDG_STATE_HOME, to absolute folders\n',
    );
    expect(readdirSync(join(repository, '.cache', 'clausemark')), 'nothing kept in the working folder').toEqual([
      'code',
    ]);
    expect(readdirSync(planted)).toEqual(['check.bin']);
    const dutch = run(['check', POLICY], { ...env, LANG: 'nl_NL.UTF-8' }, repository);
    expect(dutch.stderr).toMatch(/^clausemark: caches uit: HOME is "", geen absolute map[^\n]*\n$/);
  });

  it('named by a relative CLAUSEMARK_CACHE_DIR is not used (one line says why); a relative XDG_CACHE_HOME is ignored', () => {
    const project = tempDir('relative');
    const home = tempDir('home');
    const relative = run(['check', POLICY], { ...bareEnv(), CLAUSEMARK_CACHE_DIR: 'cache' }, project);
    expect(relative.code, relative.stderr).toBe(1);
    expect(relative.stderr).toMatch(
      /^clausemark: caches off: CLAUSEMARK_CACHE_DIR is the relative path "cache", and caches are kept only in an absolute folder[^\n]*\n$/,
    );
    const xdg = run(['check', POLICY], { ...bareEnv(), HOME: home, XDG_CACHE_HOME: 'xdg-cache' }, project);
    expect(xdg.code, xdg.stderr).toBe(1);
    expect(xdg.stderr, 'the XDG rule: a relative path is ignored, HOME/.cache is used').toBe('');
    expect(readdirSync(project), 'nothing made in the working folder').toEqual([]);
    expect(readdirSync(join(home, '.cache', 'clausemark'))).toContain('code');
  });

  it('that others may write, or that is another user’s, is not used, and one line says why', () => {
    const shared = tempDir('shared');
    chmodSync(shared, 0o777);
    const open = run(['check', POLICY], withCache(shared));
    expect(open.code, open.stderr).toBe(1);
    expect(open.stderr).toBe(
      `clausemark: caches off: others may write in ${shared} (mode 0777); make it yours alone (chmod go-w ${shared}), or set CLAUSEMARK_CACHE_DIR to another folder\n`,
    );
    expect(readdirSync(shared), 'nothing kept there').toEqual([]);
    if (process.getuid?.() !== 0) return; // only root can give a folder away
    const theirs = tempDir('theirs');
    chownSync(theirs, 65534, 65534);
    const foreign = run(['check', POLICY], withCache(theirs));
    expect(foreign.stderr).toBe(
      `clausemark: caches off: ${theirs} belongs to another user (uid 65534); set CLAUSEMARK_CACHE_DIR to a folder of your own\n`,
    );
    expect(readdirSync(theirs)).toEqual([]);
  });
});

/**
 * How long a run from a damaged code cache may take before it is killed. A check takes a second or two here at a high
 * load, and lists the cache in its marker before it runs the cached code, so a run killed later ends as a crash does;
 * damaged code that spins (some runs' caches do, by where the damage falls) would otherwise cost this much CPU.
 */
const DAMAGED_RUN_LIMIT = 6_000;

describe('a code cache that crashes', () => {
  it('is not used by the next run: the crash does not repeat', () => {
    const bundle = threadBundle();
    const key = cacheKey(bundle.name, bundle.sha256);
    const cache = tempDir('crash');
    const file = join(cache, 'code', 'check.bin');
    const expected = run(['check', POLICY], withCache(cache));
    expect(expected.code, expected.stderr).toBe(1);
    const good = decodeCodeCache(readFileSync(file), key);
    expect(good?.length, 'a cache kept by the first run').toBeGreaterThan(100_000);
    // Damaged where V8 reads it, and made whole again as the run that made it would (sealed with this user's
    // secret): the file is accepted, its code is not. Which damage crashes depends on the bundle, so a few places
    // are tried until one crashes the run.
    let crashed: Run | undefined;
    for (const at of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const damaged = Buffer.from(good!);
      const from = Math.floor(damaged.length * at);
      for (let index = from; index < from + 64; index++) damaged[index] = (damaged[index] ?? 0) ^ 0x5a;
      writeFileSync(file, encodeCodeCache(key, damaged)!);
      // Damaged code may also loop for ever instead of crashing (it did: a run spun for five minutes): killed after
      // DAMAGED_RUN_LIMIT, it ends the way a crash does, its marker left behind (src/cli/startup/code-cache-runs.ts).
      const attempt = run(['check', POLICY], withCache(cache), PROJECT_ROOT, DAMAGED_RUN_LIMIT);
      if (attempt.signal !== null || (attempt.code ?? 0) >= 128) {
        crashed = attempt;
        break;
      }
    }
    expect(crashed, 'one of the damaged caches crashed the run').toBeDefined();
    const next = run(['check', POLICY], withCache(cache));
    expect(next, 'the run after the crash goes without the cache').toEqual(expected);
    expect(decodeCodeCache(readFileSync(file), key)?.length, 'and keeps a fresh one').toBeGreaterThan(100_000);
    expect(run(['check', POLICY], withCache(cache))).toEqual(expected);
  });
});

describe('an edited word layout', () => {
  it('does not change what the PDF says: "2 jaar" stays "2 jaar"', async () => {
    const dir = tempDir('shaping');
    const cache = join(dir, 'cache');
    const policy = join(dir, 'bewaren.md');
    writeFileSync(
      policy,
      [
        '---',
        'id: bewaren',
        'title: Bewaarbeleid',
        'organisation: Testschool',
        'org: testschool',
        'version: "1.0"',
        'status: proposed',
        'lang: nl',
        '---',
        '',
        '# Bewaarbeleid',
        '',
        '## Bewaren {#bewaren}',
        '',
        '{#bewaren.termijn} Camerabeelden worden 2 jaar bewaard, niet 9 jaar.',
        '',
      ].join('\n'),
    );
    // Each build a process of its own, as a user's builds are: a process keeps the layouts it has read in memory.
    const build = async (out: string): Promise<string> => {
      const built = run(['build', policy, '--out', join(dir, out)], withCache(cache));
      expect(built.code, built.stderr).toBe(0);
      const { pages } = await readPdf(readFileSync(join(dir, out)));
      return pages.join('\n').replace(/\s+/g, ' ');
    };
    expect(await build('first.pdf')).toContain('Camerabeelden worden 2 jaar bewaard, niet 9 jaar.');
    // The attacker's edit: the layout kept for "2" becomes the one kept for "9" (the same width, another glyph).
    const shaping = join(cache, 'shaping');
    let edited = 0;
    for (const name of readdirSync(shaping).filter((file) => file.endsWith('.txt'))) {
      const lines = readFileSync(join(shaping, name), 'utf8').split('\n');
      const nine = lines.find((line) => line.startsWith('"9"\t'));
      const two = lines.findIndex((line) => line.startsWith('"2"\t'));
      if (nine === undefined || two < 0) continue;
      lines[two] = `"2"\t${nine.slice(4)}`;
      writeFileSync(join(shaping, name), lines.join('\n'));
      edited++;
    }
    expect(edited, 'a kept layout of "2" and of "9"').toBeGreaterThan(0);
    expect(await build('second.pdf')).toContain('Camerabeelden worden 2 jaar bewaard, niet 9 jaar.');
  });
});
