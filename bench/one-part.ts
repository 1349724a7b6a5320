// What the one-part benchmarks (bench:pdf, bench:docx, bench:import) share: the 10-page generated policy the PDF rows
// of npm run bench build, in a work folder of its own, and how a figure and the load are printed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePolicy } from './corpus.js';
import { seconds, type Stat } from './measure.js';

export interface TenPageWork {
  /** BENCH_RUNS, else 7. */
  runs: number;
  /** The project folder, where the commands run. */
  root: string;
  /** The built CLI. */
  cli: string;
  /** The run's own temp folder. */
  work: string;
  /** The policy, in `policies/voorbeeld/` of the work folder. */
  tenPages: string;
}

/** A fresh work folder (`clausemark-bench-<name>-…`) holding the 10-page generated policy. */
export function tenPageWork(name: string): TenPageWork {
  const root = resolve('.');
  const work = mkdtempSync(join(tmpdir(), `clausemark-bench-${name}-`));
  const folder = join(work, 'policies', 'voorbeeld');
  mkdirSync(folder, { recursive: true });
  const tenPages = join(folder, 'generated.md');
  writeFileSync(tenPages, generatePolicy(120, { id: 'tien-paginas' }));
  return { runs: Number(process.env.BENCH_RUNS ?? 7), root, cli: join(root, 'dist', 'cli', 'main.js'), work, tenPages };
}

/** The three load averages, as printed beside the figures. */
export const loadAverages = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** One figure: median, minimum and CPU, and what follows it (a target). */
export const printStat = (label: string, stat: Stat, after = '', width = 44): void =>
  console.log(
    `${label.padEnd(width)} median ${seconds(stat.median)} (min ${seconds(stat.min)}, cpu ${seconds(stat.cpuMs)})${after}`,
  );
