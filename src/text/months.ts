// The names of the months as a date is written out ("1 augustus 2025", "1 August 2025"): one list per language,
// for the wording of dates, check's messages and the diff's word lists (src/text/lexicons), which add the
// abbreviations.
export const MONTH_NAMES = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const satisfies Record<string, readonly string[]>;
