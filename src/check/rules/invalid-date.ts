// Dates sort and compare as text only in YYYY-MM-DD form, and a typo like 2021-02-30 should not reach a PDF cover.
import type { Finding } from '../../model/diagnostics.js';
import { isCalendarDate } from '../../model/dates.js';
import type { Policy, Span } from '../../model/policy.js';
import type { Rule } from '../rule.js';
import { MONTH_NAMES } from '../../text/months.js';
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

/** Why a date is not acceptable, in words; undefined when it is. */
function problem(text: string): string | undefined {
  if (isCalendarDate(text)) return undefined;
  const iso = ISO.exec(text);
  if (!iso) return 'is not written YYYY-MM-DD';
  const [year, month] = [Number(iso[1]), Number(iso[2])];
  if (month < 1 || month > 12) return `is not a real calendar date (there is no month ${month})`;
  const days = daysIn(year, month);
  return `is not a real calendar date (${MONTH_NAMES.en[month - 1]} ${year} has ${days} days)`;
}

function check(field: string, label: string, value: unknown, place: Span): Omit<Finding, 'ruleId' | 'severity'>[] {
  // Non-text values are field-type's to report.
  if (typeof value !== 'string' || value.trim() === '') return [];
  const text = value.trim();
  const wrong = problem(text);
  if (!wrong) return [];
  const meant = guess(text);
  return [
    {
      message: `${label} "${text}" ${wrong}`,
      place,
      fix: meant ? `write ${field}: ${meant}` : `write a real date as YYYY-MM-DD, e.g. ${field}: 2024-08-01`,
    },
  ];
}

function approvalDates(policy: Policy, approvals: unknown): Omit<Finding, 'ruleId' | 'severity'>[] {
  if (!Array.isArray(approvals)) return [];
  return approvals.flatMap((row: unknown, index) => {
    if (row === null || typeof row !== 'object') return [];
    const date = (row as Record<string, unknown>).date;
    return check('date', `the date of approval ${index + 1}`, date, itemPlace(policy, `approvals[${index}].date`));
  });
}

export const invalidDate: Rule = {
  id: 'invalid-date',
  severity: 'error',
  description: 'effective or an approval date is not a real YYYY-MM-DD date',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    return [
      ...check('effective', 'effective date', data.effective, valuePlace(policy, 'effective')),
      ...approvalDates(policy, data.approvals),
    ];
  },
};
