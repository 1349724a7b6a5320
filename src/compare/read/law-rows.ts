// Which rows of "Wat de wet vraagt" ask something of the policy itself: the review page names them and asks about
// their topics first (review-queue.ts, review-items.ts). Not a requirement that does not bind the organisation, nor
// school law for an organisation not known to be a school, nor one the law applies directly that no clause states
// (Awb 9:11's term binds a public body whatever its regulation says: nothing is missing there).
import type { LawRow } from './types.js';

/** Whether the row asks the policy to state something: it binds, or may, and the law does not apply it directly. */
export function asksOfPolicy(row: LawRow): boolean {
  if (row.applies === 'not-applicable' || row.applies === 'schools-only') return false;
  return row.finding !== 'direct';
}
