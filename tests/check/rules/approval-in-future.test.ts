import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../../src/io/messages.js';
import { wordFindings } from '../../../src/wording/messages.js';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

const approval = (date: string, step = 'vaststelling') =>
  withFields(
    'status: approved',
    'approvals:',
    `  - date: ${date}`,
    '    name: J. de Vries',
    '    role: Voorzitter',
    `    step: ${step}`,
  );

describe('approval-in-future', () => {
  it('warns about an approval dated far ahead (2099), at its date', () => {
    const result = checkText(approval('2099-07-01'));
    expect(sites(only(result, 'approval-in-future'))).toEqual(['8:11 warning approval-in-future']);
    expect(result.findings[0]?.message).toBe(
      'approval 1 is dated 1 July 2099, which is in the future: an approval records a decision already taken',
    );
    expect(result.errors).toBe(0);
  });

  it('reports the fixture at its date', () => {
    expect(sites(checkFixture('approval-in-future.md').findings)).toEqual(['8:11 warning approval-in-future']);
  });

  it('accepts approvals dated today or in the past, and leaves non-dates to invalid-date', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(only(checkText(approval(today)), 'approval-in-future')).toEqual([]);
    expect(only(checkText(approval('2019-10-16')), 'approval-in-future')).toEqual([]);
    expect(only(checkText(approval('2099-02-30')), 'approval-in-future')).toEqual([]);
  });

  describe('in Dutch', () => {
    afterEach(() => setMessageLanguage('en'));
    const dutch = (source: string) => {
      setMessageLanguage('nl');
      return wordFindings(only(checkText(source), 'approval-in-future'))[0]?.message;
    };

    it('names an instemming row by its step, not as a vaststelling', () => {
      expect(dutch(approval('2099-07-01', 'instemming'))).toBe(
        'goedkeuring 1 (instemming) is gedateerd 1 juli 2099, en dat ligt in de toekomst: een goedkeuring legt een besluit vast dat al genomen is',
      );
    });

    it('names the adopting row as the vaststelling', () => {
      expect(dutch(approval('2099-07-01'))).toBe(
        'goedkeuring 1 (de vaststelling) is gedateerd 1 juli 2099, en dat ligt in de toekomst: een goedkeuring legt een besluit vast dat al genomen is',
      );
    });
  });
});
