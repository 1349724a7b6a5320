// Per test file CPU time, for finding what makes a lane slow on a machine others share (wall time there says
// little). Loaded as an extra setup file by scripts/test-cpu/vitest.config.ts: it starts counting when vitest
// sets up a test file (after the worker started) and appends one JSON line per file to TEST_CPU_OUT: the worker's
// own CPU seconds (process.cpuUsage) and those of the child processes it waited for (pdftotext, git, the CLI;
// Linux /proc/self/stat cutime + cstime).
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll } from 'vitest';

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

const start = process.cpuUsage();
const startChildren = childSeconds();
const started = performance.now();

afterAll((suite) => {
  const used = process.cpuUsage(start);
  const file = 'filepath' in suite ? suite.filepath : suite.file.filepath;
  const line = {
    file,
    pid: process.pid,
    self: (used.user + used.system) / 1e6,
    children: childSeconds() - startChildren,
    wall: (performance.now() - started) / 1000,
  };
  appendFileSync(out, `${JSON.stringify(line)}\n`);
});
