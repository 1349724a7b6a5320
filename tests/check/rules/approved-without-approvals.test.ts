import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('approved-without-approvals', () => {
  it('reports status approved without approvals at the status value', () => {
    const result = checkFixture('approved-without-approvals.md');
    expect(sites(result.findings)).toEqual(['6:9 error approved-without-approvals']);
    expect(result.findings[0]?.fix).toContain('approvals:\n  - date:');
  });

  it('reports an empty approvals list too', () => {
    expect(only(checkText(withFields('status: approved', 'approvals: []')), 'approved-without-approvals')).toHaveLength(
      1,
    );
  });

  it("reports approved with only advice and consent (the MR's instemming): nobody adopted it", () => {
    const consented = withFields(
      'status: approved',
      'approvals:',
      '  - date: 2024-06-12',
      '    name: R. Hendriks',
      '    role: Voorzitter MR',
      '    step: instemming',
      '    body: MR',
    );
    const found = only(checkText(consented), 'approved-without-approvals');
    expect(found.map((finding) => finding.messageId)).toEqual(['approved-without-approvals.no-adoption']);
    expect(found[0]?.message).toContain('only instemming');
  });

  it('accepts approved with an approval, and a draft without', () => {
    const approved = withFields(
      'status: approved',
      'approvals:',
      '  - date: 2024-07-01',
      '    name: J. de Vries',
      '    role: Voorzitter',
    );
    // Written by hand, its adoption records no hash: adoption-text-unrecorded says so, this rule nothing.
    expect(only(checkText(approved), 'approved-without-approvals')).toEqual([]);
    expect(checkText(withFields('status: draft')).findings).toEqual([]);
  });
});
