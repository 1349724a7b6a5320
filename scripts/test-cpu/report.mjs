// Prints what scripts/test-cpu/setup.ts recorded: the total, then the costliest test files (CPU seconds of the worker
// and of its child processes, and how much of the worker's went to importing the file), then the costliest tests; and
// per lane (and per vitest project, which may hold several lanes) its CPU seconds, wall time (its first file's start to
// its last file's end, so without the start of its first worker) and the CPU the machine's cores had to spare meanwhile
// (wall × cores − CPU: idle cores at a lane's end, or other work on the machine). That spare mixes the two, so also the
// two apart from the load: the lane's tail (from the moment the first of its workers ran out of files to its last
// file's end: a core without a file of the lane) and the gap before it (from the end of every lane that started before
// it to its first file's start: the pool recycling its workers, no file running).
//   node scripts/test-cpu/report.mjs FILE.jsonl [how many, default 25]
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
const startOf = (files) => Math.min(...files.map((row) => row.startedAt));
const endOf = (files) => Math.max(...files.map((row) => row.endedAt));
for (const key of ['lane', 'project']) printGroups(key);

/** Each group of files by KEY (lane, project): its CPU, wall, spare CPU, tail and the gap before it. */
function printGroups(key) {
  const groups = new Map();
  for (const row of rows) if (row[key] !== undefined) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
  const byStart = [...groups].sort(([, a], [, b]) => startOf(a) - startOf(b));
  for (const [index, [group, files]] of byStart.entries())
    printGroup(`${key} ${group}`, files, byStart.slice(0, index));
}

/** One group's line (see the top of this file); EARLIER: the groups that started before it. */
function printGroup(label, files, earlier) {
  const cpu = files.reduce((total, row) => total + cost(row), 0);
  const wall = (endOf(files) - startOf(files)) / 1000;
  const spare = wall * availableParallelism() - cpu;
  // Each worker process's last file's end: the first of them to run out of files leaves a core to the tail.
  const workerEnds = [...new Set(files.map((row) => row.pid))].map((pid) =>
    endOf(files.filter((row) => row.pid === pid)),
  );
  const tail = (endOf(files) - Math.min(...workerEnds)) / 1000;
  const before = earlier.map(([, files]) => endOf(files));
  const gap = before.length > 0 ? Math.max(0, (startOf(files) - Math.max(...before)) / 1000) : 0;
  console.log(
    `  ${label}: ${files.length} files, ${cpu.toFixed(1)} CPU s, ${wall.toFixed(1)} s wall, ${spare.toFixed(1)} CPU s spare; tail ${tail.toFixed(1)} s, gap before it ${gap.toFixed(1)} s`,
  );
}
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
