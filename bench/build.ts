// Build speed: cold CLI runs (new node process each) of build, check and --help; warm in-process render per policy;
// the five seeds together. Run: npm run bench:build (compiles and bundles first). BENCH_CLI=<path of a main.js>
// times another build of the CLI (e.g. a copy of an older dist/), BENCH_RUNS the number of cold runs.
// Targets (2-core machine): a cold build no slower than pandoc + wkhtmltopdf on the same Markdown in wall time and at
// most twice its CPU time (issue 30; the peer runs in the same rounds), warm ≤ 60 ms per 10 pages.
//
// On a shared machine wall time follows the load of other processes: the load average is printed, runs of the
// different commands are interleaved, and each run's CPU time (user + system, all threads, measured inside the
// child) is reported beside its wall time, since CPU time moves much less with the load.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderPolicy } from '../src/build/policy.js';
import { buildBatch } from '../src/build/batch.js';
import { generatePolicy, seedFiles } from './corpus.js';
import { runCommand } from './measure.js';
import { pandocWkhtmltopdf } from './peers.js';
import { median, pdfPageCount, timeIt } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = resolve('.');
const main = resolve(process.env.BENCH_CLI ?? join(root, 'dist', 'cli', 'main.js'));
const work = mkdtempSync(join(tmpdir(), 'clausemark-bench-'));
const tenPages = join(work, 'policies', 'voorbeeld', 'generated.md');
mkdirSync(join(work, 'policies', 'voorbeeld'), { recursive: true });
writeFileSync(tenPages, generatePolicy(120));
const options = { root, outDir: join(work, 'out'), showIds: false, pdfa: false };
const cacheDir = join(work, 'cache');

// Loaded before the CLI: reports the process's CPU time on exit, on stderr, for the lines below to pick up.
const CPU_PROBE = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(2, `\\ncpu-ms ${(u.user + u.system) / 1000}\\n`); });")}`;

interface Cold {
  label: string;
  /** A program other than node (the peer), timed with GNU time: its CPU time includes its child processes. */
  command?: string;
  cwd?: string;
  args: string[];
  env?: Record<string, string>;
  wall: number[];
  cpu: number[];
}

function runCold(cold: Cold): void {
  if (cold.command) {
    const run = runCommand(cold.command, cold.args, { cwd: cold.cwd ?? root, env: cold.env ?? {} });
    if (run.status !== 0) throw new Error(`${cold.label}: ${run.stderr}`);
    cold.wall.push(run.ms);
    cold.cpu.push(run.cpuMs);
    return;
  }
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', CPU_PROBE, ...cold.args], {
    cwd: root,
    env: { ...process.env, ...cold.env },
    encoding: 'utf8',
  });
  cold.wall.push(performance.now() - started);
  if (result.status !== 0) throw new Error(`${cold.label}: ${result.stderr}`);
  cold.cpu.push(Number(/cpu-ms ([\d.]+)/.exec(result.stderr)?.[1] ?? NaN));
}

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log(
  `load average at start: ${load()} (${process.env.BENCH_RUNS ? '' : 'BENCH_RUNS='}${RUNS} runs per cold command)`,
);

const sample = await renderPolicy(tenPages, options);
const pages = pdfPageCount(sample.pdf);

