// The overview of what each school and board must have (overview.ts), made from the project: the organisations
// declared in policies/**/procedure.yaml, the duties of their sectors (templates/duties/) and the policies given,
// each held against its procedure on the date, with what git shows of an adoption without a hash. `check`
// (src/check/school-duties.ts), `agenda`, `dossier`, `serve` and the HTML report of `start`
// (src/report/documents/school-overview.ts) read it; those that show it to the board (`start`, `dossier`, `serve`)
// have the kennisname of each version in force counted (src/io/acknowledgement-counts.ts), counts only.
import { relative, resolve, sep } from 'node:path';
import { acknowledgementTally, keepsPeople } from '../io/acknowledgement-counts.js';
import { inGitRepository } from '../io/git.js';
import type { Audience } from '../model/acknowledgement.js';
import { adoptionOf } from '../model/adoption.js';
import { approvalHash, isCurrentScheme } from '../model/fingerprint.js';
import { namedKind } from '../model/kind.js';
import {
  adoptedHashInGit,
  adoptedHashOfOldScheme,
  type GitEvidence,
  gitEvidence,
  untoldInRepository,
} from './adoption-git.js';
import type { Policy } from '../model/policy.js';
import { dutiesFor } from './duties.js';
import { judgeProcedure } from './evaluate.js';
import { proceduresFor } from './load.js';
import { declaredOrganisations, type OrganisationDeclaration } from './organisation.js';
import { type Overview, type OverviewPolicy, overviewOf } from './overview.js';

/**
 * What git shows of an adoption by hand where it shows neither its words adopted nor changed: why it cannot tell. Only
 * in a git repository: outside one every adoption by hand is so, and the board's one page would say it under every
 * cell; the overview says once that the folder is not under version control (`notInGit`), as the cover and `check`
 * say it of each policy.
 */
function unrecordedOf(file: string, evidence: GitEvidence | undefined): Pick<OverviewPolicy, 'unrecorded'> {
  if (!evidence || !untoldInRepository(file, evidence)) return {};
  const { shallow, notFollowed } = evidence;
  return { unrecorded: { ...(shallow ? { shallow } : {}), ...(notFollowed ? { notFollowed } : {}) } };
}

/**
 * The version in force on `date` and its text's hash, as the overview's cell stands it (overview.ts `standing`): the
 * version the caller found in force in the history; else, for an adoption by hand whose words git shows changed
 * since, the text git holds as adopted; else the file's own when adopted as it reads; else the adoption recorded of a
 * text edited since (recorded with the old hash, sha256:, the text git holds as adopted, or no hash where git does not
 * verify one: kennisname cannot be counted then). None where that text is not known.
 */
function textInForce(entry: OverviewPolicy, date: string): { version: string; hash?: string } | undefined {
  const { policy, inForce } = entry;
  if (inForce?.hash) return { version: inForce.version, hash: inForce.hash };
  const version = policy.meta.version;
  if (entry.changedPerGit) {
    const hash = adoptedHashInGit(policy.path, policy, date);
    return hash ? { version, hash } : undefined;
  }
  const adoption = adoptionOf(policy, date);
  if (adoption.status === 'approved') return { version, hash: approvalHash(policy) };
  const recorded = adoption.recorded?.approval;
  if (adoption.status !== 'outdated' || !recorded?.hash) return undefined;
  if (isCurrentScheme(recorded.hash)) return { version, hash: recorded.hash };
  // The old hash names no text kennisname's records name: git may hold the text; else it cannot be counted (no hash).
  const hash = adoptedHashOfOldScheme(policy.path, recorded);
  return hash ? { version, hash } : { version };
}

/**
 * Kennisname of the version in force, for a kind with an audience, where `dir` is given: counts only; or that it cannot
 * be counted, where the text in force is known by the old hash alone (textInForce).
 */
function acknowledgedOf(
  entry: OverviewPolicy,
  audience: Audience | undefined,
  date: string,
  dir: string | undefined,
): Pick<OverviewPolicy, 'acknowledged' | 'acknowledgeUncounted'> {
  if (dir === undefined || audience === undefined) return {};
  const text = textInForce(entry, date);
  if (!text) return {};
  if (text.hash === undefined)
    return keepsPeople(entry.policy.meta.org, dir) ? { acknowledgeUncounted: 'old-hash' } : {};
  const counts = acknowledgementTally({ ...entry.policy.meta, version: text.version }, text.hash, audience, date, dir);
  return counts ? { acknowledged: counts } : {};
}

