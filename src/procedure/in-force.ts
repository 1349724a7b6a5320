// Which version of a policy was in force on a date (`build --at DATE`, issue 27 item 4): of all the versions known
// (the files in the project and the file's git history), the adopted one whose entry into force (`effective`, else
// its adoption date) is the latest on or before the date. Only a version every output shows as adopted counts: an
// edited text, or one adopted without a step its procedure requires, was never in force. Pure: the versions are given.
import { adoptionOf, adopts } from '../model/adoption.js';
import type { Approval, Policy } from '../model/policy.js';

/** Where a version was read: a file as it is now, or a file in a commit of its git history. */
export type VersionSource =
  | { kind: 'file'; file: string }
  | { kind: 'git'; file: string; commit: string; date: string };

export interface PolicyVersion {
  policy: Policy;
  source: VersionSource;
}

export interface VersionInForce extends PolicyVersion {
  /** The approval that adopted it. */
  adoption: Approval;
  /** The day it entered into force: its `effective` date, else the day it was adopted. */
  inForceFrom: string;
}

/** The adoption of a version that every output shows as adopted; undefined for any other. */
function adoptionOfVersion(policy: Policy): Approval | undefined {
  if (adoptionOf(policy).status !== 'approved') return undefined;
  return policy.meta.approvals.filter((approval) => adopts(approval) && approval.date).at(-1);
}

function inForceFrom(policy: Policy, adoption: Approval): string {
  const effective = policy.meta.effective;
  return effective && /^\d{4}-\d{2}-\d{2}$/.test(effective) ? effective : adoption.date;
}

/**
 * The version in force on `date` (YYYY-MM-DD), or undefined when none was. `versions` come newest first (the file
 * before its history): of two that entered into force on the same day, the later adoption wins, then the newer one.
 */
export function versionInForce(versions: readonly PolicyVersion[], date: string): VersionInForce | undefined {
  let best: VersionInForce | undefined;
  for (const version of versions) {
    const adoption = adoptionOfVersion(version.policy);
    if (!adoption) continue;
    const from = inForceFrom(version.policy, adoption);
    if (from > date || adoption.date > date) continue;
    if (best && (from < best.inForceFrom || (from === best.inForceFrom && adoption.date <= best.adoption.date)))
      continue;
    best = { ...version, adoption, inForceFrom: from };
  }
  return best;
}
