// `clausemark compare --format pdf` as users run it: the same bytes the library renders, standard output, the
// refusal to write a PDF to a terminal, a bad --base. The PDF itself is read back in tests/render/compare/pdf.integration.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies, topicsFor } from '../../src/compare/index.js';
import { loadBuildablePolicy } from '../../src/build/policy.js';
import { prepareComparePdf } from '../../src/report/documents/compare-pdf.js';
import { renderComparePdf } from '../../src/render/compare/pdf/index.js';
import { CLI, runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { shellQuoted } from '../support/shell.js';
import { haveTool } from '../support/tools.js';

const SEEDS = ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'flex-college'];

describe('clausemark compare --format pdf', () => {
  let scratch = '';
  const seedFiles = SEEDS.map((org) => join('policies', org, 'social-media.md'));
  const env = { SOURCE_DATE_EPOCH: '1700000000' };

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'clausemark-compare-pdf-'));
  });
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('writes the same PDF the library renders to --out', async () => {
    const out = join(scratch, 'comparison.pdf');
    const run = await runCli(['compare', ...seedFiles, '--format', 'pdf', '--out', out], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    // As the CLI reads them: paths relative to the project, which the report names.
    const policies = seedFiles.map((file) => loadBuildablePolicy(file));
    const expected = await renderComparePdf(
      // With the topic list of the kind, as compare reads it (templates/topics/social-media.yaml).
      prepareComparePdf(policies, alignPolicies(policies, { topics: topicsFor(policies, PROJECT_ROOT) ?? [] }), {
        root: PROJECT_ROOT,
        env,
      }),
    );
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(expected))).toBe(true);
  });

  it('writes to standard output when that is no terminal', async () => {
    const run = await runCli(['compare', seedFiles[0]!, seedFiles[4]!, '--format', 'pdf', '--base', 'flex-college'], {
      env,
    });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('%PDF-1.7')).toBe(true);
    expect(run.stdout.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  // util-linux `script` runs a command on a pseudo-terminal: the one way to show the CLI a real TTY.
  it.skipIf(!haveTool('script'))('refuses to write a PDF to a terminal, and says what to do instead', () => {
    // Quoted: a clone's path may hold spaces and accents ("Mijn Documenten/clausemark ë"). The CLI is started through
    // such a path (a link to this clone, a quote in its name too), so an unquoted word fails here as in such a clone.
    const spaced = join(scratch, 'Mijn Documenten', "clausemark é's");
    mkdirSync(dirname(spaced), { recursive: true });
    symlinkSync(PROJECT_ROOT, spaced);
    const cli = join(spaced, relative(PROJECT_ROOT, CLI));
    const command = [process.execPath, cli, 'compare', seedFiles[0]!, seedFiles[4]!, '--format', 'pdf']
      .map(shellQuoted)
      .join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('will not write a PDF to the terminal');
    expect(run.stdout).toContain('--out comparison.pdf');
    expect(run.stdout).not.toContain('%PDF');
  });

  it('refuses an unknown base with a hint, not a stack trace', async () => {
    const run = await runCli([
      'compare',
      seedFiles[0]!,
      seedFiles[4]!,
      '--format',
      'pdf',
      '--base',
      'nobody',
      '--out',
      join(scratch, 'x.pdf'),
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("no document with org key 'nobody'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
