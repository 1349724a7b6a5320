// The CLI as shipped: the esbuild bundle of scripts/bundle.mjs, which the lane's global setup has just made current in
// dist/ (tests/support/global-setup.ts). Copied into a package folder of its own (package.json, templates/ and
// node_modules/ linked to this one's), since a `tsc` run elsewhere may replace dist/cli/main.js at any moment while
// tests run, and so that the tests below find no dist/prepared/ but what they put there. Copied, not bundled again:
// esbuild gave the same bytes (same files, same content-hashed chunk names) for 3.7 CPU seconds more.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheKey, decodeCodeCache, encodeCodeCache, WRAPPER_HEAD } from '../../src/cli/startup/code-cache.js';
import { preparedFromKept } from '../../src/cli/startup/prepared-code.js';
import { renderPolicy } from '../../src/build/policy.js';
import type { CliRun } from '../support/cli.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const PACKAGE = mkdtempSync(join(tmpdir(), 'clausemark-bundle-package-'));
const MAIN = join(PACKAGE, 'dist', 'cli', 'main.js');
const CACHE = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));

/** What scripts/bundle.mjs writes into dist/ (its opening comment): the entry files and the chunks they load. */
const BUNDLE_OUTPUTS = [
  'cli/main.js',
  'cli/command-thread.js',
  'cli/thread-start.cjs',
  'build/worker.js',
  'compare/score-worker.js',
  'chunks',
];

beforeAll(() => {
  for (const name of ['package.json', 'templates', 'node_modules'])
    symlinkSync(join(PROJECT_ROOT, name), join(PACKAGE, name));
  for (const output of BUNDLE_OUTPUTS)
    cpSync(join(PROJECT_ROOT, 'dist', output), join(PACKAGE, 'dist', output), { recursive: true });
});

function execute(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: CACHE, ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const runCli = (args: string[], options: { env?: Record<string, string> } = {}): CliRun =>
  execute([MAIN, ...args], options.env);
const PDF_LIBRARIES = ['pdfkit', 'fontkit', 'svg-to-pdfkit', 'hyphen'];

/** Files a bundle file imports statically (what node loads before the file runs), transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^import\s*(?:[\s\S]*?from\s*)?"(\.{1,2}\/[^"]+)";$/gm))
    staticClosure(resolve(dirname(file), match[1]!), seen);
  return seen;
}

/** Packages bundled into these files (esbuild marks each module with a `// node_modules/<name>/…` line). */
function packagesIn(files: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    // The path is relative to the working directory: `../main/node_modules/…` where node_modules is a symlink.
    for (const match of readFileSync(file, 'utf8').matchAll(
      /^\/\/ (?:[^\n]*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm,
    ))
      names.add(match[1]!);
  }
  return names;
}

/** The run of every command but a bare --version: the chunk main.js imports dynamically (src/cli/startup/binary.ts). */
function binaryChunk(): string {
  const name = /import\("(\.\.\/chunks\/binary-[\w-]+\.js)"\)/.exec(readFileSync(MAIN, 'utf8'))?.[1];
  if (!name) throw new Error('main.js does not import the binary chunk');
  return resolve(dirname(MAIN), name);
}

/** The thread every command runs in (src/cli/startup/binary.ts starts it; src/cli/startup/command-thread.ts). */
const COMMAND_THREAD = join(PACKAGE, 'dist', 'cli', 'command-thread.js');

/** What node loads before a command's registration runs: the command thread's entry and its static imports. */
function entryClosure(): Set<string> {
  return staticClosure(COMMAND_THREAD);
}

/** The chunk each command's registration is loaded from, as the program (src/cli/program.ts) names it. */
function commandChunks(): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const file of entryClosure()) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/["']?([\w-]+)["']?: \(\) => import\("(\.\.?\/(?:chunks\/)?[^"]+)"\)/g))
      chunks.set(match[1]!, resolve(dirname(file), match[2]!));
  }
  return chunks;
}

