// The one date formatter of clausemark's outputs (PDF, Word, HTML, board packs, comparisons, the `date` helper of
// wording templates): a YYYY-MM-DD date written out by Intl.DateTimeFormat in the output language of the policy
// (src/text/output-language.ts), "10 september 2013" or "10 September 2013". Formatters are costly to make: one per
// locale is kept.
import { isCalendarDate } from '../model/dates.js';
import { intlLocale } from './output-language.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string, withDay = true): Intl.DateTimeFormat {
  const key = `${locale}/${withDay ? 'day' : 'month'}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...(withDay ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

/** "2013-09-10" → "10 september 2013" (nl) or "10 September 2013" (any other lang); undefined for a non-date. */
export function formatDate(iso: string, lang: string): string | undefined {
  if (!isCalendarDate(iso)) return undefined;
  return formatFor(intlLocale(lang)).format(new Date(`${iso}T00:00:00Z`));
}

/** "2027-09" (or a date in it) → "september 2027" (nl) or "September 2027"; undefined for a non-month. */
export function formatMonth(month: string, lang: string): string | undefined {
  const day = /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : month;
  if (!isCalendarDate(day)) return undefined;
  return formatFor(intlLocale(lang), false).format(new Date(`${day}T00:00:00Z`));
}
