// The one date formatter of clausemark's outputs (PDF, Word, HTML, board packs, comparisons, the `date` helper of
// wording templates): a YYYY-MM-DD date written out by Intl.DateTimeFormat in the output language of the policy
// (src/text/output-language.ts), "10 september 2013" or "10 September 2013". Formatters are costly to make: one per
// locale is kept.
import { isCalendarDate } from '../model/dates.js';
import { intlLocale } from './output-language.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format;
}

/** "2013-09-10" → "10 september 2013" (nl) or "10 September 2013" (any other lang); undefined for a non-date. */
export function formatDate(iso: string, lang: string): string | undefined {
  if (!isCalendarDate(iso)) return undefined;
  return formatFor(intlLocale(lang)).format(new Date(`${iso}T00:00:00Z`));
}
