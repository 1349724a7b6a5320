// Diff speed and memory on long real documents (the German civil code at several versions, when ../shared has it),
// as a cold CLI run each, beside `git diff --no-index --word-diff` on the same files.
// Run: npm run bench:diff. Targets: BGB 2012→2013 ≤ 1.5 s, 2013→2018 ≤ 4 s, unrelated ≤ 5 s, peak ≤ 400 MB.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './stats.js';

const data = resolve('..', 'shared', 'bench-data', 'de-law-versions');
const cli = resolve('dist', 'cli', 'main.js');

interface Run {
  ms: number;
  peakMb: number;
}

/** Wall time and peak resident memory of a command, via GNU time when present. */
function measure(command: string, args: string[]): Run {
  const hasTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr}`);
  const kb = hasTime ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN;
  return { ms, peakMb: kb / 1024 };
}

function repeat(runs: number, run: () => Run): Run {
  const samples = Array.from({ length: runs }, run);
  return { ms: median(samples.map((s) => s.ms)), peakMb: Math.max(...samples.map((s) => s.peakMb)) };
}

const pairs: [string, string, string, number][] = [
  ['BGB 2012-10-16 → 2013-01-11 (small amendment)', 'bgb-2012-10-16.md', 'bgb-2013-01-11.md', 1500],
  ['BGB 2013-01-11 → 2018-11-08 (large amendment)', 'bgb-2013-01-11.md', 'bgb-2018-11-08.md', 4000],
  ['BGB 2018-11-08 → 2022-03-03 (~20 lines)', 'bgb-2018-11-08.md', 'bgb-2022-03-03.md', 4000],
  ['GG 2012 → BGB 2022 (unrelated)', 'gg-2012-08-02.md', 'bgb-2022-03-03.md', 5000],
];

if (!existsSync(data)) {
  console.log('skipped: ../shared/bench-data/de-law-versions is not present');
} else {
  console.log('pair | clausemark diff (cold CLI, median of 3) | peak memory | git diff --word-diff | ratio | target');
  for (const [label, a, b, target] of pairs) {
    const ours = repeat(3, () =>
      measure(process.execPath, [cli, 'diff', join(data, a), join(data, b), '--format', 'json']),
    );
    const git = repeat(3, () =>
      measure('git', ['diff', '--no-index', '--word-diff', '--no-color', join(data, a), join(data, b)]),
    );
    const verdict = ours.ms <= target && ours.peakMb <= 400 ? 'met' : 'MISSED';
    console.log(
      `${label} | ${(ours.ms / 1000).toFixed(2)} s | ${ours.peakMb.toFixed(0)} MB | ${(git.ms / 1000).toFixed(2)} s | ${(ours.ms / git.ms).toFixed(1)}× | ≤ ${target / 1000} s, ≤ 400 MB: ${verdict}`,
    );
  }
}
