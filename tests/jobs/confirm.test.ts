// The confirm job in-process (src/jobs/confirm.ts): what `clausemark confirm` and serve's buttons run.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { confirmJob } from '../../src/jobs/confirm.js';
import { PROJECT_ROOT, SEED_ORGS } from '../support/paths.js';

it('records the verdict in alignments.yaml beside the compared policies', () => {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-confirm-job-'));
  for (const org of SEED_ORGS)
    cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(root, 'policies', org, 'social-media.md'));
  const result = confirmJob(
    [join(root, 'policies')],
    'different',
    'allure:inl.kernwaarden',
    'aeres-mbo:vw.fatsoensnormen',
  );
  expect(result.file).toBe(join(root, 'policies', 'alignments.yaml'));
  expect(readFileSync(result.file, 'utf8')).toMatch(
    /^- different: \[aeres-mbo:vw\.fatsoensnormen@[0-9a-f]{16}, allure:inl\.kernwaarden@[0-9a-f]{16}\]$/m,
  );
});
