// The documents `compare` compares (src/jobs/compare-read.ts): with the cache of parsed policies warm they are read
// back in the shape of a report (a plain clause without its content), but beside an alignments file whole, as a
// person's recorded word hashes their content and headings: the comparison is then the one the caches off give, its
// confirmations and absences current, not stale.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareJob } from '../../src/jobs/compare.js';
import { comparedPolicies } from '../../src/jobs/compare-read.js';
import { findProject } from '../../src/io/project.js';
import { confirmAbsenceJob, confirmJob } from '../../src/jobs/confirm.js';
import { keepParsedPoliciesIn } from '../../src/parse/cached.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

afterEach(() => keepParsedPoliciesIn(undefined));

/** Two shipped protocols copied into a folder of their own (the alignments file is written beside them). */
function twoProtocols(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-compare-read-'));
  return ['allure', 'aloysius'].map((org) => {
    const file = join(folder, org, 'social-media.md');
    cpSync(policyPath(org), file);
    return file;
  });
}

/** The cache of parsed policies on, in a fresh folder, with its entries in diff's shape kept (the third read). */
async function warmCache(files: readonly string[]): Promise<void> {
  keepParsedPoliciesIn(join(mkdtempSync(join(tmpdir(), 'clausemark-compare-read-cache-')), 'policies'), 'a build');
  for (let run = 0; run < 2; run++) await comparedPolicies(files, { root: PROJECT_ROOT });
}

const contentOfPlainClause = (policies: Awaited<ReturnType<typeof comparedPolicies>>): number | undefined =>
  policies[0]?.sections[0]?.clauses[0]?.content.length;

describe('comparedPolicies', () => {
  it('reads the documents back in the shape of a report where no alignments file lies beside them', async () => {
    const files = twoProtocols();
    expect(contentOfPlainClause(await comparedPolicies(files, { root: PROJECT_ROOT }))).toBe(1);
    await warmCache(files);
    expect(contentOfPlainClause(await comparedPolicies(files, { root: PROJECT_ROOT }))).toBe(0);
  });

  it('reads them whole beside an alignments file: its entries are current, as with the caches off', async () => {
    const files = twoProtocols();
    confirmJob(files, 'same', 'allure:up.onlosmakelijk', 'aloysius:wat.verzamelnaam', PROJECT_ROOT);
    confirmAbsenceJob(files, 'aloysius', 'allure:inl.ict-coordinatoren', findProject(PROJECT_ROOT));
    const uncached = String(await compareJob(files, { root: PROJECT_ROOT, format: 'json' }));
    expect(uncached).toContain('"confirmed"');
    expect(uncached).not.toContain('stale');
    await warmCache(files);
    expect(String(await compareJob(files, { root: PROJECT_ROOT, format: 'json' }))).toBe(uncached);
    expect(contentOfPlainClause(await comparedPolicies(files, { root: PROJECT_ROOT }))).toBe(1);
  });
});
