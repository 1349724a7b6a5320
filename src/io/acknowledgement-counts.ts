// Kennisname counted for a published output (docs/acknowledge.md): how many of those asked for a version's text
// acknowledged it, as of a date, never who. The dossier (src/jobs/dossier.ts: one count for its line and its table)
// and the overview's cells (src/procedure/project-overview.ts) read these, so both count alike.
import { existsSync } from 'node:fs';
import { type AckCounts, type Audience, countsOf, inAudience, statusOf } from '../model/acknowledgement.js';
import { ACKNOWLEDGEMENTS_DIR, peopleFile, readPeople, readRecords, recordFile } from './acknowledgements.js';

/** Whether organisation `org` uses kennisname: it keeps a people list. */
export function keepsPeople(org: string, dir = ACKNOWLEDGEMENTS_DIR): boolean {
  return existsSync(peopleFile(org, dir));
}

/**
 * The counts for the text `hash` of a policy's `version` as of `date` (YYYY-MM-DD): of the records dated on or before
 * it, of the people in the list now and in the kind's `audience`. `asked: 0` where the list exists and nobody was
 * asked by then; undefined where the organisation has no people list (it does not use kennisname).
 */
export function acknowledgementTally(
  policy: { org: string; id: string; version: string },
  hash: string,
  audience: Audience | undefined,
  date: string,
  dir = ACKNOWLEDGEMENTS_DIR,
): AckCounts | undefined {
  if (!keepsPeople(policy.org, dir)) return undefined;
  const byThen = readRecords(recordFile(policy.org, policy.id, policy.version, dir)).filter(
    (record) => record.date <= date,
  );
  return countsOf(statusOf(inAudience(readPeople(peopleFile(policy.org, dir)), audience), byThen, hash));
}
