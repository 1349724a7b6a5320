// One-policy PDF speed alone (npm run bench:pdf): a cold CLI build of a 10-page policy (the same generated policy as
// the PDF rows of npm run bench) with the caches off, turn about with Typst as npm ships it (issue 74's target: at
// most 1.5× its wall time). BENCH_RUNS sets the number of runs (default 7).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCommand } from './measure.js';
import { loadAverages, printStat, tenPageWork } from './one-part.js';
import { typstNodeCompiler } from './peers.js';
import { measureTurnAbout, typstTarget } from './side-by-side.js';

const { runs, root, cli, work, tenPages } = tenPageWork('pdf');
const options = { cwd: root, env: { CLAUSEMARK_CACHE_DIR: 'off', NO_COLOR: '1' } };
const args = [cli, 'build', tenPages, '--out', join(work, 'out'), '--force', '--no-site'];
const counts = { runs, warmup: 1 };

console.log(`load average at start: ${loadAverages()}, ${runs} runs each`);
const peer = typstNodeCompiler(readFileSync(tenPages, 'utf8'), join(work, 'peer'));
if (peer) {
  const [ours, typst] = measureTurnAbout([{ command: process.execPath, args, options }, peer], counts);
  const target = typstTarget(ours!, typst!);
  printStat(
    'cold CLI build, 10 pages, PDF, no caches',
    ours!,
    `   target ${target.text}: ${target.met ? 'met' : 'MISSED'}`,
  );
  printStat('Typst (npm typst-ts-node-compiler)', typst!);
  console.log(
    `ratio: wall ${(ours!.median / typst!.median).toFixed(2)}×, cpu ${(ours!.cpuMs / typst!.cpuMs).toFixed(2)}×`,
  );
} else {
  printStat('cold CLI build, 10 pages, PDF, no caches', measureCommand(process.execPath, args, counts, options));
  console.log('  target ≤ 1.5× Typst: not judged, typst-ts-node-compiler is not installed (bash bench/peers.sh)');
}
console.log(`load average at end: ${loadAverages()}`);
