// Dates in policies are calendar dates written YYYY-MM-DD; 2021-02-30 is not one.
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date (YYYY-MM-DD) of `now` where the user is: in `timeZone` (the TZ a caller read), else the machine's,
 * not UTC, since an approval given at 00:30 in Amsterdam is given that day. No Dutch zone is assumed for a machine
 * set to UTC: schools on Bonaire, Sint Eustatius and Saba keep Dutch policies on Caribbean time (docs/procedure.md).
 */
export function localDay(now: number, timeZone?: string): string {
  if (timeZone) {
    const zoned = zonedDay(now, timeZone);
    if (zoned) return zoned;
  }
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day is at most 25 hours where clocks change; 27 hours before a moment is certainly an earlier day. */
const BEFORE_ANY_DAY = 27 * 3_600_000;

/**
 * The first whole second of the day `now` falls on where the user is (localDay, the same `timeZone`): a moment that
 * stands for that day all day long, so what is dated by it is the same bytes all day. Found by halving, which holds
 * on a day whose clocks change (its midnight is no fixed number of hours from its noon).
 */
export function localDayStart(now: number, timeZone?: string): number {
  const day = localDay(now, timeZone);
  let within = Math.floor(now / 1000) * 1000;
  let before = within - BEFORE_ANY_DAY;
  while (within - before > 1000) {
    const middle = before + Math.floor((within - before) / 2000) * 1000;
    if (localDay(middle, timeZone) < day) before = middle;
    else within = middle;
  }
  return within;
}

const FORMATS = new Map<string, Intl.DateTimeFormat | undefined>();

/** The day of `now` in the zone named `timeZone` (as TZ names it); undefined for a zone Intl does not know. */
function zonedDay(now: number, timeZone: string): string | undefined {
  if (!FORMATS.has(timeZone)) {
    try {
      FORMATS.set(
        timeZone,
        new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      );
    } catch {
      FORMATS.set(timeZone, undefined);
    }
  }
  const parts = FORMATS.get(timeZone)?.formatToParts(now);
  if (!parts) return undefined;
  const part = (type: string) => parts.find((found) => found.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
