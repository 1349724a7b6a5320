// Dates sort and compare as text only in YYYY-MM-DD form, and a typo like 2021-02-30 should not reach a PDF cover.
import type { MessageParams, MessageRef } from '../../model/diagnostics.js';
import { isCalendarDate } from '../../model/dates.js';
import type { Policy, Span } from '../../model/policy.js';
import type { Rule, RuleFinding } from '../rule.js';
import { writtenMonths } from '../../text/months.js';
import { itemPlace, valuePlace } from './support.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD when the parts make a real date, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** What the author probably meant: Dutch day-first (6-6-2019, 06.06.2019) or an unpadded ISO date (2019-6-6). */
function guess(text: string): string | undefined {
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return undefined;
}

/** Why a date is not acceptable, as a message of invalid-date's and its values; undefined when it is acceptable. */
function problem(text: string): { messageId: string; params: MessageParams } | undefined {
  if (isCalendarDate(text)) return undefined;
  const iso = ISO.exec(text);
  if (!iso) return { messageId: 'invalid-date.not-iso', params: {} };
  const [year, month] = [Number(iso[1]), Number(iso[2])];
  if (month < 1 || month > 12) return { messageId: 'invalid-date.no-such-month', params: { month } };
  const days = daysIn(year, month);
  return {
    messageId: 'invalid-date.no-such-day',
    params: { monthName: writtenMonths('en')[month - 1] ?? String(month), year, days },
  };
}

function check(field: string, what: MessageRef, value: unknown, place: Span): RuleFinding[] {
  // Non-text values are field-type's to report.
  if (typeof value !== 'string' || value.trim() === '') return [];
  const text = value.trim();
  const wrong = problem(text);
  if (!wrong) return [];
  const meant = guess(text);
  return [
    {
      messageId: wrong.messageId,
      fixId: meant ? 'invalid-date.write-meant' : 'invalid-date.write-real-date',
      params: { ...wrong.params, what, text, field, ...(meant ? { meant } : {}) },
      place,
    },
  ];
}

function approvalDates(policy: Policy, approvals: unknown): RuleFinding[] {
  if (!Array.isArray(approvals)) return [];
  return approvals.flatMap((row: unknown, index) => {
    if (row === null || typeof row !== 'object') return [];
    const date = (row as Record<string, unknown>).date;
    const what = { messageId: 'invalid-date.approval', params: { number: index + 1 } };
    return check('date', what, date, itemPlace(policy, `approvals[${index}].date`));
  });
}

export const invalidDate: Rule = {
  id: 'invalid-date',
  severity: 'error',
  description: 'effective or an approval date is not a real YYYY-MM-DD date',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    return [
      ...check('effective', { messageId: 'invalid-date.effective' }, data.effective, valuePlace(policy, 'effective')),
      ...approvalDates(policy, data.approvals),
    ];
  },
};