const options = (outDir: string, pdfa = false) => ({ root: PROJECT_ROOT, outDir, showIds: false, pdfa });

/** A value made on first use and kept: a run several tests start the same way is started once, by whichever asks. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Allure's PDF/A build, with V8's coverage: the PDF one test compares to the renderer's, the code it ran another
 * reads (build runs the PDF libraries). One build for both: coverage changes what V8 counts, not what the code does.
 */
const pdfaBuild = once(() => {
  const out = mkdtempSync(join(tmpdir(), 'clausemark-bundle-'));
  return { out, ...runWithCoverage(['build', policyPath('allure'), '--pdfa', '--out', out], CACHE) };
});

const policy = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'adopted', 'footnote-added.md');
const check = ['check', policy];
/** `check` with the caches off: what every run of it below must print. */
const checkOff = once(() => runCli(check, { env: { CLAUSEMARK_CACHE_DIR: 'off' } }));
/** check's first run in an empty cache folder, which keeps its code there; only read after (see keptCheckCopy). */
const checkFirst = once(() => {
  const cache = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));
  return { run: runCli(check, { env: { CLAUSEMARK_CACHE_DIR: cache } }), cache };
});
/** A cache folder of the test's own, as check's first run left its folder. */
const keptCheckCopy = (): string => {
  const cache = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));
  cpSync(checkFirst().cache, cache, { recursive: true });
  return cache;
};
/**
 * `--help` in a cache folder of its own as check's first run left it: the help one test reads, the code it keeps
 * beside check's another.
 */
const helpAfterCheck = once(() => {
  const cache = keptCheckCopy();
  return { cache, run: runCli(['--help'], { env: { CLAUSEMARK_CACHE_DIR: cache } }) };
});

