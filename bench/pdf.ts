// One-policy PDF speed alone (npm run bench:pdf): a cold CLI build of a 10-page policy (the same generated policy as
// the PDF rows of npm run bench) with the caches off, turn about with Typst as npm ships it (issue 74's target: at
// most 1.5× its wall time). BENCH_RUNS sets the number of runs (default 7).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePolicy } from './corpus.js';
import { measureCommand, seconds, type Stat } from './measure.js';
import { typstNodeCompiler } from './peers.js';
import { measureTurnAbout, typstTarget } from './side-by-side.js';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const root = resolve('.');
const cli = join(root, 'dist', 'cli', 'main.js');
const work = mkdtempSync(join(tmpdir(), 'clausemark-bench-pdf-'));
const folder = join(work, 'policies', 'voorbeeld');
mkdirSync(folder, { recursive: true });
const tenPages = join(folder, 'generated.md');
writeFileSync(tenPages, generatePolicy(120, { id: 'tien-paginas' }));
const options = { cwd: root, env: { CLAUSEMARK_CACHE_DIR: 'off', NO_COLOR: '1' } };
const args = [cli, 'build', tenPages, '--out', join(work, 'out'), '--force', '--no-site'];
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
const peer = typstNodeCompiler(readFileSync(tenPages, 'utf8'), join(work, 'peer'));
if (peer) {
  const [ours, typst] = measureTurnAbout([{ command: process.execPath, args, options }, peer], counts);
  const target = typstTarget(ours!, typst!);
  line('cold CLI build, 10 pages, PDF, no caches', ours!, `   target ${target.text}: ${target.met ? 'met' : 'MISSED'}`);
  line('Typst (npm typst-ts-node-compiler)', typst!);
  console.log(
    `ratio: wall ${(ours!.median / typst!.median).toFixed(2)}×, cpu ${(ours!.cpuMs / typst!.cpuMs).toFixed(2)}×`,
  );
} else {
  line('cold CLI build, 10 pages, PDF, no caches', measureCommand(process.execPath, args, counts, options));
  console.log('  target ≤ 1.5× Typst: not judged, typst-ts-node-compiler is not installed (bash bench/peers.sh)');
}
console.log(`load average at end: ${load()}`);
