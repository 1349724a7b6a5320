// Prints what scripts/test-cpu/setup.ts recorded: the total, then the costliest test files (CPU seconds of the
// worker and of its child processes).   node scripts/test-cpu/report.mjs FILE.jsonl [how many, default 25]
import { readFileSync } from 'node:fs';

const [file, count = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/test-cpu/report.mjs FILE.jsonl [how many]');
  process.exit(2);
}
const rows = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))
  .sort((a, b) => b.self + b.children - (a.self + a.children));
const sum = (key) => rows.reduce((total, row) => total + row[key], 0).toFixed(1);
console.log(`${rows.length} files in ${new Set(rows.map((row) => row.pid)).size} worker processes`);
console.log(`CPU seconds: ${sum('self')} in workers, ${sum('children')} in their child processes`);
console.log('  self  children  file');
for (const row of rows.slice(0, Number(count)))
  console.log(`${row.self.toFixed(1).padStart(6)}  ${row.children.toFixed(1).padStart(8)}  ${row.file}`);
