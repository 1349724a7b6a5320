// A test run's temporary folder (vitest.config.ts sets TMPDIR to it): named by the run's process id, so that the
// folder of a run that was killed before it could remove its own (SIGKILL, a closed terminal) is removed by the next
// run, while the folder of a run still going (another checkout's tests at the same time) is left alone. A run's own
// folder is removed by a process of its own as the run exits (removeInBackground).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { leftByEndedProcesses } from '../../src/io/process-alive.js';

const PREFIX = 'clausemark-test-run-';

/** The process id a run folder's name holds; undefined for any other name. */
export function runOf(name: string): number | undefined {
  const match = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Removes the folders ended runs left in `parent`, and makes this run's. */
export function makeRunFolder(parent: string): string {
  for (const name of leftByEndedProcesses(parent, runOf)) rmSync(join(parent, name), { recursive: true, force: true });
  return mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
}

/** What the remover runs: the folder is its first argument. */
const REMOVE = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";

/**
 * Removes `folder` in a detached process that outlives this one, which can exit at once: removing what a whole run
 * leaves (~740 MB in ~19,000 files) made the run's last seconds one core waiting for the disk after every test had
 * ended (624 MB in 14,000 files: 3.96 s wall, 0.83 CPU s). Should the remover be killed, the next run removes the
 * rest (makeRunFolder); two removing one folder at once both end without an error. Where no process can be started,
 * removes it here. Returns the remover, if any.
 */
export function removeInBackground(folder: string): ChildProcess | undefined {
  try {
    const remover = spawn(process.execPath, ['-e', REMOVE, folder], { detached: true, stdio: 'ignore' });
    remover.unref();
    return remover;
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return undefined;
  }
}
