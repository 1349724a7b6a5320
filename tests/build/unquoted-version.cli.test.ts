// `version: 1.0` unquoted is allowed (docs/format.md: text or number) and kept as typed. The compiled CLI builds
// in worker threads, and a policy's parse crossed to the worker without its classes: the worker read the version
// as a mapping and refused the file, while a build from src/ (in one thread) built it. So this runs the binary.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const GOOD = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'policies', 'good.md'), 'utf8');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('build (compiled, in worker threads): a version written as a number', () => {
  it('builds every policy and shows each version as typed (1.0, 2.10), also in a field of its own (revision: 7.0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-unquoted-version-'));
    dirs.push(dir);
    // Four files and two jobs, so some are built by a worker whatever order the batch takes.
    const versions = ['1.0', '2.10', '3.0', '4.50'];
    versions.forEach((version, index) => {
      const text = GOOD.replace('id: sociale-media', `id: beleid-${index}`).replace(
        'version: "1.0"',
        `version: ${version}`,
      );
      writeFileSync(join(dir, `beleid-${index}.md`), text.replace('lang: nl', 'lang: nl\nrevision: 7.0'));
    });
    const run = await runBuiltCli(['build', '.', '--out', 'out', '--jobs', '2'], { cwd: dir });
    expect(run.stderr).not.toContain('must be text');
    expect(run.code, run.stderr).toBe(0);
    const pdfs = readdirSync(join(dir, 'out', 'casparus-college')).filter((name) => name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(4);
    const report = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    for (const version of versions) expect(report).toContain(`${version}</`);
  }, 120_000);
});
