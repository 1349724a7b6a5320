// Runs the CLI as a user would, capturing output and exit code, two ways:
// - runCli: `clausemark ARGS` in the test's own process (tests/support/cli-in-process.ts), from src/. What the
//   command does and prints, its exit code and what it writes are those of the binary (tests/cli/in-process.test.ts
//   compares the two byte for byte); a run costs what the command costs, not a Node start and module loading, which
//   was most of the cli lane's CPU time.
// - runBuiltCli: the compiled binary dist/cli/main.js in a child process, for what only a real process shows: the
//   bundle, worker threads, signals, the process's own exit.
// Only tests in the lanes that build the CLI may run either (tests/cli/, tests/e2e/, *.cli.test.ts elsewhere: the cli
// and e2e lanes, tests/support/lanes.ts): their runs build dist/ first when it is stale and give the runs one cache
// folder, so a test elsewhere would run whatever build happens to be there; it is refused with a message instead. The
// file's lane is asked, not its project: `npm test` runs the unit and cli lanes' files in one project
// (vitest.config.ts), which builds the CLI for the cli lane's.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cacheDir, ENGLISH_LOCALE, runCliInProcess } from './cli-in-process.js';
import { BUILDS_CLI, laneOf } from './lanes.js';
import { PROJECT_ROOT } from './paths.js';

/** The CLI as built by `npm run build`. */
export const CLI = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');

/** Set by vitest.config.ts for the projects whose global setup builds the CLI. */
export const CLI_LANE_ENV = 'CLAUSEMARK_TEST_BUILDS_CLI';

/** Throws unless this test file is in a lane that builds the CLI and its run built it; call before spawning dist/. */
export function assertCliLane(): void {
  const file = expect.getState().testPath;
  if (process.env[CLI_LANE_ENV] === '1' && file !== undefined && BUILDS_CLI.includes(laneOf(file))) return;
  throw new Error(
    'this test runs the compiled CLI, but its lane does not build it: put the file in tests/cli/ or name it *.cli.test.ts (see vitest.config.ts)',
  );
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI in a child process and resolves when it has exited. Asynchronous, so the test worker keeps
 * answering vitest while the child works (a worker blocked in spawnSync for a long build misses vitest's RPC
 * deadline), and so tests of one file may run CLIs side by side.
 */
export function runBuiltCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; binary?: string } = {},
): Promise<CliRun> {
  assertCliLane();
  const child = spawn(process.execPath, [options.binary ?? CLI, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cacheDir(), ...ENGLISH_LOCALE, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({
        code: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** `clausemark ARGS` run in this process (see the top of this file); refused outside the CLI lanes. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  assertCliLane();
  return runCliInProcess(args, options);
}
