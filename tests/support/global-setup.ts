// The cli and e2e lanes run the real binary (dist/cli/main.js) as users get it: compile and bundle it once before the
// projects that hold their files (vitest.config.ts: in `npm test` all three, with `npm run test:<lane>` only those of
// the cli and e2e lanes), and only when a source is newer than the build (scripts/ensure-built.mjs, the same check
// `npm start` makes). The unit, property and integration lanes test the library in-process and never run it.
// It also makes the lane's one disk cache of word layouts (CLAUSEMARK_CACHE_DIR for runCli, tests/support/cli.ts):
// a user's cache is warm after their first build, and a cache per test file made the first build of every file a
// cold one (about 0.8 of a single policy's 2 CPU seconds). A test about the cache itself passes a folder of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The lane's disk cache of word layouts, for every CLI run that does not pass its own. */
    cliCacheDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'ensure-built.mjs')], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0)
    throw new Error(`building the CLI failed (node scripts/ensure-built.mjs exited with ${run.status ?? run.signal})`);
  const cacheDir = mkdtempSync(join(tmpdir(), 'clausemark-test-cache-'));
  project.provide('cliCacheDir', cacheDir);
  return () => rmSync(cacheDir, { recursive: true, force: true });
}
