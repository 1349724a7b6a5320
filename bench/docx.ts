// Word output speed alone (npm run bench:docx): a cold CLI build of a 10-page policy (the same generated policy as
// the PDF row of npm run bench) with --format docx and the caches off, turn about with pandoc writing .docx of the same
// policy (issue 41's target: at most twice pandoc's wall time), and the PDF build beside it for scale.
// BENCH_RUNS sets the number of runs (default 7).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePolicy } from './corpus.js';
import { measureCommand, seconds, type Stat } from './measure.js';
import { pandocDocx } from './peers.js';
import { measureTurnAbout, wordTarget } from './side-by-side.js';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const root = resolve('.');
const cli = join(root, 'dist', 'cli', 'main.js');
const work = mkdtempSync(join(tmpdir(), 'clausemark-bench-docx-'));
const folder = join(work, 'policies', 'voorbeeld');
mkdirSync(folder, { recursive: true });
const tenPages = join(folder, 'generated.md');
writeFileSync(tenPages, generatePolicy(120, { id: 'tien-paginas' }));
const out = join(work, 'out');
const options = { cwd: root, env: { CLAUSEMARK_CACHE_DIR: 'off', NO_COLOR: '1' } };
const buildArgs = (format: string): string[] => [
  cli,
  'build',
  tenPages,
  '--out',
  out,
  '--force',
  '--no-site',
  '--format',
  format,
];
const counts = { runs, warmup: 1 };
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const line = (label: string, stat: Stat, after = ''): void =>
  console.log(
    `${label.padEnd(44)} median ${seconds(stat.median)} (min ${seconds(stat.min)}, cpu ${seconds(stat.cpuMs)})${after}`,
  );

console.log(`load average at start: ${load()}, ${runs} runs each`);
const peer = pandocDocx(readFileSync(tenPages, 'utf8'), join(work, 'peer'));
if (peer) {
  const [word, pandoc] = measureTurnAbout(
    [{ command: process.execPath, args: buildArgs('docx'), options }, peer],
    counts,
  );
  const target = wordTarget(word!, pandoc!);
  line('cold CLI build, 10 pages, Word (.docx)', word!, `   target ${target.text}: ${target.met ? 'met' : 'MISSED'}`);
  line('pandoc → .docx, the same policy', pandoc!);
} else {
  line('cold CLI build, 10 pages, Word (.docx)', measureCommand(process.execPath, buildArgs('docx'), counts, options));
  console.log('  target ≤ 2× pandoc: not judged, pandoc is not installed (bash bench/peers.sh)');
}
line('cold CLI build, 10 pages, PDF (for scale)', measureCommand(process.execPath, buildArgs('pdf'), counts, options));
console.log(`load average at end: ${load()}`);
