// The one date formatter of clausemark's outputs (PDF, Word, HTML, board packs, comparisons, the `date` helper of
// wording templates): a YYYY-MM-DD date written out in the output language of the policy
// (src/text/output-language.ts), "10 september 2013" or "10 September 2013", as Intl.DateTimeFormat writes it in that
// language's Intl locale (nl-NL, en-GB: day, month's name, year, no leading zeros), the month's name from the data
// (templates/import/month-names.yaml, src/text/months.ts). Written here, not by Intl: the first Intl formatter of a
// process costs 12 ms (ICU loads its locale data), a twentieth of a cold one-policy build.
// tests/text/format-date.test.ts holds it to Intl's text.
import { isCalendarDate } from '../model/dates.js';
import { writtenMonths } from './months.js';
import { outputLanguage } from './output-language.js';

/** The month of a calendar date `YYYY-MM-DD` and its year ("september 2013"), the day before them when asked. */
function written(iso: string, lang: string, withDay: boolean): string {
  const year = Number(iso.slice(0, 4));
  const month = writtenMonths(outputLanguage(lang))[Number(iso.slice(5, 7)) - 1];
  return `${withDay ? `${Number(iso.slice(8, 10))} ` : ''}${month} ${year}`;
}

/** "2013-09-10" → "10 september 2013" (nl) or "10 September 2013" (any other lang); undefined for a non-date. */
export function formatDate(iso: string, lang: string): string | undefined {
  if (!isCalendarDate(iso)) return undefined;
  return written(iso, lang, true);
}

/** "2027-09" (or a date in it) → "september 2027" (nl) or "September 2027"; undefined for a non-month. */
export function formatMonth(month: string, lang: string): string | undefined {
  const day = /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : month;
  if (!isCalendarDate(day)) return undefined;
  return written(day, lang, false);
}
