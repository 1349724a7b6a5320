// `npm run bench:signals`: how long after Ctrl-C or SIGTERM a command busy on a large input ends (the target: within
// a second). The signal tests (tests/hardening/signals.cli.test.ts) check what an interrupted run does, at a point
// they choose, and assert no time; this measures the time. Each command runs the compiled CLI on a generated policy of
// 15,000 clauses (or its text without IDs, for import) and is signalled once it has used 1.5 CPU seconds (from /proc,
// so the machine's load does not move the moment), seconds before it would finish. BENCH_QUICK=1: one run each.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePolicy, withoutIds } from './corpus.js';
import { median } from './stats.js';

const TARGET_SECONDS = 1;
const BUSY_CPU_SECONDS = 1.5;
const runs = process.env.BENCH_QUICK === '1' ? 1 : 3;
const cli = join(resolve('.'), 'dist', 'cli', 'main.js');

/** CPU seconds the process has used so far (all its threads); undefined where there is no /proc. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

interface Signalled {
  finishedFirst: boolean;
  code: number | null;
  seconds: number;
}

async function signalled(dir: string, args: string[], signal: 'SIGINT' | 'SIGTERM'): Promise<Signalled> {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: 'off' },
    stdio: 'ignore',
  });
  let ended = false;
  const exited = new Promise<number | null>((done) =>
    child.on('close', (code) => {
      ended = true;
      done(code);
    }),
  );
  const started = Date.now();
  for (;;) {
    const used = cpuSeconds(child.pid ?? 0);
    if (ended || (used === undefined ? Date.now() - started > BUSY_CPU_SECONDS * 1000 : used >= BUSY_CPU_SECONDS))
      break;
    await new Promise((wait) => setTimeout(wait, 10));
  }
  const finishedFirst = ended;
  const sent = process.hrtime.bigint();
  child.kill(signal);
  const code = await exited;
  return { finishedFirst, code, seconds: Number(process.hrtime.bigint() - sent) / 1e9 };
}

const policy = generatePolicy(15_000);
const revised = policy.replace(/leerlingen/g, 'deelnemers');
const cases: { name: string; files: Record<string, string>; args: string[]; signal: 'SIGINT' | 'SIGTERM' }[] = [
  {
    name: 'import (text)',
    files: { 'groot.md': withoutIds(policy) },
    args: ['import', 'groot.md', '--out', 'out/p.md'],
    signal: 'SIGTERM',
  },
  { name: 'check', files: { 'p.md': policy }, args: ['check', 'p.md'], signal: 'SIGTERM' },
  {
    name: 'diff',
    files: { 'oud.md': policy, 'nieuw.md': revised },
    args: ['diff', 'oud.md', 'nieuw.md'],
    signal: 'SIGINT',
  },
  {
    name: 'compare',
    files: { 'a.md': generatePolicy(5_000), 'b.md': generatePolicy(5_000).replace(/leerlingen/g, 'deelnemers') },
    args: ['compare', 'a.md', 'b.md'],
    signal: 'SIGTERM',
  },
  {
    name: 'approve',
    files: { 'p.md': policy },
    args: ['approve', 'p.md', '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
    signal: 'SIGINT',
  },
  {
    name: 'fmt --write',
    files: { 'p.md': policy.replace(/\n\n/g, '\n\n\n') },
    args: ['fmt', '--write', 'p.md'],
    signal: 'SIGINT',
  },
  { name: 'build', files: { 'p.md': policy }, args: ['build', 'p.md', '--out', 'out'], signal: 'SIGTERM' },
];

console.log(
  `signal to exit, ${runs} run(s) each, signalled at ${BUSY_CPU_SECONDS} CPU s; load ${loadavg()[0]?.toFixed(1)}`,
);
let missed = 0;
for (const item of cases) {
  const times: number[] = [];
  const notes: string[] = [];
  for (let run = 0; run < runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-bench-signal-'));
    for (const [name, text] of Object.entries(item.files)) writeFileSync(join(dir, name), text);
    const result = await signalled(dir, item.args, item.signal);
    rmSync(dir, { recursive: true, force: true });
    if (result.finishedFirst) notes.push('finished before the signal');
    else if (result.code !== (item.signal === 'SIGINT' ? 130 : 143)) notes.push(`exit ${result.code}`);
    else times.push(result.seconds);
  }
  const at = times.length > 0 ? median(times) : Number.NaN;
  const met = times.length > 0 && at < TARGET_SECONDS;
  if (!met) missed++;
  console.log(
    `${item.name.padEnd(14)} median ${Number.isNaN(at) ? '–' : `${at.toFixed(2)} s`} (${times.map((time) => time.toFixed(2)).join(', ')})  target < ${TARGET_SECONDS} s: ${met ? 'met' : 'MISSED'}${notes.length > 0 ? `  ${notes.join('; ')}` : ''}`,
  );
}
process.exitCode = missed > 0 ? 1 : 0;
