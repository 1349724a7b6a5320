// Per test file CPU time, for finding what makes a lane slow on a machine others share (wall time there says
// little). Loaded as an extra setup file by scripts/test-cpu/vitest.config.ts: it starts counting when vitest
// sets up a test file (after the worker started) and appends one JSON line per file to TEST_CPU_OUT: the worker's
// own CPU seconds (process.cpuUsage) and those of the child processes it waited for (pdftotext, git, the CLI;
// Linux /proc/self/stat cutime + cstime), how much of the worker's went to importing the file (collect: its
// modules, and src/ for the first file of a worker that shares modules) and how much to each test; and its lane (by
// its name, tests/support/lanes.ts: `npm test` runs four lanes in one vitest project), its project and
// when it started and ended (ms since the epoch), from which report.mjs gives each lane's wall time and the CPU its
// cores left idle (wall × 2 − CPU on two cores).
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { laneOf } from '../../tests/support/lanes.js';

const out = process.env.TEST_CPU_OUT ?? 'test-cpu.jsonl';

/** CPU seconds of the children this process has waited for (0 where /proc is missing). */
function childSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds this process has used since it started. */
function selfSeconds(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}

const start = selfSeconds();
const startChildren = childSeconds();
const started = performance.now();
const startedAt = Date.now();
let collected = start;
let testStarted = start;
const tests: { name: string; self: number; children: number }[] = [];
let testChildren = startChildren;

/** The test's title after those of the describe blocks around it, as the reporters print it. */
function titleOf(task: { name: string; suite?: { name: string; suite?: unknown } }): string {
  const names = [task.name];
  for (let suite = task.suite; suite?.name; suite = suite.suite as typeof task.suite) names.unshift(suite.name);
  return names.join(' > ');
}

beforeAll(() => {
  collected = selfSeconds();
});
beforeEach(() => {
  testStarted = selfSeconds();
  testChildren = childSeconds();
});
afterEach(({ task }) => {
  tests.push({ name: titleOf(task), self: selfSeconds() - testStarted, children: childSeconds() - testChildren });
});

afterAll((suite) => {
  const task = 'filepath' in suite ? suite : suite.file;
  const line = {
    file: task.filepath,
    lane: laneOf(task.filepath),
    project: task.projectName,
    pid: process.pid,
    self: selfSeconds() - start,
    collect: collected - start,
    children: childSeconds() - startChildren,
    wall: (performance.now() - started) / 1000,
    startedAt,
    endedAt: Date.now(),
    tests,
  };
  appendFileSync(out, `${JSON.stringify(line)}\n`);
});
