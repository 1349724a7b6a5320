// When each adopted policy a school or board must have falls due again by the law's cycle (templates/duties/):
// a schoolgids for the next school year, before 1 August; a schoolplan four years after its adoption, a
// medezeggenschapsstatuut two, a leerlingenstatuut (vo) two. `agenda` lists them with their dates, the past ones
// as overdue. Pure: made from the overview (overview.ts) and the duties.
import { addDuration } from './duration.js';
import type { SectorDuties } from './duties.js';
import type { Overview } from './overview.js';
import { schoolYearOf } from './school-year.js';

export interface DutyDate {
  /** YYYY-MM-DD: the day by which it must be adopted again. */
  date: string;
  kind: string;
  title: string;
  /** The file of the policy that fulfils it now, relative to the project (as the overview gives it). */
  file: string;
  /** Its adoption's date. */
  adopted: string;
  /** A cycle after the adoption ("4y"), or the school year it is needed for. */
  cycle?: string;
  schoolYear?: string;
}

/** The first day of the school year after `year` ("2026–2027" → 2027-08-01) and that year's name. */
function nextSchoolYear(year: string): { start: string; name: string } {
  const first = Number(year.slice(0, 4)) + 1;
  return { start: `${first}-08-01`, name: `${first}–${first + 1}` };
}

/** Each adopted policy's next legal date, once per policy (a board's policy for all its schools, at the board). */
export function dutyDates(overview: Overview, dutiesOf: (sector: string) => SectorDuties | undefined): DutyDate[] {
  const dates = new Map<string, DutyDate>();
  for (const organisation of overview.organisations)
    for (const row of organisation.rows)
      for (const cell of row.cells) {
        const policy = cell.policy;
        if (!policy?.adopted || (policy.boardWide && row.level === 'school')) continue;
        const duty = dutiesOf(row.sector)?.duties.find((candidate) => candidate.kind === cell.kind);
        if (!duty?.cycle) continue;
        const about = { kind: duty.kind, title: duty.title, file: policy.file, adopted: policy.adopted };
        if (duty.cycle === 'schooljaar') {
          // As the overview counts it: for the school year that begins within six months of its adoption.
          const next = nextSchoolYear(schoolYearOf(addDuration(policy.adopted, '6m') ?? policy.adopted));
          dates.set(`${policy.file}\0${duty.kind}`, { ...about, date: next.start, schoolYear: next.name });
        } else {
          const date = addDuration(policy.adopted, duty.cycle);
          if (date) dates.set(`${policy.file}\0${duty.kind}`, { ...about, date, cycle: duty.cycle });
        }
      }
  return [...dates.values()];
}
