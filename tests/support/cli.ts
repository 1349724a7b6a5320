// Runs the compiled CLI as a user would, capturing output and exit code. Only tests in the cli and e2e lanes may
// (tests/cli/, tests/e2e/, *.cli.test.ts elsewhere; vitest.config.ts): those lanes build dist/ first when it is
// stale, so a test elsewhere would run whatever build happens to be there — it is refused with a message instead.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from './paths.js';

/** The CLI as built by `npm run build`. */
export const CLI = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');

/**
 * The CLI's disk cache (word layouts) for this test run, not the user's: the lane's one cache, made by its global
 * setup (tests/support/global-setup.ts), so only the lane's first build lays out words cold.
 */
function cacheDir(): string {
  const shared = inject('cliCacheDir');
  if (!shared) throw new Error('no CLI cache folder: the lane has no global setup (tests/support/global-setup.ts)');
  return shared;
}

/** Set by vitest.config.ts for the lanes whose global setup builds the CLI. */
export const CLI_LANE_ENV = 'CLAUSEMARK_TEST_BUILDS_CLI';

/** Throws unless this test file runs in a lane that built the CLI; call before spawning dist/. */
export function assertCliLane(): void {
  if (process.env[CLI_LANE_ENV] === '1') return;
  throw new Error(
    'this test runs the compiled CLI, but its lane does not build it: put the file in tests/cli/ or name it *.cli.test.ts (see vitest.config.ts)',
  );
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  assertCliLane();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cacheDir(), ...options.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
