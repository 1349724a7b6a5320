// The names of the months as a document writes a date out, per language, as data (templates/import/month-names.yaml,
// read by src/text/months.ts, which the written dates take their names from too): "maart", "mrt", "March", and the
// English ordinals of a day ("12th March 2025"), as the lookups import and compare read dates by. Made once.
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { monthNamesData } from '../text/months.js';

let read: { months: Map<string, number>; ordinals: string[] } | undefined;

function loaded(): NonNullable<typeof read> {
  if (read) return read;
  const file = monthNamesData();
  const months = new Map<string, number>();
  for (const language of Object.values(file))
    language.months.forEach((names, index) => {
      for (const name of names) months.set(name.toLowerCase(), index + 1);
    });
  read = { months, ordinals: Object.values(file).flatMap((language) => language.ordinals ?? []) };
  return read;
}

/** The month (1–12) a name is of, in any language of the data; undefined for a word that names none. */
export const monthNumber = (name: string): number | undefined => loaded().months.get(name.toLowerCase());

/** The data's ordinals of a day ("st", "th"), as a regular expression's source after the day's digits: "12th". */
export const dayOrdinal = (): string =>
  `(?:${loaded()
    .ordinals.map(escapeRegExp)
    .sort((a, b) => b.length - a.length)
    .join('|')})?`;

/**
 * Every name of a month in the data, of every language, as a regular expression's alternative (no group around it),
 * the longest first ("september" before "sep"); an abbreviation may be followed by a point in the text.
 */
export const anyMonthName = (): string =>
  [...loaded().months.keys()]
    .map(escapeRegExp)
    .sort((a, b) => b.length - a.length)
    .join('|');
