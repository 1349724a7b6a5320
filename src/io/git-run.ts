// Running `git`: only plain commands with arguments passed as an array (no shell), so a path or revision can never be
// interpreted as a command. One place for it, so the history readers (git.ts, git-history.ts) share it.
import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * node:child_process, loaded when git is first asked: a check or diff of files never asks it, and loading node's
 * process modules at the start of every such run cost 5 ms of CPU.
 */
let childProcess: typeof ChildProcess | undefined;
const load = createRequire(import.meta.url);

function processes(): typeof ChildProcess {
  childProcess ??= load('node:child_process') as typeof ChildProcess;
  return childProcess;
}

/** git's output as text; `input`, when given, is what git reads (`cat-file --batch`). */
export function git(args: string[], cwd: string, input?: string): string {
  return processes().execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
}

/** git's output as bytes, exactly (a binary file must be recognised as one); `input` as for `git`. */
export function gitBytes(args: string[], cwd: string, input?: string): Buffer {
  return processes().execFileSync('git', args, {
    cwd,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
}

/**
 * git's output as text where its exit code 1 is an answer, not a failure (`diff --no-index` exits 1 when the files
 * differ); any other exit is an error, as for `git`.
 */
export function gitAnswering(args: string[], cwd: string): string {
  const run = processes().spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) throw new Error(`git ${args[0] ?? ''} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}
