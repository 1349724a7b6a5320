// Dates as documents write them ("21 september 2021", "6-6-2019", "2024-07-01") → ISO, or nothing when unsure.
import { isCalendarDate } from '../model/dates.js';

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
  jan: 1,
  feb: 2,
  mrt: 3,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Whether `text` names a month of a year ("maart 2024", "Vastgesteld in mrt. 2024"), a day before it or not. */
export const namesMonth = (text: string): boolean =>
  [...text.matchAll(/(\p{L}+)\.?\s+\d{4}\b/gu)].some((match) => MONTHS[(match[1] ?? '').toLowerCase()] !== undefined);

const pad = (value: number): string => String(value).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(text) ? text : undefined;
}

/** The first date in `text`, as YYYY-MM-DD. */
export function findDate(text: string): { iso: string; written: string } | undefined {
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (isoMatch) {
    const value = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (value) return { iso: value, written: isoMatch[0] };
  }
  const named = /\b(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})\b/u.exec(text);
  if (named) {
    const month = MONTHS[(named[2] ?? '').toLowerCase()];
    const value = month ? iso(Number(named[3]), month, Number(named[1])) : undefined;
    if (value) return { iso: value, written: named[0] };
  }
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/u.exec(text);
  if (numeric) {
    const value = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (value) return { iso: value, written: numeric[0] };
  }
  return undefined;
}
