// Prints what scripts/test-cpu/setup.ts recorded: the total, then the costliest test files (CPU seconds of the
// worker and of its child processes, and how much of the worker's went to importing the file), then the costliest
// tests.   node scripts/test-cpu/report.mjs FILE.jsonl [how many, default 25]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [file, count = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/test-cpu/report.mjs FILE.jsonl [how many]');
  process.exit(2);
}
const cost = (row) => row.self + row.children;
const rows = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))
  .sort((a, b) => cost(b) - cost(a));
const sum = (list, key) => list.reduce((total, row) => total + (row[key] ?? 0), 0).toFixed(1);
const name = (path) => relative(process.cwd(), path);
const tests = rows.flatMap((row) => (row.tests ?? []).map((test) => ({ ...test, file: row.file })));
console.log(`${rows.length} files in ${new Set(rows.map((row) => row.pid)).size} worker processes`);
console.log(`CPU seconds: ${sum(rows, 'self')} in workers, ${sum(rows, 'children')} in their child processes`);
console.log(`  of the workers': ${sum(rows, 'collect')} importing the files, ${sum(tests, 'self')} in tests`);
console.log('  self  collect  children  file');
for (const row of rows.slice(0, Number(count)))
  console.log(
    `${row.self.toFixed(1).padStart(6)}  ${(row.collect ?? 0).toFixed(1).padStart(7)}  ${row.children.toFixed(1).padStart(8)}  ${name(row.file)}`,
  );
console.log('\n  self  children  test');
for (const test of tests.sort((a, b) => cost(b) - cost(a)).slice(0, Number(count)))
  console.log(
    `${test.self.toFixed(1).padStart(6)}  ${test.children.toFixed(1).padStart(8)}  ${name(test.file)} > ${test.name}`,
  );
