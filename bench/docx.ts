// Word output speed alone (npm run bench:docx): a cold CLI build of a 10-page policy (the same generated policy as
// the PDF row of npm run bench) with --format docx and the caches off, turn about with pandoc writing .docx of the same
// policy (issue 41's target: at most twice pandoc's wall time), and the PDF build beside it for scale.
// BENCH_RUNS sets the number of runs (default 7).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCommand } from './measure.js';
import { loadAverages, printStat, tenPageWork } from './one-part.js';
import { pandocDocx } from './peers.js';
import { measureTurnAbout, wordTarget } from './side-by-side.js';

const { runs, root, cli, work, tenPages } = tenPageWork('docx');
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

console.log(`load average at start: ${loadAverages()}, ${runs} runs each`);
const peer = pandocDocx(readFileSync(tenPages, 'utf8'), join(work, 'peer'));
if (peer) {
  const [word, pandoc] = measureTurnAbout(
    [{ command: process.execPath, args: buildArgs('docx'), options }, peer],
    counts,
  );
  const target = wordTarget(word!, pandoc!);
  printStat(
    'cold CLI build, 10 pages, Word (.docx)',
    word!,
    `   target ${target.text}: ${target.met ? 'met' : 'MISSED'}`,
  );
  printStat('pandoc → .docx, the same policy', pandoc!);
} else {
  printStat(
    'cold CLI build, 10 pages, Word (.docx)',
    measureCommand(process.execPath, buildArgs('docx'), counts, options),
  );
  console.log('  target ≤ 2× pandoc: not judged, pandoc is not installed (bash bench/peers.sh)');
}
printStat(
  'cold CLI build, 10 pages, PDF (for scale)',
  measureCommand(process.execPath, buildArgs('pdf'), counts, options),
);
console.log(`load average at end: ${loadAverages()}`);
