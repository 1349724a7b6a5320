// Which lane a test file belongs to, by its folder and name, so a new file lands in one without being listed: the
// globs vitest.config.ts runs a lane with, and the same rule as a function of the file's path for what must know a
// file's lane while it runs (runCli refuses a file of a lane that does not build the CLI: tests/support/cli.ts; the
// CPU accounting names each file's lane: scripts/test-cpu). A file matching several lanes' globs is in the first
// lane of LANE_ORDER it matches; unit holds the rest. The lanes are described in vitest.config.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

export type Lane = 'e2e' | 'cli' | 'property' | 'integration' | 'unit';

/** The lanes in the order a file's lane is chosen: the first whose globs the file matches. */
export const LANE_ORDER: readonly Lane[] = ['e2e', 'cli', 'property', 'integration', 'unit'];

/** The globs of each lane's files, before those of the lanes earlier in LANE_ORDER are taken out. */
export const LANE_GLOBS: Readonly<Record<Lane, readonly string[]>> = {
  e2e: ['tests/e2e/**/*.test.ts'],
  cli: ['tests/cli/**/*.test.ts', 'tests/**/*.cli.test.ts'],
  property: ['tests/**/*property.test.ts', 'tests/**/*fuzz.test.ts', 'tests/**/*-bounds.test.ts'],
  integration: ['tests/**/*.integration.test.ts'],
  unit: ['tests/**/*.test.ts'],
};

/** The same globs as tests of a path relative to the project, `/`-separated. */
const IN_LANE: Readonly<Record<Lane, (file: string) => boolean>> = {
  e2e: (file) => file.startsWith('tests/e2e/'),
  cli: (file) => file.startsWith('tests/cli/') || file.endsWith('.cli.test.ts'),
  property: (file) => /(?:property|fuzz|-bounds)\.test\.ts$/.test(file),
  integration: (file) => file.endsWith('.integration.test.ts'),
  unit: () => true,
};

/** The lanes whose runs build the CLI first (tests/support/global-setup.ts); only their files may run it. */
export const BUILDS_CLI: readonly Lane[] = ['cli', 'e2e'];

/** `tests/…` for a test file's path, absolute or relative to the project. */
export function projectPath(file: string): string {
  const path = file.split('\\').join('/');
  const root = PROJECT_ROOT.split('\\').join('/');
  return path.startsWith(`${root}/`) ? relative(root, path).split('\\').join('/') : path;
}

/** The lane a test file runs in. */
export function laneOf(file: string): Lane {
  const path = projectPath(file);
  return LANE_ORDER.find((lane) => IN_LANE[lane](path)) ?? 'unit';
}

/**
 * Test files that mock a module (vi.mock, vi.doMock): a mock must reach modules evaluated for that file alone, so
 * they run with fresh modules (vitest.config.ts). Found by their text, so a new file that mocks is found unlisted.
 */
export function mockingFiles(): string[] {
  const tests = join(PROJECT_ROOT, 'tests');
  return readdirSync(tests, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) => /\bvi\.(?:do)?[mM]ock\(/.test(readFileSync(join(tests, file), 'utf8')))
    .map((file) => `tests/${file.split('\\').join('/')}`)
    .sort();
}
