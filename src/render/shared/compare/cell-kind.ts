// How one organisation's cell of a provision reads, the same in every format: its member's status (against the
// reference, or "reference" / "only" where there is nothing to compare it with), a possible match, or absent.
// The status decides alone; the checks on the members are for an alignment read back from an older JSON, whose
// reference and one-organisation members still said "identical".
import type { MemberStatus, Provision } from '../../../compare/types.js';

export type CellKind = MemberStatus | 'possible' | 'absent';

/** How `key`'s document relates to a provision. */
export function cellKind(provision: Provision, key: string): CellKind {
  const members = provision.members[key];
  if (!members || members.length === 0) return provision.suggestions?.[key] ? 'possible' : 'absent';
  if (Object.keys(provision.members).length === 1) return 'only';
  if (provision.reference === key) return 'reference';
  return (members[0] as { status: MemberStatus }).status;
}
