// Which version of a policy was in force on a date (`build --at DATE`, issue 27 item 4): of all the versions known
// (the files in the project and the file's git history), the adopted one whose entry into force (`effective`, else
// its adoption date) is the latest on or before the date. Only a version every output shows as adopted counts: an
// edited text, or one adopted without a step its procedure requires, was never in force. A later version of its file
// that says `status: retired` withdraws it from the day it was retired (its commit's date; the file as it stands,
// retired and not yet committed, from the day given as today). A later adopted version of the same file replaces it
// once that one is in force, whatever their `effective` dates: an office that corrects a mislabelled adopted file
// says the earlier text was wrong, and no output may show the text the file no longer holds as in force.
// Pure: the versions and today are given.
import { adoptionOf, adopts, datedAfter } from '../model/adoption.js';
import type { Approval, Policy } from '../model/policy.js';

/** Where a version was read: a file as it is now, or a file in a commit of its git history. */
export type VersionSource =
  | { kind: 'file'; file: string }
  | {
      kind: 'git';
      file: string;
      commit: string;
      date: string;
      /** The file was added in this commit, and git does not follow its history before (src/io/git-history.ts). */
      notFollowed?: true;
    };

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

/**
 * The adoption of a version that every output shows as adopted on `day`; undefined for any other. An adoption dated
 * after the day is no decision yet on it.
 */
function adoptionOfVersion(policy: Policy, day: string): Approval | undefined {
  if (adoptionOf(policy, day).status !== 'approved') return undefined;
  return policy.meta.approvals
    .filter((approval) => adopts(approval) && approval.date && !datedAfter(approval, day))
    .at(-1);
}

function inForceFrom(policy: Policy, adoption: Approval): string {
  const effective = policy.meta.effective;
  return effective && /^\d{4}-\d{2}-\d{2}$/.test(effective) ? effective : adoption.date;
}

/** A version as adopted, with the day it entered into force; undefined for one no output shows as adopted. */
function asAdopted(version: PolicyVersion, date: string): VersionInForce | undefined {
  const adoption = adoptionOfVersion(version.policy, date);
  return adoption && { ...version, adoption, inForceFrom: inForceFrom(version.policy, adoption) };
}

/**
 * Whether the version at `index` is replaced on `date` by a later version of its own file (one before it in
 * `versions`) adopted by then: from the day that one is in force, or at once while this one is not yet in force (a
 * text replaced before its day never enters into force). An edited text or a draft replaces nothing.
 */
export function supersededOn(versions: readonly PolicyVersion[], index: number, date: string): boolean {
  const version = versions[index]!;
  const own = asAdopted(version, date);
  for (let later = index - 1; later >= 0; later -= 1) {
    if (versions[later]!.source.file !== version.source.file) continue;
    const replacing = asAdopted(versions[later]!, date);
    if (!replacing || replacing.adoption.date > date) continue;
    if (replacing.inForceFrom <= date || (own !== undefined && own.inForceFrom > date)) return true;
  }
  return false;
}

/** The adopted version that entered into force last on or before `date`, with its place in `versions`. */
function latestAdopted(
  versions: readonly PolicyVersion[],
  date: string,
): { found: VersionInForce; index: number } | undefined {
  let best: { found: VersionInForce; index: number } | undefined;
  versions.forEach((version, index) => {
    const adoption = adoptionOfVersion(version.policy, date);
    if (!adoption) return;
    const from = inForceFrom(version.policy, adoption);
    if (from > date || adoption.date > date || supersededOn(versions, index, date)) return;
    const known = best?.found;
    if (known && (from < known.inForceFrom || (from === known.inForceFrom && adoption.date <= known.adoption.date)))
      return;
    best = { found: { ...version, adoption, inForceFrom: from }, index };
  });
  return best;
}

/**
 * The day the version at `index` was withdrawn: the first later version of its file that says `status: retired`, on
 * its commit's date, or `today` for the file as it stands; undefined when none does.
 */
function retiredAfter(versions: readonly PolicyVersion[], index: number, today: string): string | undefined {
  const file = versions[index]!.source.file;
  for (let later = index - 1; later >= 0; later -= 1) {
    const version = versions[later]!;
    if (version.source.file !== file || version.policy.meta.status !== 'retired') continue;
    return version.source.kind === 'git' ? version.source.date : today;
  }
  return undefined;
}

/**
 * The version in force on `date` (YYYY-MM-DD), or undefined when none was. `versions` come newest first (the file
 * before its history): of two that entered into force on the same day, the later adoption wins, then the newer one.
 */
export function versionInForce(
  versions: readonly PolicyVersion[],
  date: string,
  today: string = date,
): VersionInForce | undefined {
  const best = latestAdopted(versions, date);
  if (!best) return undefined;
  const retired = retiredAfter(versions, best.index, today);
  return retired !== undefined && retired <= date ? undefined : best.found;
}

/** The day the version that was in force on `date` was withdrawn by then (`status: retired`), if it was. */
export function retiredOn(versions: readonly PolicyVersion[], date: string, today: string = date): string | undefined {
  const best = latestAdopted(versions, date);
  const retired = best && retiredAfter(versions, best.index, today);
  return retired !== undefined && retired <= date ? retired : undefined;
}
