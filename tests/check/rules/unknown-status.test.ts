import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('unknown-status', () => {
  it('reports an unknown status at its value and suggests the nearest one', () => {
    const result = checkFixture('unknown-status.md');
    expect(sites(result.findings)).toEqual(['6:9 error unknown-status']);
    expect(result.findings[0]?.message).toBe(
      'unknown status "aproved"; status is one of draft, proposed, approved, retired',
    );
    expect(result.findings[0]?.fix).toBe('write status: approved');
  });

  it.each([
    ['vastgesteld', 'write status: approved'],
    ['concept', 'write status: draft'],
    ['Draft', 'write status: draft'],
    ['ingetrokken', 'write status: retired'],
    ['banana', 'write one of: status: draft, status: proposed, status: approved, status: retired'],
  ])('maps %s to a fix', (written, fix) => {
    const findings = only(checkText(withFields(`status: ${written}`)), 'unknown-status');
    expect(findings.map((finding) => finding.fix)).toEqual([fix]);
  });

  it('accepts the four statuses', () => {
    for (const status of ['draft', 'proposed', 'retired']) {
      expect(checkText(withFields(`status: ${status}`)).findings).toEqual([]);
    }
  });
});