const colds: Cold[] = [
  {
    label: 'build, no layout cache',
    args: [main, 'build', tenPages, '--out', options.outDir, '--force'],
    env: { CLAUSEMARK_CACHE_DIR: 'off' },
    wall: [],
    cpu: [],
  },
  {
    label: 'build, warm layout cache',
    args: [main, 'build', tenPages, '--out', options.outDir, '--force'],
    env: { CLAUSEMARK_CACHE_DIR: cacheDir },
    wall: [],
    cpu: [],
  },
  { label: 'check', args: [main, 'check', tenPages], wall: [], cpu: [] },
  { label: '--help', args: [main, '--help'], wall: [], cpu: [] },
  { label: '--version', args: [main, '--version'], wall: [], cpu: [] },
  { label: 'node -e 0 (floor)', args: ['-e', '0'], wall: [], cpu: [] },
];
// The target's peer on the same document, in the same rounds (bash bench/peers.sh installs it).
const peer = pandocWkhtmltopdf(readFileSync(tenPages, 'utf8'), join(work, 'peer'));
const peerCold: Cold | undefined = peer && {
  label: 'pandoc + wkhtmltopdf',
  command: peer.command,
  args: peer.args,
  cwd: peer.options.cwd,
  env: peer.options.env,
  wall: [],
  cpu: [],
};
if (peerCold) colds.push(peerCold);
// Fill the layout cache once, so the "warm layout cache" runs measure what a rebuild costs.
runCold({ ...colds[1]!, wall: [], cpu: [] });
for (let run = 0; run < RUNS; run++) for (const cold of colds) runCold(cold);

const warm = await timeIt(() => renderPolicy(tenPages, options), 9, 3);
const seeds = seedFiles();
const seedRows: string[] = [];
for (const file of seeds) {
  const bytes = (await renderPolicy(file, options)).pdf;
  const ms = await timeIt(() => renderPolicy(file, options), 7, 2);
  seedRows.push(
    `${file}: ${pdfPageCount(bytes)} pages, ${ms.toFixed(1)} ms (${((ms / pdfPageCount(bytes)) * 10).toFixed(1)} ms per 10 pages)`,
  );
}
const batch = await timeIt(() => buildBatch(seeds, { ...options, jobs: 1 }), 3, 1);
// Overlong words (a pasted hash, a key held down): the time must grow with the word's length, not its square
// (30,000 letters took 317 s before src/render/engine/long-word.ts).
const longWordRows: string[] = [];
for (const letters of [10_000, 30_000, 100_000]) {
  const file = join(work, 'policies', 'voorbeeld', `long-word-${letters}.md`);
  writeFileSync(
    file,
    `---\nid: lang-woord-${letters}\ntitle: Lang woord\norganisation: Voorbeeld\nversion: "1.0"\nlang: nl\n---\n\n# Lang woord\n\n## Doel {#doel}\n\n{#doel.1} Vooraf ${'q'.repeat(letters)} achteraf.\n`,
  );
  longWordRows.push(`${letters} letters: ${(await timeIt(() => renderPolicy(file, options), 3, 1)).toFixed(0)} ms`);
}

const ms = (values: number[]): string =>
  `${median(values).toFixed(0).padStart(5)} ms (min ${Math.min(...values).toFixed(0)})`;
console.log(`generated policy: ${pages} pages`);
console.log(`cold CLI runs (new process each), median of ${RUNS}:   wall              cpu (user+sys)`);
for (const cold of colds) console.log(`  ${cold.label.padEnd(26)} ${ms(cold.wall).padEnd(18)} ${ms(cold.cpu)}`);
if (peerCold) {
  for (const cold of colds.slice(0, 2)) {
    const met = median(cold.wall) <= median(peerCold.wall) && median(cold.cpu) <= 2 * median(peerCold.cpu);
    console.log(
      `  target (${cold.label}): wall ≤ pandoc + wkhtmltopdf, CPU ≤ 2× its CPU: ${met ? 'met' : 'MISSED'} (wall ${(median(cold.wall) / median(peerCold.wall)).toFixed(2)}×, CPU ${(median(cold.cpu) / median(peerCold.cpu)).toFixed(2)}×)`,
    );
  }
} else console.log('  target: wall ≤ pandoc + wkhtmltopdf, CPU ≤ 2× its CPU: not judged, the peer is not installed');
console.log(
  `warm in-process build: ${warm.toFixed(1)} ms → ${((warm / pages) * 10).toFixed(1)} ms per 10 pages   [target ≤ 60 ms]`,
);
console.log(`five seeds, warm, one thread: ${batch.toFixed(0)} ms`);
for (const row of seedRows) console.log(`  ${row}`);
console.log('one word of n letters, warm in-process build:');
for (const row of longWordRows) console.log(`  ${row}`);
console.log(`load average at end: ${load()}`);
