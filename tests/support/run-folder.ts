// A test run's temporary folder (vitest.config.ts sets TMPDIR to it): named by the run's process id, so that the
// folder of a run that was killed before it could remove its own (SIGKILL, a closed terminal) is removed by the next
// run, while the folder of a run still going (another checkout's tests at the same time) is left alone.
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