describe('the bundled CLI', () => {
  it('is one entry file with its shebang, loading from dist/chunks/ what a run needs when it needs it', () => {
    const source = readFileSync(MAIN, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(source).toMatch(/import\("\.\.\/chunks\/binary-[\w-]+\.js"\)/);
    expect(staticClosure(binaryChunk()).size).toBeGreaterThan(1);
    expect(existsSync(join(PACKAGE, 'dist', 'build', 'worker.js'))).toBe(true);
    expect(existsSync(COMMAND_THREAD)).toBe(true);
    expect(commandChunks().size).toBeGreaterThanOrEqual(5);
  });

  it('keeps the main thread light: it loads no command and no commander before it starts the command thread', () => {
    const main = staticClosure(binaryChunk(), staticClosure(MAIN));
    expect(main).not.toContain(COMMAND_THREAD);
    expect(packagesIn(main)).not.toContain('commander');
    expect([...main].some((file) => /\/(?:program|check|diff|import)-[\w-]+\.js$/.test(file))).toBe(false);
  });

  it('loads no PDF library for --help, check, fmt, approve or diff; build does load them', () => {
    const chunks = commandChunks();
    const main = entryClosure();
    const loadedBy = (command: string): Set<string> => {
      const chunk = chunks.get(command);
      if (!chunk) throw new Error(`no chunk for ${command}`);
      return packagesIn(staticClosure(chunk, new Set(main)));
    };
    // --help registers every command: the registrations together must stay light.
    const help = new Set(main);
    for (const chunk of chunks.values()) staticClosure(chunk, help);
    for (const library of PDF_LIBRARIES) expect(packagesIn(help), `--help loads ${library}`).not.toContain(library);
    for (const command of ['check', 'fmt', 'approve', 'diff']) {
      if (!chunks.has(command)) continue;
      for (const library of PDF_LIBRARIES)
        expect(loadedBy(command), `${command} loads ${library}`).not.toContain(library);
    }
    // build loads the renderer only when it runs: its chunk imports the build job (src/jobs/build.ts, which
    // holds batch.js) dynamically. batch.js hands the files to worker threads (dist/build/worker.js loads the
    // renderer) and imports it itself (tracked.js) only to build in its own thread.
    const build = readFileSync(chunks.get('build')!, 'utf8');
    // (the chunk of src/jobs/build.ts or of batch.ts: `build-<hash>.js`, not build-at's `build-at-<hash>.js`)
    const batch = /import\("\.\/((?:batch|build)-[A-Z0-9]+\.js)"\)/.exec(build)?.[1];
    expect(batch).toBeDefined();
    const batchFile = join(dirname(chunks.get('build')!), batch!);
    expect(packagesIn(staticClosure(batchFile))).not.toContain('pdfkit');
    // (esbuild may move batch.js's code into a shared chunk that batch-*.js re-exports: look in all it loads.)
    const batchCode = [...staticClosure(batchFile)].map((file) => readFileSync(file, 'utf8')).join('\n');
    const tracked = /import\("\.\/(tracked-[\w-]+\.js)"\)/.exec(batchCode)?.[1];
    expect(tracked).toBeDefined();
    const inThread = packagesIn(staticClosure(join(dirname(batchFile), tracked!)));
    // dist/build/worker.js starts a worker (src/cli/startup/worker-start.ts): its ES modules are the chunk it imports.
    const workerStart = join(PACKAGE, 'dist', 'build', 'worker.js');
    const workerChunk = /import\("(\.\.\/chunks\/worker-[\w-]+\.js)"\)/.exec(readFileSync(workerStart, 'utf8'))?.[1];
    expect(workerChunk).toBeDefined();
    const inWorker = packagesIn(staticClosure(resolve(dirname(workerStart), workerChunk!)));
    for (const library of ['pdfkit', 'fontkit']) {
      expect(inThread).toContain(library);
      expect(inWorker).toContain(library);
    }
  });

  it('answers `start` with nothing to do from two files: the entry, and the replay bundled alone', () => {
    const replay = /import\("(\.\.\/chunks\/start-replay-alone-[\w-]+\.js)"\)/.exec(readFileSync(MAIN, 'utf8'))?.[1];
    expect(replay).toBeDefined();
    // The control: the closure counts what the binary's chunk loads (many chunks), so one file here is one file.
    expect(staticClosure(binaryChunk()).size).toBeGreaterThan(5);
    expect([...staticClosure(MAIN)]).toEqual([MAIN]);
    const alone = resolve(dirname(MAIN), replay!);
    expect([...staticClosure(alone)]).toEqual([alone]);
    // What the rest of the bundle keeps the stamp with is the same source: src/jobs/start-stamp.ts in both.
    expect(readFileSync(alone, 'utf8')).toContain('// src/jobs/start-stamp.ts\n');
  });

  it('answers a bare --version from the entry alone: no commander, no messages, no command registered', () => {
    const entry = staticClosure(MAIN);
    expect(entry).not.toContain(binaryChunk());
    const packages = packagesIn(entry);
    for (const library of ['commander', 'yaml']) expect(packages, `--version loads ${library}`).not.toContain(library);
    const version = `${JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version}\n`;
    for (const flag of ['--version', '-V']) expect(runCli([flag])).toEqual({ code: 0, stdout: version, stderr: '' });
    // With anything else on the line commander answers, as before.
    expect(runCli(['--version', '--lang', 'nl'])).toEqual({ code: 0, stdout: version, stderr: '' });
  });

  it('prints help with every command and exits 0', () => {
    const { run } = helpAfterCheck();
    expect(run.code).toBe(0);
    for (const command of ['check', 'fmt', 'build', 'approve', 'start'])
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('writes PDF/A byte-identical to the in-process renderer (the ICC profile comes from the installed pdfkit)', async () => {
    const { out, run } = pdfaBuild();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = await renderPolicy(policyPath('allure'), options(out, true));
    expect(readFileSync(expected.output).equals(Buffer.from(expected.pdf))).toBe(true);
  });

  it('builds in worker threads, and a rebuild from the warm layout cache is byte-identical', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));
    const files = [policyPath('allure'), policyPath('aeres-mbo')];
    const outs = [mkdtempSync(join(tmpdir(), 'clausemark-bundle-')), mkdtempSync(join(tmpdir(), 'clausemark-bundle-'))];
    const workerCode: Buffer[] = [];
    for (const out of outs) {
      const run = runCli(['build', ...files, '--jobs', '2', '--out', out], { env: { CLAUSEMARK_CACHE_DIR: cache } });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^built 2 PDFs/);
      workerCode.push(readFileSync(join(cache, 'code', 'build-worker.bin')));
    }
    // The worker kept its code after its first file (src/cli/startup/worker-start.ts), and the second build's worker ran from it.
    const workerScript = readdirSync(join(PACKAGE, 'dist', 'chunks')).find((file) =>
      file.startsWith('build-worker-script-'),
    );
    const workerKey = cacheKey(workerScript!, sha256Of(join(PACKAGE, 'dist', 'chunks', workerScript!)));
    expect(decodeCodeCache(workerCode[0]!, workerKey)?.length).toBeGreaterThan(100_000);
    expect(workerCode[1]!.equals(workerCode[0]!), 'the kept code was used, not made again').toBe(true);
    expect(readdirSync(join(cache, 'shaping')).filter((file) => file.endsWith('.txt')).length).toBeGreaterThanOrEqual(
      4,
    );
    for (const file of files) {
      const expected = await renderPolicy(file, options(outs[0]!));
      for (const out of outs)
        expect(
          readFileSync(expected.output.replace(outs[0]!, out)).equals(Buffer.from(expected.pdf)),
          `${file} in ${out}`,
        ).toBe(true);
    }
  });
});

