// The cli and e2e lanes run the real binary (dist/cli/main.js) as users get it: compile and bundle it once before
// the lane, and only when a source is newer than the build (scripts/ensure-built.mjs, the same check `npm start`
// makes). The unit and property lanes test the library in-process and never come here.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

export default function setup(): void {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'ensure-built.mjs')], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0)
    throw new Error(`building the CLI failed (node scripts/ensure-built.mjs exited with ${run.status ?? run.signal})`);
}
