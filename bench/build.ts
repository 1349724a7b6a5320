// Build speed: cold CLI build of one ~10-page policy, warm in-process render per policy, the five seeds together.
// Run: npm run bench:build (compiles first). Targets (2-core machine): cold ≤ 0.45 s, warm ≤ 60 ms per 10 pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderPolicy } from '../src/build/policy.js';
import { buildBatch } from '../src/build/batch.js';
import { generatePolicy, seedFiles } from './corpus.js';
import { median, pdfPageCount, timeIt } from './stats.js';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'clausemark-bench-'));
const tenPages = join(work, 'policies', 'voorbeeld', 'generated.md');
spawnSync('mkdir', ['-p', join(work, 'policies', 'voorbeeld')]);
writeFileSync(tenPages, generatePolicy(120));
const options = { root, outDir: join(work, 'out'), showIds: false, pdfa: false };

const sample = await renderPolicy(tenPages, options);
const pages = pdfPageCount(sample.pdf);

const cold: number[] = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'build', tenPages, '--out', options.outDir], { cwd: root });
  cold.push(performance.now() - start);
  if (result.status !== 0) throw new Error(result.stderr.toString());
}
const warm = await timeIt(() => renderPolicy(tenPages, options), 9, 3);
const seeds = seedFiles();
const seedWarm = await Promise.all([0]).then(async () => {
  const rows: string[] = [];
  for (const file of seeds) {
    const bytes = (await renderPolicy(file, options)).pdf;
    const ms = await timeIt(() => renderPolicy(file, options), 7, 2);
    rows.push(`${file}: ${pdfPageCount(bytes)} pages, ${ms.toFixed(1)} ms (${((ms / pdfPageCount(bytes)) * 10).toFixed(1)} ms per 10 pages)`);
  }
  return rows;
});
const batch = await timeIt(() => buildBatch(seeds, { ...options, jobs: 1 }), 3, 1);

console.log(`generated policy: ${pages} pages`);
console.log(`cold CLI build (new process, one policy): median ${median(cold).toFixed(0)} ms of 5   [target ≤ 450 ms]`);
console.log(`warm in-process build: ${warm.toFixed(1)} ms → ${((warm / pages) * 10).toFixed(1)} ms per 10 pages   [target ≤ 60 ms]`);
console.log(`five seeds, warm, one thread: ${batch.toFixed(0)} ms`);
for (const row of seedWarm) console.log(`  ${row}`);
