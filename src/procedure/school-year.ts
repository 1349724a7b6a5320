// The school year (1 August to 31 July, "2026–2027") a date falls in, and the one a schoolgids is for: the law asks
// for a schoolgids "ten behoeve van het eerstvolgende schooljaar" (WPO art. 13a, WVO 2020 art. 2.92), so the overview
// and check hold each one to the year it covers.
import { addDuration } from './duration.js';

/** The school year a date falls in: from 1 August to 31 July ("2026–2027"). */
export function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 8 ? year : year - 1;
  return `${start}–${start + 1}`;
}

/** A school year a title or version names: "Schoolgids 2026-2027", "2026/2027", "2026–27". */
const NAMED_SCHOOL_YEAR = /(?<!\d)(20\d\d)\s*[-–—/]\s*(20\d\d|\d\d)(?!\d)/u;

/**
 * The school year a schoolgids is for: the one its title or version names; else the one its `effective` date falls
 * in; else the one that begins within six months of its adoption (or is under way then). A gids adopted in February
 * to correct this year's is read by its name or date, not as next year's.
 */
export function schoolYearCovered(policy: {
  title: string;
  version: string;
  adopted?: string;
  inForceFrom?: string;
}): string {
  for (const text of [policy.title, policy.version]) {
    const [, first, second] = NAMED_SCHOOL_YEAR.exec(text) ?? [];
    if (!first || !second) continue;
    const start = Number(first);
    if (Number(second.length === 2 ? `${first.slice(0, 2)}${second}` : second) === start + 1)
      return `${start}–${start + 1}`;
  }
  if (policy.inForceFrom && policy.inForceFrom !== policy.adopted) return schoolYearOf(policy.inForceFrom);
  return schoolYearOf(addDuration(policy.adopted!, '6m') ?? policy.adopted!);
}

/** The first day of a school year ("2026–2027" → 2026-08-01). */
export function schoolYearStart(year: string): string {
  return `${year.slice(0, 4)}-08-01`;
}
