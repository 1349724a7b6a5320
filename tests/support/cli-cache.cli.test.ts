// runCli's CLI runs share one disk cache of word layouts per lane (made by tests/support/global-setup.ts), the
// way a user's cache is warm after their first build: a cache per test file made every file's first build cold.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from './cli.js';
import { policyPath } from './paths.js';

describe('the CLI runs of a lane', () => {
  it('lay out words into the one cache the lane’s global setup made', async () => {
    const shared = inject('cliCacheDir');
    expect(shared).toMatch(/clausemark-test-cache-/);
    const run = await runCli([
      'build',
      policyPath('aeres-mbo'),
      '--no-site',
      '--out',
      join(mkdtempSync(join(tmpdir(), 'clausemark-cli-cache-')), 'out'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(shared, 'shaping')).filter((file) => file.endsWith('.txt')).length).toBeGreaterThan(0);
  });
});
