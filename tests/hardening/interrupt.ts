// Runs the compiled CLI in a child process and signals it at a moment the test chose: the one way the signal tests
// (signals.cli.test.ts and the cases of tests/fixtures/bad/cases-signals.yaml) interrupt a run. The run is held at a
// point of its work (src/io/write-stop.ts, holdUntilStopped: a file written to its temp file and about to replace the
// old one, or the first words it prints), waiting there as a long computation would; the test sends the signal once
// it is held, and the run goes on only after the signal has stopped its writes (a run in the binary's main thread,
// which cannot see the signal while held, goes on once the test removes the file after signalling). So no test
// depends on how fast the machine is: a signal sent when CPU time said "busy" missed a run that finished first on a quiet machine (issue 39
// item 7), and a run that is never held, or not ended by the signal, fails on its own terms.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HoldPoint } from '../../src/io/write-stop.js';
import { CLI } from '../support/cli.js';

/**
 * The test-level bound on one signalled run: a CLI that starts, reaches its hold point and ends can take a minute and
 * more on a 2-core machine shared with other work (an import took over 60 s at load 20), so this catches a hang, not
 * slowness. The ceiling after the signal (InterruptOptions.ceilingMs) is shorter, so a run the signal does not end
 * fails on its exit code first.
 */
export const RUN_BOUND_MS = 600_000;

export interface Interrupted {
  /** The run ended before it reached its hold point: it never came where the test meant to signal it. */
  finishedFirst: boolean;
  /** What the held run wrote in the file: its point, and "(main thread)" when the binary ran it in its main thread. */
  heldAt: string;
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** From the signal to the end of the run, for messages (no test asserts a speed: that is a benchmark's job). */
  secondsAfterSignal: number;
}

export interface InterruptOptions {
  signal: 'SIGINT' | 'SIGTERM';
  /** Where the run waits for the signal: `commit` (about to replace a file) or `output` (about to print). */
  hold: HoldPoint;
  /** A run still going this long after the signal is killed, so the test fails on its assertions, not a timeout. */
  ceilingMs: number;
  env?: Record<string, string>;
}

/** Runs the CLI with `args` in `dir`, sends the signal once the run is held, and waits for it to end. */
export async function interrupt(dir: string, args: string[], options: InterruptOptions): Promise<Interrupted> {
  // The file the held run creates lives outside `dir`, which the tests hold to "nothing written".
  const holdDir = mkdtempSync(join(tmpdir(), 'clausemark-hold-'));
  const held = join(holdDir, 'held');
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: {
      ...process.env,
      NO_COLOR: '1',
      CLAUSEMARK_CACHE_DIR: 'off',
      ...options.env,
      CLAUSEMARK_TEST_HOLD: options.hold,
      CLAUSEMARK_TEST_HOLD_FILE: held,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let ended = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  // A condition, not a clock: the run says it is held by writing the file (read once written whole, not just made).
  const heldText = (): string => (existsSync(held) ? readFileSync(held, 'utf8') : '');
  while (!ended && heldText() === '') await new Promise((resolve) => setTimeout(resolve, 20));
  const finishedFirst = ended;
  const heldAt = heldText();
  const sent = Date.now();
  child.kill(options.signal);
  // Signalled: a run held in the main thread goes on now (src/io/write-stop.ts, holdMainThread).
  rmSync(held, { force: true });
  const ceiling = setTimeout(() => child.kill('SIGKILL'), options.ceilingMs);
  const { code, signal } = await exited;
  clearTimeout(ceiling);
  rmSync(holdDir, { recursive: true, force: true });
  return { finishedFirst, heldAt, code, signal, stdout, stderr, secondsAfterSignal: (Date.now() - sent) / 1000 };
}
