// `npm run bench:serve`: only the serve --watch benchmark (bench/serve-watch.ts), printed to the terminal; the full
// record is `npm run bench`'s. BENCH_QUICK=1: three runs after one warm-up.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seconds } from './measure.js';
import { serveWatchRows } from './serve-watch.js';

const root = resolve('.');
const quick = process.env.BENCH_QUICK === '1';
const rows = await serveWatchRows(
  root,
  join(root, 'dist', 'cli', 'main.js'),
  quick ? { runs: 3, warmup: 1 } : { runs: 9, warmup: 2 },
  { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: mkdtempSync(join(tmpdir(), 'clausemark-bench-serve-cache-')) },
);
for (const row of rows) {
  const stat = row.stat
    ? `median ${seconds(row.stat.median)} (min ${seconds(row.stat.min)}, max ${seconds(row.stat.max)}, ${row.stat.runs} runs, load ${row.stat.load.map((value) => value.toFixed(1)).join(' → ')})`
    : '';
  const target = row.target ? `${row.target.text}: ${row.target.met ? 'met' : 'MISSED'}` : '';
  console.log([row.name, stat, target, row.note ?? ''].filter(Boolean).join('; '));
}
