// Quick, untimed run of the diff engine on the civil code (BGB) versions, when ../shared/bench-data has them.
// Not a test: prints parse time, diff time, peak memory and the change counts.
// Run: npx vite-node tests/diff/bench-bgb.ts [old.md new.md]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../../src/parse/index.js';
import { diffPolicies } from '../../src/diff/index.js';

const folder = join('..', 'shared', 'bench-data', 'de-law-versions');
const runs: [string, string][] =
  process.argv.length >= 4
    ? [[process.argv[2] ?? '', process.argv[3] ?? '']]
    : [
        [join(folder, 'bgb-2012-10-16.md'), join(folder, 'bgb-2013-01-11.md')],
        [join(folder, 'bgb-2013-01-11.md'), join(folder, 'bgb-2018-11-08.md')],
      ];

let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 5);

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(0)} ms`;
}

for (const [oldPath, newPath] of runs) {
  if (!existsSync(oldPath) || !existsSync(newPath)) {
    console.log(`skipped: ${oldPath} or ${newPath} not present`);
    continue;
  }
  peak = 0;
  const start = performance.now();
  const oldPolicy = loadPolicy(oldPath).policy;
  const newPolicy = loadPolicy(newPath).policy;
  const parsed = performance.now();
  sample();
  const afterParse = process.memoryUsage().rss;
  const diff = diffPolicies(oldPolicy, newPolicy);
  sample();
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`${oldPath} → ${newPath}`);
  console.log(`  parse ${(parsed - start).toFixed(0)} ms, diff ${ms(parsed)}, total ${ms(start)}`);
  console.log(`  RSS after parsing ${mb(afterParse)}, peak RSS ${mb(peak)}`);
  console.log(`  ${JSON.stringify(diff.summary)}`);
}
clearInterval(sampler);
