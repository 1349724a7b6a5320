// Each test file gets a temp folder of its own as os.tmpdir() (TMPDIR, which the CLI processes it starts inherit),
// removed after its last test: the temp projects, outputs and git repositories its tests make there (mkdtempSync in
// some 150 files) no longer pile up in /tmp, run after run. Loaded as a setup file, so it runs before the test
// file is imported; its afterAll runs after the file's own (vitest runs after-hooks in reverse), once the file has
// stopped what it started. A run that only collects (vitest list) runs no afterAll: the next file of the worker
// process removes the folder instead, and a clean exit of the process the last one (vitest list stops its workers
// with a signal, which leaves that one: one empty folder per worker).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

interface TempState {
  /** TMPDIR as the worker process started with it, and the folder os.tmpdir() gave then. */
  startTmpdirEnv: string | undefined;
  system: string;
  /** The folder of the test file running in this process, while it exists. */
  current?: string;
}

// Kept on globalThis: the files of a worker process share it though each may get fresh modules.
const KEY = Symbol.for('clausemark.test.temp-dirs');
const store = globalThis as typeof globalThis & { [KEY]?: TempState };
const state: TempState = (store[KEY] ??= (() => {
  const started: TempState = { startTmpdirEnv: process.env.TMPDIR, system: tmpdir() };
  process.once('exit', () => removeCurrent(started));
  return started;
})());

function removeCurrent(temp: TempState): void {
  if (temp.current) rmSync(temp.current, { recursive: true, force: true, maxRetries: 3 });
  temp.current = undefined;
}

removeCurrent(state);
state.current = mkdtempSync(join(state.system, 'clausemark-test-'));
process.env.TMPDIR = state.current;

afterAll(() => {
  if (state.startTmpdirEnv === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = state.startTmpdirEnv;
  removeCurrent(state);
});
