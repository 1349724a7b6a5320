// `clausemark build` on a project built before: the summary line counts what was up to date, changed policies are
// rebuilt in worker threads, --force and another build of clausemark rebuild all. The manifest logic itself is
// tested in-process in tests/build/incremental.integration.test.ts.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/build/manifest.js';
import { assertCliLane, type CliRun, runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

/** A copy of the project's templates and two seed policies in a folder of its own. */
function project(): { root: string; out: string; aeres: string } {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-incremental-cli-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  const copy = (org: string): string => {
    mkdirSync(join(root, 'policies', org), { recursive: true });
    const file = join(root, 'policies', org, 'social-media.md');
    writeFileSync(file, readFileSync(policyPath(org)));
    return file;
  };
  copy('allure');
  return { root, out: join(root, 'out'), aeres: copy('aeres-mbo') };
}

/**
 * The bundled CLI, copied into the project: the manifest records which build of clausemark made each PDF, and other
 * test runs on the machine may rebundle dist/ between two runs of this test (which rightly rebuilds everything).
 */
function privateCli(root: string): (...args: string[]) => Promise<CliRun> {
  assertCliLane();
  cpSync(join(PROJECT_ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  const binary = join(root, 'dist', 'cli', 'main.js');
  return (...args) => runBuiltCli(args, { cwd: root, binary, env: { CLAUSEMARK_CACHE_DIR: join(root, 'cache') } });
}

describe('clausemark build (CLI), incremental', () => {
  it('says how many were up to date, rebuilds in worker threads what changed, and rebuilds all with --force', async () => {
    const p = project();
    const cli = privateCli(p.root);
    const run = (...args: string[]) => cli('build', 'policies', '--jobs', '2', '--out', 'out', ...args);
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^built 2 PDFs in [\d.]+ s → out\/\n/);

    const second = await run();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^built 0 PDFs in [\d.]+ s → out\/, 2 up to date\n/);

    appendFileSync(p.aeres, '\nNog een zin.\n');
    expect((await run()).stdout).toMatch(/^built 1 PDF in [\d.]+ s → out\/, 1 up to date\n/);

    expect((await run('--force')).stdout).toMatch(/^built 2 PDFs in [\d.]+ s → out\/\n/);
    // Another build of clausemark (esbuild names each chunk after its content): every PDF is rebuilt. Here in
    // the command thread alone (--jobs 1): the builds above use a worker, whose start and renderer cost ~0.3 CPU s.
    writeFileSync(join(p.root, 'dist', 'chunks', 'chunk-ANOTHER.js'), 'export {};\n');
    expect((await cli('build', 'policies', '--jobs', '1', '--out', 'out')).stdout).toMatch(
      /^built 2 PDFs in [\d.]+ s → out\/\n/,
    );
    expect((await run()).stdout).toMatch(/^built 0 PDFs in [\d.]+ s → out\/, 2 up to date\n/);
    expect(existsSync(join(p.out, MANIFEST_NAME))).toBe(true);
  }, 180_000); // six builds of two policies, each a process, most with a worker thread: slow on a loaded machine
});
