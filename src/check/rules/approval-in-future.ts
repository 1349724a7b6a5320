// An approval records a decision that was taken: one dated after today (2099-07-01, a typo for 2019, or a meeting
// that has not happened yet) puts a false "Vastgesteld … op" on the cover and a false date in the approval table.
import { adopts } from '../../model/adoption.js';
import { isCalendarDate } from '../../model/dates.js';
import type { Rule } from '../rule.js';
import { itemPlace } from './support.js';

/** One day of grace: "today" differs by time zone, and an approval recorded late in the evening is not a typo. */
const GRACE_DAYS = 1;

/** Today plus the grace, as YYYY-MM-DD; dates written so compare as text. */
function latestPossible(now: number): string {
  return new Date(now + GRACE_DAYS * 86_400_000).toISOString().slice(0, 10);
}

export const approvalInFuture: Rule = {
  id: 'approval-in-future',
  severity: 'warning',
  description: 'an approval is dated after today, so it records a decision not yet taken',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    if (!Array.isArray(data.approvals)) return [];
    const latest = latestPossible(Date.now());
    return data.approvals.flatMap((row: unknown, index) => {
      if (row === null || typeof row !== 'object') return [];
      const { date, step } = row as Record<string, unknown>;
      // Dates that are no dates are invalid-date's to report.
      if (typeof date !== 'string' || !isCalendarDate(date.trim()) || date.trim() <= latest) return [];
      // The row is named by its step: an instemming is no vaststelling (a row without a step adopts).
      const named = typeof step === 'string' && step.trim() !== '' && !adopts({ step }) ? step.trim() : undefined;
      return [
        {
          messageId: named ? 'approval-in-future.step-in-future' : 'approval-in-future.in-future',
          fixId: 'approval-in-future.write-decision-date',
          params: { number: index + 1, date: date.trim(), ...(named ? { step: named } : {}) },
          place: itemPlace(policy, `approvals[${index}].date`),
        },
      ];
    });
  },
};
