// Dates as documents write them ("21 september 2021", "12th March 2025", "March 12, 2025", "6-6-2019", "2024-07-01")
// → ISO, or nothing when unsure. The months' names and a day's English ordinals are data
// (templates/import/month-names.yaml, src/parse/month-names.ts).
import { isCalendarDate } from '../model/dates.js';
import { dayOrdinal, monthNumber } from '../parse/month-names.js';

/** Whether `text` names a month of a year ("maart 2024", "Vastgesteld in mrt. 2024"), a day before it or not. */
export const namesMonth = (text: string): boolean =>
  [...text.matchAll(/(\p{L}+)\.?\s+\d{4}\b/gu)].some((match) => monthNumber(match[1] ?? '') !== undefined);

const pad = (value: number): string => String(value).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(text) ? text : undefined;
}

/** A date written with its month's name: "12 maart 2024", "12th March 2025" (day first), "March 12, 2025" (month first). */
function namedDate(text: string): { iso: string; written: string } | undefined {
  const ordinal = dayOrdinal();
  const dayFirst = new RegExp(String.raw`\b(\d{1,2})${ordinal}\s+(\p{L}+)\.?\s+(\d{4})\b`, 'u').exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? '');
    const value = month ? iso(Number(dayFirst[3]), month, Number(dayFirst[1])) : undefined;
    if (value) return { iso: value, written: dayFirst[0] };
  }
  // Month first, the American way; any word before a number may be taken for a month, so each is tried.
  for (const match of text.matchAll(new RegExp(String.raw`\b(\p{L}+)\.?\s+(\d{1,2})${ordinal},?\s+(\d{4})\b`, 'gu'))) {
    const month = monthNumber(match[1] ?? '');
    const value = month ? iso(Number(match[3]), month, Number(match[2])) : undefined;
    if (value) return { iso: value, written: match[0] };
  }
  return undefined;
}

/** The first date in `text`, as YYYY-MM-DD. */
export function findDate(text: string): { iso: string; written: string } | undefined {
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (isoMatch) {
    const value = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (value) return { iso: value, written: isoMatch[0] };
  }
  const named = namedDate(text);
  if (named) return named;
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/u.exec(text);
  if (numeric) {
    const value = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (value) return { iso: value, written: numeric[0] };
  }
  return undefined;
}
