import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('clausemark start (the main job behind npm start)', () => {
  it('checks the corpus, builds every PDF, the board pack of the revision and the comparison', () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-start-'));
    const run = runCli(['start', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^org +title +version +status +clauses +findings/);
    for (const org of ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'flex-college']) {
      expect(run.stdout).toMatch(new RegExp(`${org} .* clean`));
      expect(existsSync(join(out, org, 'social-media-1.0.pdf'))).toBe(true);
    }
    expect(readFileSync(join(out, 'casparus-college', 'social-media-1.0-to-2.0.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const alignment = JSON.parse(readFileSync(join(out, 'compare', 'corpus.json'), 'utf8')) as { documents: unknown[] };
    expect(alignment.documents).toHaveLength(5);
  });
});
