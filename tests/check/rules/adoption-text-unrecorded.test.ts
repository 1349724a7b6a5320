// adoption-text-unrecorded: an adoption written by hand holds no text, so an edit after it is seen only where git
// holds the text it was written down with; said at the adopting row, with how to record the text. Not for an adoption with a hash, a draft, or one dated after the day.
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../../src/jobs/approve-record.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

const adopted = (date: string, status = 'approved') =>
  withFields(
    `status: ${status}`,
    'approvals:',
    `  - date: ${date}`,
    '    name: J. de Vries',
    '    role: Voorzitter',
    '    step: vaststelling',
  );

describe('adoption-text-unrecorded', () => {
  it('warns at the adopting row of an adopted policy whose adoption records no hash, saying how to record it', () => {
    const result = checkText(adopted('2025-03-26'));
    const found = only(result, 'adoption-text-unrecorded');
    expect(sites(found)).toEqual(['8:5 warning adoption-text-unrecorded']);
    expect(found[0]?.message).toBe(
      'approval 1, the adoption of 26 March 2025, records no hash, so the text it adopted is not recorded: only where git holds the text of the commit that wrote this adoption down can an edit made since be seen (the outputs then say "changed after adoption (according to git)"); where git does not, an edit cannot be seen, and the cover, the HTML page, the board pack and diff show this text as adopted with "text not recorded at adoption (no hash): whether this is the adopted text cannot be told" beside it',
    );
    expect(found[0]?.fix).toContain('clausemark approve');
    expect(found[0]?.fix).toContain('--date 2025-03-26');
    expect(result.errors).toBe(0);
  });

  it('reports the fixture at its adopting row', () => {
    expect(sites(checkFixture('adoption-text-unrecorded.md').findings)).toEqual([
      '8:5 warning adoption-text-unrecorded',
    ]);
  });

  it('is silent for an adoption recorded by approve (with its hash), a draft, and an adoption dated after today', () => {
    const draft = withFields('status: draft');
    const recorded = approveSource(parsePolicy(draft, { path: 'policy.md' }), {
      name: 'J. de Vries',
      role: 'Voorzitter',
      date: '2025-03-26',
      step: 'vaststelling',
    }).source;
    expect(recorded).toContain('hash:');
    expect(only(checkText(recorded), 'adoption-text-unrecorded')).toEqual([]);
    expect(only(checkText(adopted('2025-03-26', 'draft')), 'adoption-text-unrecorded')).toEqual([]);
    expect(only(checkText(adopted('2099-07-01')), 'adoption-text-unrecorded')).toEqual([]);
  });
});
