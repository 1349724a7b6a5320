// Import speed alone (npm run bench:import): the 10-page generated policy built into a PDF and a .docx, each
// imported by a cold CLI process (a dry run: read, structure, write to memory, check). Target (issue 14): ≤ 1 s each
// on 2 cores. BENCH_RUNS sets the number of runs (default 7). The machine is shared: the load average is printed
// with the figures, and the CPU time beside the wall time moves much less with other processes' load.
import { join } from 'node:path';
import { importArgs, importInputs } from './import-inputs.js';
import { measureCommand, seconds } from './measure.js';
import { loadAverages, tenPageWork } from './one-part.js';

const { runs, cli, work, tenPages } = tenPageWork('import');
const inputs = importInputs(cli, tenPages, join(work, 'out'));

console.log(`load average at start: ${loadAverages()}, ${runs} runs each, the PDF has ${inputs.pages} pages`);
for (const [label, file] of [
  ['cold CLI import, 10-page PDF', inputs.pdf],
  ['cold CLI import, 10-page Word (.docx)', inputs.docx],
] as const) {
  const stat = measureCommand(
    process.execPath,
    [cli, ...importArgs(file)],
    { runs, warmup: 1 },
    {
      cwd: work,
      env: { NO_COLOR: '1' },
    },
  );
  console.log(
    `${label.padEnd(40)} median ${seconds(stat.median)} (min ${seconds(stat.min)}, cpu ${seconds(stat.cpuMs)}, peak ${stat.peakMb.toFixed(0)} MB)   target ≤ 1 s: ${stat.median <= 1000 ? 'met' : 'missed'}`,
  );
}
console.log(`load average at end: ${loadAverages()}`);