// ---- the command thread from V8's code cache (src/cli/startup/thread-start.ts, src/cli/startup/code-cache.ts) ----------------------

/** The SHA-256 of a bundle's text, which scripts/bundle.mjs names beside it and its code cache is sealed with. */
function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * A CommonJS bundle of the command thread, dist/chunks/command-thread-<bundle>-<hash>.js: `script` of every command,
 * `light` of the commands whose code loads no PDF or Word library (check among them).
 */
function threadScript(bundle: 'script' | 'light' = 'script'): string {
  const name = readdirSync(join(PACKAGE, 'dist', 'chunks')).find((file) =>
    new RegExp(`^command-thread-${bundle}-[A-Z0-9]+\\.js$`).test(file),
  );
  if (!name) throw new Error(`no command-thread-${bundle} in dist/chunks`);
  return join(PACKAGE, 'dist', 'chunks', name);
}

/** A command thread bundle's file, by its URL in a coverage report. */
const THREAD_SCRIPT_URL = /\/dist\/chunks\/command-thread-[a-z]+-[A-Z0-9]+\.js$/;

/** Where each module of the bundle starts (esbuild's `// <path>` line before it), and its package. */
function moduleStarts(source: string): { at: number; owner: string }[] {
  return [...source.matchAll(/^\/\/ (?:[^\n]*\/)?(node_modules\/((?:@[^/]+\/)?[^/]+)\/|src\/)[^\n]*$/gm)].map(
    (match) => ({
      at: match.index ?? 0,
      owner: match[2] ?? 'clausemark',
    }),
  );
}

/** `args` run with V8's coverage of every function called (NODE_V8_COVERAGE, which reaches the thread) into a new folder. */
function runWithCoverage(args: string[], cache: string): { run: CliRun; coverage: string } {
  const coverage = mkdtempSync(join(tmpdir(), 'clausemark-bundle-coverage-'));
  return { run: runCli(args, { env: { CLAUSEMARK_CACHE_DIR: cache, NODE_V8_COVERAGE: coverage } }), coverage };
}

