// A step is asked before it is answered: an approval row whose `asked` date lies after its `date` (asked 2026-11-20,
// decided 2026-11-01) records something that cannot have happened, most often a typo in one of the two, and its
// term and order would be judged on it. `approve` refuses such a row; this says it of one written by hand.
import { isCalendarDate } from '../../model/dates.js';
import type { Rule } from '../rule.js';
import { itemPlace } from './support.js';

/** A field's value as a date written YYYY-MM-DD, or undefined (invalid-date and field-type report the rest). */
function calendarDate(value: unknown): string | undefined {
  return typeof value === 'string' && isCalendarDate(value.trim()) ? value.trim() : undefined;
}

export const approvalAskedAfterDecision: Rule = {
  id: 'approval-asked-after-decision',
  severity: 'error',
  description: 'an approval row was asked (`asked`) after the day it was decided (`date`)',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    if (!Array.isArray(data.approvals)) return [];
    return data.approvals.flatMap((row: unknown, index) => {
      if (row === null || typeof row !== 'object') return [];
      const fields = row as Record<string, unknown>;
      const [asked, date] = [calendarDate(fields.asked), calendarDate(fields.date)];
      if (asked === undefined || date === undefined || asked <= date) return [];
      return [
        {
          messageId: 'approval-asked-after-decision.asked-after',
          fixId: 'approval-asked-after-decision.correct-dates',
          params: { number: index + 1, asked, date },
          place: itemPlace(policy, `approvals[${index}].asked`),
        },
      ];
    });
  },
};
