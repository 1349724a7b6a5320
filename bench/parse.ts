// How long parsing takes: the five seeds in one process, and the long law texts when ../shared has them.
// Run: npx vite-node bench/parse.ts
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../src/parse/index.js';

const seeds = ['aeres-mbo', 'allure', 'casparus-college', 'flex-college', 'aloysius'].map((org) => join('policies', org, 'social-media.md'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void, repeats: number): number {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(`five seeds: ${time(() => seeds.forEach((file) => loadPolicy(file)), 20).toFixed(1)} ms (median of 20, warm)`);
const bgb = join('..', 'shared', 'bench-data', 'de-law-versions', 'bgb-2013-01-11.md');
if (existsSync(bgb)) console.log(`BGB (1.5 MB): ${time(() => loadPolicy(bgb), 3).toFixed(0)} ms (median of 3, warm)`);
else console.log('BGB: skipped (../shared/bench-data not present)');
