// Acceptance on the seeds: the text extracted from the five seed PDFs, imported, against the hand transcriptions
// in policies/. Prints the figures (clause boundaries, word recall) and holds them to the targets of issue 14.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { fidelity, percent } from '../support/import-fidelity.js';
import { HAVE_SEEDS, SEEDS_DIR, SEED_ORGS, policyPath } from '../support/paths.js';

describe.skipIf(!HAVE_SEEDS)(`import of the seed texts (${SEEDS_DIR}; skipped when ../shared/seeds is absent)`, () => {
  it.each(SEED_ORGS)(
    '%s: ≥ 90%% of clause boundaries as in the hand transcription, word recall ≥ 0.99, nothing lost',
    async (org) => {
      const result = await importDocument(join(SEEDS_DIR, `${org}.txt`), { org, dryRun: true });
      const measured = fidelity(readFileSync(policyPath(org), 'utf8'), result.output);
      console.log(
        `import ${org}.txt: clause boundaries ${percent(measured.boundaries)} (${measured.actualClauses} clauses, hand transcription ${measured.expectedClauses}), word recall ${percent(measured.recall)}, source words accounted ${percent(result.accounting.recall)}`,
      );
      expect(measured.boundaries).toBeGreaterThanOrEqual(0.9);
      expect(measured.recall).toBeGreaterThanOrEqual(0.99);
      expect(result.accounting.missing).toEqual([]);
      expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    },
  );

  it('takes the frontmatter from what FLEX-College states on its cover, and nothing else', async () => {
    const result = await importDocument(join(SEEDS_DIR, 'flex-college.txt'), { org: 'flex-college', dryRun: true });
    expect(result.meta).toEqual({
      title: 'Protocol Sociale Media',
      organisation: 'FLEX-College',
      version: '1.0',
      // "d.d: 21 september 2021" on the cover is the document's date, not when the policy takes effect (issue 25).
      approvals: [],
    });
    expect(result.output).toMatch(/^status: draft$/m);
  });

  it('gives the five seeds, one kind of policy, one id, and each the organisation its text names (issue 25)', async () => {
    const imported = await Promise.all(
      ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'flex-college'].map((org) =>
        importDocument(join(SEEDS_DIR, `${org}.txt`), { org, dryRun: true }),
      ),
    );
    expect(imported.map((result) => /^id: (.*)$/m.exec(result.output)?.[1])).toEqual(Array(5).fill('social-media'));
    expect(imported.map((result) => result.meta.organisation)).toEqual([
      'AERES MBO',
      'Stichting Allure',
      'Aloysius',
      'Casparus College',
      'FLEX-College',
    ]);
    expect(imported.filter((result) => /^organisation: .*# not stated/m.test(result.output))).toEqual([]);
  });

  // Issue 68 item 2: an import is a draft; the document's own adoption is history, never its approvals.
  it("reads Allure's approval table and Aeres's adoption sentence as history, the policies drafts", async () => {
    const allure = await importDocument(join(SEEDS_DIR, 'allure.txt'), { org: 'allure', dryRun: true });
    expect(allure.meta.history).toEqual([
      '2019-06-06: ICT netwerk',
      '2019-09-19: directieboard',
      '2019-10-01: D. van Zon (Vz. GMR)',
      '2019-10-16: G. J. O. Meskers (Vz. College van Bestuur)',
    ]);
    expect(allure.meta.approvals).toEqual([]);
    expect(allure.output).toMatch(/^status: draft$/mu);
    const aeres = await importDocument(join(SEEDS_DIR, 'aeres-mbo.txt'), { org: 'aeres-mbo', dryRun: true });
    expect(aeres.meta.approvals).toEqual([]);
    expect(aeres.meta.history).toEqual([
      'Dit protocol treedt in werking na vaststelling door de Algemeen directeur Aeres MBO op 10 september 2013.',
    ]);
    expect(aeres.meta.organisation).toBe('AERES MBO');
  });
});
