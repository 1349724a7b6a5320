// How long parsing takes: the five seeds in one process (and fmt on them) (remark, as for every document below the fast-path
// threshold), and the long law texts when ../shared has them, read once with the fast path and once with remark.
// The machines are shared: CPU time is reported beside wall time, and the load average with every figure.
// Run: npm run bench:parse
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadPolicy, parsePolicy, type MarkdownEngine } from '../src/parse/index.js';
import { explainFastPath } from '../src/parse/fast/index.js';
import { formatSource } from '../src/fmt/index.js';
import { median } from './stats.js';

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function measure(run: () => void): Sample {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/** The first run (as a command line run meets it: nothing compiled yet) and the median of the warm ones. */
function firstAndWarm(run: () => void, warmRuns: number): { first: Sample; warm: Sample } {
  const first = measure(run);
  const warm = Array.from({ length: warmRuns }, () => measure(run));
  return { first, warm: { wallMs: median(warm.map((s) => s.wallMs)), cpuMs: median(warm.map((s) => s.cpuMs)) } };
}

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const show = ({ wallMs, cpuMs }: Sample): string => `${wallMs.toFixed(0)} ms wall / ${cpuMs.toFixed(0)} ms CPU`;

const seeds = ['aeres-mbo', 'allure', 'casparus-college', 'flex-college', 'aloysius'].map((org) =>
  join('policies', org, 'social-media.md'),
);
const seedRuns = firstAndWarm(() => seeds.forEach((file) => loadPolicy(file)), 20);
console.log(`five seeds: ${show(seedRuns.warm)} (median of 20, warm; load ${load()})`);
// fmt reads each file and what it wrote: the seeds as they are (already formatted: one parse, one writing each) and
// without their IDs (fmt assigns every one: two parses, one writing when it reads back as written).
const formatted = seeds.map((file) => readFileSync(file, 'utf8'));
const bare = formatted.map((source) => source.replace(/ ?\{#[^}]*\}/g, ''));
const fmtRuns = (sources: string[]) => firstAndWarm(() => sources.forEach((source) => formatSource(source)), 10);
console.log(`fmt, five seeds as they are: ${show(fmtRuns(formatted).warm)} (median of 10, warm; load ${load()})`);
console.log(`fmt, five seeds without IDs: ${show(fmtRuns(bare).warm)} (median of 10, warm; load ${load()})`);

const lawDir = join('..', 'shared', 'bench-data', 'de-law-versions');
const laws = existsSync(lawDir)
  ? readdirSync(lawDir)
      .filter((name) => name.endsWith('.md'))
      .sort()
  : [];
if (laws.length === 0) console.log('law texts: skipped (../shared/bench-data not present)');
console.log(
  "'auto' reads with the fast path at every size (remark where it declines); each law below with both engines",
);
for (const name of laws) {
  const source = readFileSync(join(lawDir, name), 'utf8');
  const declined = explainFastPath(source);
  const row = (engine: MarkdownEngine, warmRuns: number): string => {
    const { first, warm } = firstAndWarm(() => parsePolicy(source, { path: name, markdown: engine }), warmRuns);
    return `${engine.padEnd(6)} first ${show(first)}, warm ${show(warm)} (load ${load()})`;
  };
  // Peak memory of whole runs is measured per process by bench/diff.ts.
  console.log(
    `${name} (${(Buffer.byteLength(source) / 1024).toFixed(0)} KB)${declined ? ` — fast path declines: ${declined}` : ''}`,
  );
  console.log(`  ${row('auto', 5)}`);
  console.log(`  ${row('remark', 2)}`);
}
