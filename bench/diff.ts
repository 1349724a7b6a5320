// Diff and check speed and memory on long real documents (the German civil code at several versions, when ../shared
// has it), as a cold CLI run each, beside `git diff --no-index --word-diff` on the same files. Wall time follows the
// load of other processes on a shared machine, so the CPU time (user + system) and the load average are printed too.
// Run: npm run bench:diff. Targets (issue 30): BGB 2012→2013 ≤ 0.5 s and `check` of one BGB file ≤ 0.3 s; the other
// pairs 2013→2018 ≤ 4 s, unrelated ≤ 5 s; peak memory ≤ 400 MB throughout.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureCommand, type Stat, WARM_CACHE_WARMUP } from './measure.js';

const data = resolve('..', 'shared', 'bench-data', 'de-law-versions');
const cli = resolve('dist', 'cli', 'main.js');
const RUNS = { runs: 5, warmup: WARM_CACHE_WARMUP };
const PEAK_MB = 400;

const pairs: [string, string, string, number][] = [
  ['BGB 2012-10-16 → 2013-01-11 (small amendment)', 'bgb-2012-10-16.md', 'bgb-2013-01-11.md', 500],
  ['BGB 2013-01-11 → 2018-11-08 (large amendment)', 'bgb-2013-01-11.md', 'bgb-2018-11-08.md', 4000],
  ['BGB 2018-11-08 → 2022-03-03 (~20 lines)', 'bgb-2018-11-08.md', 'bgb-2022-03-03.md', 4000],
  ['GG 2012 → BGB 2022 (unrelated)', 'gg-2012-08-02.md', 'bgb-2022-03-03.md', 5000],
];

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function line(label: string, stat: Stat, target: number, peer?: Stat): string {
  const verdict = stat.median <= target && stat.peakMb <= PEAK_MB ? 'met' : 'MISSED';
  const beside = peer ? ` | ${seconds(peer.median)} | ${(stat.median / peer.median).toFixed(1)}×` : ' | | ';
  return `${label} | ${seconds(stat.median)} | ${seconds(stat.cpuMs)} | ${stat.peakMb.toFixed(0)} MB${beside} | ≤ ${target / 1000} s, ≤ ${PEAK_MB} MB: ${verdict} | load ${stat.load.map((load) => load.toFixed(1)).join('→')}`;
}

if (!existsSync(data)) {
  console.log('skipped: ../shared/bench-data/de-law-versions is not present');
} else {
  console.log(
    `command (cold CLI, median of ${RUNS.runs}) | wall | CPU (user + system) | peak memory | git diff --word-diff | ratio | target | load average`,
  );
  for (const [label, a, b, target] of pairs) {
    const [before, after] = [join(data, a), join(data, b)];
    const ours = measureCommand(process.execPath, [cli, 'diff', before, after, '--format', 'json'], RUNS, {
      okCodes: [0, 1],
    });
    const git = measureCommand('git', ['diff', '--no-index', '--word-diff', '--no-color', before, after], RUNS, {
      okCodes: [0, 1],
    });
    console.log(line(`diff ${label}`, ours, target, git));
  }
  // `check` exits 1 on the law's findings (no ids, long clauses): those are the work being measured.
  const checked = measureCommand(process.execPath, [cli, 'check', join(data, 'bgb-2012-10-16.md')], RUNS, {
    okCodes: [0, 1],
  });
  console.log(line('check BGB 2012-10-16 (one 1.3 MB file)', checked, 300));
}
