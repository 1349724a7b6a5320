import { afterEach, describe, expect, it, vi } from 'vitest';
import { approvalInFutureAt } from '../../../src/check/rules/approval-in-future.js';
import { setMessageLanguage } from '../../../src/io/messages.js';
import { adoptionOf } from '../../../src/model/adoption.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { todayIso } from '../../../src/procedure/evaluate.js';
import { wordFindings } from '../../../src/wording/messages.js';
import { checkFixture, checkText, checkWorded, only, sites, withFields } from './helpers.js';

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
    const today = todayIso();
    expect(only(checkText(approval(today)), 'approval-in-future')).toEqual([]);
    expect(only(checkText(approval('2019-10-16')), 'approval-in-future')).toEqual([]);
    expect(only(checkText(approval('2099-02-30')), 'approval-in-future')).toEqual([]);
  });

  describe('on the day the outputs judge by', () => {
    afterEach(() => vi.unstubAllEnvs());
    const at = (moment: string, date: string) => {
      const source = approval(date);
      const rule = approvalInFutureAt(() => Date.parse(moment));
      const parsed = parsePolicy(source, { path: 'policies/casparus-college/social-media.md' });
      const findings = checkWorded(parsed, [rule]);
      const adoption = adoptionOf(parsed.policy, todayIso(Date.parse(moment))).status;
      return { warned: findings.findings.length > 0, adoption };
    };

    it('warns of an approval dated tomorrow, with no grace: the outputs take it as not given today', () => {
      vi.stubEnv('TZ', 'UTC');
      expect(at('2026-11-29T12:00:00Z', '2026-11-30')).toEqual({ warned: true, adoption: 'draft' });
      expect(at('2026-11-30T00:00:00Z', '2026-11-30')).toEqual({ warned: false, adoption: 'approved' });
    });

    it("takes today in the user's time zone: at 00:30 in Amsterdam an approval of that day is given", () => {
      vi.stubEnv('TZ', 'Europe/Amsterdam');
      // 23:30 UTC on 29 November is 00:30 on 30 November in Amsterdam.
      expect(at('2026-11-29T23:30:00Z', '2026-11-30')).toEqual({ warned: false, adoption: 'approved' });
      expect(at('2026-11-29T23:30:00Z', '2026-12-01')).toEqual({ warned: true, adoption: 'draft' });
      expect(at('2026-11-29T22:30:00Z', '2026-11-30')).toEqual({ warned: true, adoption: 'draft' });
    });
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
