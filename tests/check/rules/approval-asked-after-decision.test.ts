import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

const row = (asked: string, date = '2024-06-01') =>
  withFields(
    'status: proposed',
    'approvals:',
    `  - date: ${date}`,
    `    asked: ${asked}`,
    '    name: A. Jansen',
    '    role: Voorzitter MR',
    '    step: advies',
  );

describe('approval-asked-after-decision', () => {
  it('reports a row asked after the day it was decided, at its asked date', () => {
    const found = only(checkText(row('2024-06-20')), 'approval-asked-after-decision');
    expect(sites(found)).toEqual(['9:12 error approval-asked-after-decision']);
    expect(found[0]?.message).toBe(
      'approval 1 was asked on 20 June 2024, after it was decided on 1 June 2024: a step is asked before it is decided',
    );
    expect(found[0]?.fix).toBe('correct the day it was asked (asked) or the day it was decided (date), YYYY-MM-DD');
  });

  it('reports the fixture at its asked date', () => {
    expect(sites(only(checkFixture('approval-asked-after-decision.md'), 'approval-asked-after-decision'))).toEqual([
      '9:12 error approval-asked-after-decision',
    ]);
  });

  it('accepts a row asked before or on the day decided, and leaves dates that are no dates to others', () => {
    expect(only(checkText(row('2024-05-01')), 'approval-asked-after-decision')).toEqual([]);
    expect(only(checkText(row('2024-06-01')), 'approval-asked-after-decision')).toEqual([]);
    expect(only(checkText(row('2024-06-31')), 'approval-asked-after-decision')).toEqual([]);
  });
});
