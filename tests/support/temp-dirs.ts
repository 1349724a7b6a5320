// Each test file gets a temp folder of its own as os.tmpdir() (TMPDIR, which the CLI processes it starts inherit),
// removed after its last test: the temp projects, outputs and git repositories its tests make there (mkdtempSync in
// some 150 files) no longer pile up in /tmp, run after run. Loaded as a setup file, so it runs before the test
// file is imported; its afterAll runs after the file's own (vitest runs after-hooks in reverse), once the file has
// stopped what it started.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const outer = process.env.TMPDIR;
const own = mkdtempSync(join(tmpdir(), 'clausemark-test-'));
process.env.TMPDIR = own;

afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  rmSync(own, { recursive: true, force: true, maxRetries: 3 });
});
