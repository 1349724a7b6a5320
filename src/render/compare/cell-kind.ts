// How one organisation's cell of a provision reads, the same in every format: its member's status against the
// reference, the reference itself, its own (no other organisation states it), a possible match, or absent. The
// reference's members carry status "identical" in the alignment (they are the yardstick), but a cell never says
// "identical" where there is nothing to be identical to: a one-organisation row reads "only here", the reference
// cell "reference".
import type { MemberStatus, Provision } from '../../compare/types.js';

export type CellKind = MemberStatus | 'reference' | 'only' | 'possible' | 'absent';

/** How `key`'s document relates to a provision. */
export function cellKind(provision: Provision, key: string): CellKind {
  const members = provision.members[key];
  if (!members || members.length === 0) return provision.suggestions?.[key] ? 'possible' : 'absent';
  if (Object.keys(provision.members).length === 1) return 'only';
  if (provision.reference === key) return 'reference';
  return (members[0] as { status: MemberStatus }).status;
}