/**
 * What a caller read of a policy from its history (the dossier): the version in force on the date and its text's
 * hash, the day it was withdrawn, what git shows of an adoption without a hash, and the kennisname of the version in
 * force it counted (for a kind with an audience; none where its organisation keeps no people list).
 */
export interface OverviewHistory
  extends Pick<OverviewPolicy, 'inForce' | 'retired' | 'changedPerGit' | 'acknowledged'> {
  /**
   * What git shows of the adoption without a hash of the file as it stands on the date (gitEvidence), where the caller
   * read it from the versions it read: git is not asked again. Null where the adoption records a hash or there is none.
   */
  gitShown?: GitEvidence | null;
}

/**
 * The overview on `date` (YYYY-MM-DD) of the project at `root`, from `policies` (read from their files), of the
 * organisations declared under its policies/ (or those given). `history`: per policy, the version in force on the
 * date, the day it was withdrawn and what git shows of an adoption without a hash, where the caller read them from
 * its history (the dossier), so the overview says what the caller's list of policies in force says, with the kennisname
 * it counted (not counted again here); for a policy it does not give, git is asked here (src/procedure/adoption-git.ts). `unreadable`: the policy files that cannot be
 * read, so that a required policy is not said missing where one of them may be it. `shownFrom`: the folder whose
 * policies/ these are, where it is not the project's (a folder the workplace serves with the package's templates):
 * the files and folders the overview names are named from it. `acknowledgements`: the folder of kennisname's records
 * (docs/acknowledge.md), given by those that show the overview to the board; a cell of a kind with an audience then
 * counts who acknowledged its version in force by the date.
 */
export function schoolOverview(
  policies: readonly Policy[],
  root: string,
  date: string,
  declarations: readonly OrganisationDeclaration[] = declaredOrganisations(root),
  history?: ReadonlyMap<Policy, OverviewHistory>,
  unreadable: readonly string[] = [],
  shownFrom = root,
  acknowledgements?: string,
): Overview {
  const relativeToRoot = (path: string): string => relative(resolve(shownFrom), resolve(path)).split(sep).join('/');
  if (declarations.length === 0) return { date, organisations: [] };
  const entries = policies.map((policy): OverviewPolicy => {
    const { gitShown, ...given } = history?.get(policy) ?? {};
    // The caller's history may have shown the words changed, or what git shows; else git is asked here.
    const evidence = given.changedPerGit
      ? undefined
      : gitShown === undefined
        ? gitEvidence(policy.path, policy, date)
        : (gitShown ?? undefined);
    const changed = history?.has(policy) ? given.changedPerGit : evidence?.changed;
    const entry: OverviewPolicy = {
      policy,
      file: relativeToRoot(policy.path),
      path: resolve(policy.path),
      ...given,
      ...(changed ? { changedPerGit: changed } : {}),
      ...unrecordedOf(policy.path, changed ? undefined : evidence),
    };
    if (namedKind(policy) !== undefined) {
      const procedures = proceduresFor(policy.path, root);
      const report = judgeProcedure(policy, procedures, date);
      if (report) entry.report = report;
      // The kind it is a part of (a pestprotocol of the veiligheidsbeleid): a missing one of that kind says it.
      const whole = report?.procedure?.fallsUnder ? procedures.kinds[report.procedure.fallsUnder] : undefined;
      if (whole)
        entry.partOf = { kind: whole.kind, title: whole.title, ...(whole.article ? { article: whole.article } : {}) };
      // A caller that gives the history counted kennisname with it (the dossier, from the same records).
      const audience = procedures.kinds[namedKind(policy) ?? '']?.audience;
      if (!history) Object.assign(entry, acknowledgedOf(entry, audience, date, acknowledgements));
    }
    return entry;
  });
  const overview = overviewOf(declarations, entries, (sector) => dutiesFor(root, sector), {
    date,
    root: shownFrom,
    relative: relativeToRoot,
    unreadable: unreadable.map((file) => resolve(file)),
  });
  return inGitRepository(shownFrom) ? overview : { ...overview, notInGit: true };
}