/**
 * The packages whose code in the command thread's bundle ran in a run with coverage (runWithCoverage): what a command
 * evaluates, not what the file holds.
 */
function packagesCovered({ run, coverage }: { run: CliRun; coverage: string }): Set<string> {
  expect(run.code, run.stderr).toBeLessThanOrEqual(1);
  const owners = new Set<string>();
  let found = false;
  for (const file of readdirSync(coverage)) {
    const report = JSON.parse(readFileSync(join(coverage, file), 'utf8')) as {
      result: { url: string; functions: { ranges: { startOffset: number; count: number }[] }[] }[];
    };
    for (const entry of report.result.filter((each) => THREAD_SCRIPT_URL.test(each.url))) {
      found = true;
      const script = entry.url.startsWith('file:') ? fileURLToPath(entry.url) : entry.url;
      const starts = moduleStarts(readFileSync(script, 'latin1'));
      for (const { ranges } of entry.functions) {
        const first = ranges[0];
        if (!first || first.count === 0) continue;
        const at = first.startOffset - WRAPPER_HEAD.length;
        const owner = starts.findLast((start) => start.at <= at)?.owner;
        if (owner) owners.add(owner);
      }
    }
  }
  expect(found, 'the command ran from the bundle').toBe(true);
  return owners;
}

/** The packages whose code in the command thread's bundle ran during `args`. */
const packagesRun = (args: string[], cache: string): Set<string> => packagesCovered(runWithCoverage(args, cache));

/**
 * Runs `body` with the code a run kept in `kept` prepared as the package's dist/prepared/code/`name`, as
 * scripts/prepare-data.mjs keeps it (src/cli/startup/prepared-code.ts), and removes it after.
 */
function withPreparedCode(name: string, kept: string, body: () => void): void {
  const prepared = join(PACKAGE, 'dist', 'prepared');
  mkdirSync(join(prepared, 'code'), { recursive: true });
  writeFileSync(join(prepared, 'code', name), preparedFromKept(readFileSync(kept))!);
  try {
    body();
  } finally {
    rmSync(prepared, { recursive: true, force: true });
  }
}

