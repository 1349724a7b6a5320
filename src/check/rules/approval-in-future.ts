// An approval records a decision that was taken: one dated after today (2099-07-01, a typo for 2019, or a meeting
// that has not happened yet) puts a false "Vastgesteld … op" on the cover and a false date in the approval table.
// Today is the model's today (todayIso: the user's calendar date), with no grace: every output takes such a row as not
// given (model/adoption.ts adoptionOf), so check says so on the same days.
import { adopts } from '../../model/adoption.js';
import { isCalendarDate } from '../../model/dates.js';
import { todayIso } from '../../procedure/evaluate.js';
import type { Rule } from '../rule.js';
import { itemPlace } from './support.js';

/** The rule with `now` as its clock (milliseconds since the epoch, as Date.now gives). */
export function approvalInFutureAt(now: () => number): Rule {
  return {
    id: 'approval-in-future',
    severity: 'warning',
    description: 'an approval is dated after today, so it records a decision not yet taken',
    run({ policy }) {
      const data = policy.frontmatter?.data ?? {};
      if (!Array.isArray(data.approvals)) return [];
      const today = todayIso(now());
      return data.approvals.flatMap((row: unknown, index) => {
        if (row === null || typeof row !== 'object') return [];
        const { date, step } = row as Record<string, unknown>;
        // Dates that are no dates are invalid-date's to report.
        if (typeof date !== 'string' || !isCalendarDate(date.trim()) || date.trim() <= today) return [];
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
}

export const approvalInFuture: Rule = approvalInFutureAt(() => Date.now());
