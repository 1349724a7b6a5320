import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('invalid-date', () => {
  const result = checkFixture('invalid-date.md');

  it('reports effective and approval dates that are not real YYYY-MM-DD dates (29 Feb 2024 is fine)', () => {
    expect(sites(result.findings)).toEqual([
      '6:12 error invalid-date',
      '8:11 error invalid-date',
      '11:11 error invalid-date',
    ]);
  });

  it('explains what is wrong and rewrites a day-first date', () => {
    const [effective, february, dayFirst] = result.findings;
    expect(effective?.message).toBe('effective date "2021-13-45" is not a real calendar date (there is no month 13)');
    expect(february?.message).toBe(
      'the date of approval 1 "2021-02-30" is not a real calendar date (February 2021 has 28 days)',
    );
    expect(dayFirst?.message).toBe('the date of approval 2 "6-6-2019" is not written YYYY-MM-DD');
    expect(dayFirst?.fix).toBe('write date: 2019-06-06');
    expect(effective?.fix).toContain('YYYY-MM-DD');
  });

  it.each([
    ['2019/6/6', 'write effective: 2019-06-06'],
    ['21.09.2021', 'write effective: 2021-09-21'],
    ['31-6-2019', 'write a real date as YYYY-MM-DD, e.g. effective: 2024-08-01'],
  ])('suggests a fix for %s', (written, fix) => {
    const findings = only(checkText(withFields(`effective: "${written}"`)), 'invalid-date');
    expect(findings.map((finding) => finding.fix)).toEqual([fix]);
  });
});
