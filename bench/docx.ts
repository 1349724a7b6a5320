// Word output speed alone (npm run bench:docx): a cold CLI build of a 10-page policy (the same generated policy as
// the PDF row of npm run bench) with --format docx, and the PDF build beside it for scale. Target: ≤ 0.5 s cold.
// BENCH_RUNS sets the number of runs (default 7).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePolicy } from './corpus.js';
import { measureCommand, seconds } from './measure.js';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const root = resolve('.');
const cli = join(root, 'dist', 'cli', 'main.js');
const work = mkdtempSync(join(tmpdir(), 'clausemark-bench-docx-'));
const folder = join(work, 'policies', 'voorbeeld');
mkdirSync(folder, { recursive: true });
const tenPages = join(folder, 'generated.md');
writeFileSync(tenPages, generatePolicy(120, { id: 'tien-paginas' }));
const out = join(work, 'out');

console.log(
  `load average at start: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}, ${runs} runs each`,
);
for (const [label, format] of [
  ['cold CLI build, 10 pages, Word (.docx)', 'docx'],
  ['cold CLI build, 10 pages, PDF (for scale)', 'pdf'],
] as const) {
  const stat = measureCommand(
    process.execPath,
    [cli, 'build', tenPages, '--out', out, '--force', '--no-site', '--format', format],
    { runs, warmup: 1 },
    { cwd: root, env: { CLAUSEMARK_CACHE_DIR: 'off', NO_COLOR: '1' } },
  );
  const target = format === 'docx' ? `   target ≤ 0.5 s: ${stat.median <= 500 ? 'met' : 'missed'}` : '';
  console.log(
    `${label.padEnd(44)} median ${seconds(stat.median)} (min ${seconds(stat.min)}, cpu ${seconds(stat.cpuMs)})${target}`,
  );
}
