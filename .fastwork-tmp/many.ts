import { readFileSync } from 'node:fs';
import { compare } from './compare.js';
for (const f of process.argv.slice(2)) {
  const t = performance.now();
  const r = compare(readFileSync(f, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  console.log(f, r, (performance.now() - t).toFixed(0) + 'ms');
}
