// CLI tests run the real binary (dist/cli/main.js) as users get it, so compile and bundle once before the suite.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

export default function setup(): void {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'bundle.mjs')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}