describe('the command thread from its code cache', () => {
  it('is one strict CommonJS file in dist/chunks/ per bundle, named by its content', () => {
    // The thread's start, one CommonJS file (ES modules made the thread load node's ES module loader).
    const threadStart = readFileSync(join(PACKAGE, 'dist', 'cli', 'thread-start.cjs'), 'utf8');
    expect(threadStart.startsWith("'use strict';")).toBe(true);
    expect(threadStart, 'it imports nothing of ours but the ES modules').not.toMatch(/require\("\.{1,2}\//);
    for (const bundle of ['script', 'light'] as const) {
      const source = readFileSync(threadScript(bundle), 'latin1');
      expect(source.startsWith("'use strict';"), bundle).toBe(true);
      expect(/[^\x00-\x7f]/.test(source), `${bundle}: ASCII only`).toBe(false);
      expect(threadStart, `thread-start names ${bundle}`).toContain(
        JSON.stringify(threadScript(bundle).split('/').pop()),
      );
    }
  });

  it('holds in the light bundle no PDF or Word library, and in the one of every command all', () => {
    const every = packagesIn([threadScript('script')]);
    const light = packagesIn([threadScript('light')]);
    // hyphen is required from node_modules by name at run time (its patterns are prepared), in no bundle.
    for (const library of ['pdfkit', 'fontkit', 'svg-to-pdfkit', 'docx', 'pdfjs-dist']) {
      expect(every, `the bundle of every command holds ${library}`).toContain(library);
      expect(light, `the light bundle holds ${library}`).not.toContain(library);
    }
  });

  it("keeps each command's cache after its first run, then runs from it with the same output", () => {
    const first = checkFirst().run;
    expect(first.code, first.stderr).toBe(1);
    // check's code as its first run kept it; the copy has had a --help since, which keeps its own beside it.
    const kept = readFileSync(join(checkFirst().cache, 'code', 'check.bin'));
    const { cache, run: help } = helpAfterCheck();
    const file = join(cache, 'code', 'check.bin');
    const key = cacheKey(threadScript('light').split('/').pop()!, sha256Of(threadScript('light')));
    expect(decodeCodeCache(kept, key)?.length).toBeGreaterThan(100_000);
    expect(runCli(check, { env: { CLAUSEMARK_CACHE_DIR: cache } })).toEqual(first);
    expect(readFileSync(file).equals(kept), 'a cache that was used is not written again').toBe(true);
    expect(checkOff()).toEqual(first);
    expect(help.code).toBe(0);
    expect(readdirSync(join(cache, 'code')).sort()).toEqual(['check.bin', 'other.bin']);
  });

  it('imports a PDF from its code cache, with the same output as the run that kept it', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));
    const pdf = join(cache, 'policy.pdf');
    // The PDF to import, from the renderer in this process: the binary's build of it is the test above (byte-identical).
    writeFileSync(pdf, (await renderPolicy(policyPath('allure'), { ...options(cache), outFile: pdf })).pdf);
    const importPdf = ['import', pdf, '--org', 'allure', '--dry-run'];
    const first = runCli(importPdf, { env: { CLAUSEMARK_CACHE_DIR: cache } });
    expect(first.code, first.stderr).toBe(0);
    // The run kept the code: `import` runs from the cache like every command (vm.Script, which cannot make a real
    // import(): pdfjs would make one of its worker's module but for src/import/readers/pdf.ts loading it first).
    expect(readdirSync(join(cache, 'code'))).toContain('import.bin');
    expect(runCli(importPdf, { env: { CLAUSEMARK_CACHE_DIR: cache } })).toEqual(first);
    // The import()s esbuild leaves in the bundle are pdfjs's: of its worker (never made), and of a JPEG 2000 decoder
    // in JavaScript (`${wasmUrl}openjpeg_nowasm_fallback.js` with no wasmUrl given: no module, whether from the ES
    // modules or the cache; pdfjs catches it and decodes no such image). Another would need the same care.
    const bundle = readFileSync(threadScript(), 'latin1');
    const dynamicImports = [...bundle.matchAll(/[^\w.$]import\(\s*(?:\/\*[\s\S]*?\*\/\s*)*([\w.]+)/g)].map((match) =>
      match[1] === 'this.workerSrc' ||
      !bundle.slice(match.index - 200, match.index).includes('openjpeg_nowasm_fallback.js`')
        ? match[1]
        : 'the JPEG 2000 fallback',
    );
    expect(dynamicImports).toEqual(['this.workerSrc', 'the JPEG 2000 fallback']);
  });

  it('runs as before from a damaged, stale or unwritable cache, and replaces a damaged or stale one', () => {
    const expected = checkOff();
    expect(checkFirst().run).toEqual(expected);
    const cache = keptCheckCopy();
    const file = join(cache, 'code', 'check.bin');
    const key = cacheKey(threadScript('light').split('/').pop()!, sha256Of(threadScript('light')));
    const good = decodeCodeCache(readFileSync(file), key)!;
    // Damaged with its header intact: V8 itself would take these bytes (it checks no checksum in a release build).
    const damaged = Buffer.from(good);
    for (let at = 64; at < damaged.length; at += 97) damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
    const header = readFileSync(file).subarray(0, readFileSync(file).length - good.length);
    const cases: [string, Buffer][] = [
      ['damaged', Buffer.concat([header, damaged])],
      ['cut short', readFileSync(file).subarray(0, 5000)],
      [
        'stale (another bundle)',
        encodeCodeCache(cacheKey('command-thread-light-OLDER.js', sha256Of(threadScript('light'))), good)!,
      ],
    ];
    for (const [what, contents] of cases) {
      writeFileSync(file, contents);
      expect(runCli(check, { env: { CLAUSEMARK_CACHE_DIR: cache } }), what).toEqual(expected);
      expect(decodeCodeCache(readFileSync(file), key)?.length, `${what}: replaced`).toBeGreaterThan(100_000);
    }
    // A cache folder where no folder can be made (a file in its place): the run goes on without a cache.
    const blocked = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));
    writeFileSync(join(blocked, 'code'), 'not a folder');
    expect(runCli(check, { env: { CLAUSEMARK_CACHE_DIR: blocked } })).toEqual(expected);
    expect(readFileSync(join(blocked, 'code'), 'utf8')).toBe('not a folder');
  });

  it('starts from the code cache `npm run build` prepared when the caches are off, with the same output', () => {
    const expected = checkOff();
    expect(checkFirst().run).toEqual(expected);
    withPreparedCode('check.bin', join(checkFirst().cache, 'code', 'check.bin'), () => {
      // packagesRun fails unless the command ran from the bundle.
      expect(packagesRun(check, 'off')).toContain('yaml');
      expect(runCli(check, { env: { CLAUSEMARK_CACHE_DIR: 'off' } })).toEqual(expected);
      const withOption = { CLAUSEMARK_CACHE_DIR: 'off', NODE_OPTIONS: '--max-old-space-size=2048' };
      expect(runCli(check, { env: withOption }), 'a node option: the ES modules').toEqual(expected);
    });
  });

  it("starts a command of the bundle of every command from build's prepared code when it has none of its own", () => {
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));
    const original = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'adopted', 'original.md');
    const diff = ['diff', original, policy];
    const expected = runCli(diff, { env: { CLAUSEMARK_CACHE_DIR: 'off' } });
    expect(runCli(diff, { env: { CLAUSEMARK_CACHE_DIR: cache } })).toEqual(expected);
    // V8's code of the bundle of every command, kept by that diff, where scripts/prepare-data.mjs keeps build's: the
    // file is build's by its name, and the bundle's by its key.
    withPreparedCode('build.bin', join(cache, 'code', 'diff.bin'), () => {
      // packagesRun fails unless the command ran from the bundle: diff has no prepared code of its own.
      expect(packagesRun(diff, 'off')).toContain('diff');
      expect(runCli(diff, { env: { CLAUSEMARK_CACHE_DIR: 'off' } })).toEqual(expected);
    });
  });

  // One run per command shows both which bundle it started from (the key its kept code is sealed with) and which
  // packages' code it ran (V8's coverage): two tests of five runs each before, the same claims.
  it('starts check and the other light commands from the light bundle, the rest and --help from the one of every command; runs no PDF library for --help, check, fmt, approve or diff; build runs them', () => {
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-bundle-cache-'));
    const original = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'adopted', 'original.md');
    const changed = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'adopted', 'title-changed.md');
    const light: [string, string[], 'script' | 'light'][] = [
      ['--help', ['--help'], 'script'],
      ['check', check, 'light'],
      ['fmt', ['fmt', '--check', original], 'light'],
      ['approve', ['approve', '--help'], 'light'],
      ['diff', ['diff', original, changed], 'script'],
    ];
    for (const [label, args, bundle] of light) {
      const ran = packagesRun(args, cache);
      for (const library of PDF_LIBRARIES) expect(ran, `${label} runs ${library}`).not.toContain(library);
      const name = args[0]!.startsWith('-') ? 'other' : args[0]!;
      const key = cacheKey(threadScript(bundle).split('/').pop()!, sha256Of(threadScript(bundle)));
      expect(
        decodeCodeCache(readFileSync(join(cache, 'code', `${name}.bin`)), key),
        `${label}: ${bundle}`,
      ).toBeDefined();
    }
    const build = packagesCovered(pdfaBuild());
    for (const library of ['pdfkit', 'fontkit']) expect(build).toContain(library);
  });
});
