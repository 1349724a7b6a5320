// Runs the compiled CLI in a child process and signals it once it is busy: the one way the signal tests
// (signals.cli.test.ts and the cases of tests/fixtures/bad/cases-signals.yaml) interrupt a run. "Busy" is CPU time the
// process has used, so the signal finds it in the middle of its work whatever the load on the machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI } from '../support/cli.js';

/** CPU seconds the process has used so far (all its threads), from /proc; undefined where there is none. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export interface Interrupted {
  /** The run ended before the signal could be sent: the input is too small to test anything. */
  finishedFirst: boolean;
  code: number | null;
  signal: string | null;
  stderr: string;
  secondsAfterSignal: number;
}

export interface InterruptOptions {
  signal: 'SIGINT' | 'SIGTERM';
  /** CPU seconds the run has used when the signal is sent. */
  busy: number;
  /** A run still going this long after the signal is killed, so the test fails on its assertions, not a timeout. */
  ceilingMs: number;
  env?: Record<string, string>;
}

/** Runs the CLI with `args` in `dir`, sends the signal once it is busy, and waits for it to end. */
export async function interrupt(dir: string, args: string[], options: InterruptOptions): Promise<Interrupted> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: 'off', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let ended = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  const started = Date.now();
  for (;;) {
    const used = cpuSeconds(child.pid ?? 0);
    if (ended || (used === undefined ? Date.now() - started > 3000 : used >= options.busy)) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const finishedFirst = ended;
  const sent = Date.now();
  child.kill(options.signal);
  const ceiling = setTimeout(() => child.kill('SIGKILL'), options.ceilingMs);
  const { code, signal } = await exited;
  clearTimeout(ceiling);
  return { finishedFirst, code, signal, stderr, secondsAfterSignal: (Date.now() - sent) / 1000 };
}
