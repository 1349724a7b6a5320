// `acknowledge status`: for the school leader, who has not acknowledged the version in the file yet, per school and
// team, and who is in the audience but was never asked (new people). Names, so it goes to the terminal or a file the
// user names, never to out/. The dossier's line and the overview's cells take counts only
// (src/io/acknowledgement-counts.ts).
import { type AckCounts, countsOf, type Person, statusOf } from '../model/acknowledgement.js';
import type { AcknowledgeContext } from './acknowledge-context.js';

export interface TeamReport {
  school: string;
  team: string;
  /** Asked, not acknowledged yet. */
  open: Person[];
  acknowledged: number;
  asked: number;
}

/** A school's people asked, each once however many teams they are in. */
export interface SchoolReport {
  school: string;
  acknowledged: number;
  asked: number;
}

export interface AcknowledgeReport {
  title: string;
  version: string;
  hash: string;
  counts: AckCounts;
  /** Per school, its people each counted once: a team's row is not the school's. */
  schools: SchoolReport[];
  teams: TeamReport[];
  /** In the audience, never asked for this version. */
  neverAsked: Person[];
  /** Acknowledged this version without being asked for it (a paper list or meeting before any ask). */
  acknowledgedNotAsked: Person[];
}

/** One row per school and team a person is in (a person without a team is in the school's row ""). */
export function acknowledgeReport(context: AcknowledgeContext): AcknowledgeReport {
  const statuses = statusOf(context.people, context.records, context.hash);
  const teams = new Map<string, TeamReport>();
  const schools = new Map<string, SchoolReport>();
  for (const status of statuses) {
    if (!status.asked) continue;
    const school = schools.get(status.person.school) ?? { school: status.person.school, acknowledged: 0, asked: 0 };
    school.asked++;
    if (status.acknowledged) school.acknowledged++;
    schools.set(status.person.school, school);
    for (const team of status.person.teams.length > 0 ? status.person.teams : ['']) {
      const key = `${status.person.school}\u0000${team}`;
      const row = teams.get(key) ?? { school: status.person.school, team, open: [], acknowledged: 0, asked: 0 };
      row.asked++;
      if (status.acknowledged) row.acknowledged++;
      else row.open.push(status.person);
      teams.set(key, row);
    }
  }
  return {
    title: context.policy.meta.title,
    version: context.policy.meta.version,
    hash: context.hash,
    counts: countsOf(statuses),
    schools: [...schools.values()].sort((a, b) => a.school.localeCompare(b.school, 'nl')),
    teams: [...teams.values()].sort(
      (a, b) => a.school.localeCompare(b.school, 'nl') || a.team.localeCompare(b.team, 'nl'),
    ),
    neverAsked: statuses.filter((status) => !status.asked && !status.acknowledged).map((status) => status.person),
    acknowledgedNotAsked: statuses
      .filter((status) => !status.asked && status.acknowledged)
      .map((status) => status.person),
  };
}
