// The version in force beside a proposal revised in place (issue 26 item 8), or beside a text adopted by hand that git
// shows changed since (its adoption row's first commit). docs/diff.md has a school edit the
// adopted file itself into the next version; the corpus then holds only the proposal, and the adopted text lives
// on in git alone. It is the newest commit of the file whose own approvals adopt the text it then held (its
// adopting approval's hash matches, as `check` judges it): the report shows it beside the proposal, with the diff
// between them, so the version in force never disappears from view.
import { decodeSource } from '../../io/read.js';
import { blobAt, fileVersions, type GitFile, gitFile, shortCommit } from '../../io/git.js';
import { adopts, isAdopted } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import type { Policy } from '../../model/policy.js';
import { parsePolicy } from '../../parse/index.js';
import { changedSinceAdoption } from '../../procedure/adoption-git.js';
import { attachProcedure } from '../../procedure/attach.js';
import { formatDate } from '../../text/format-date.js';
import { fillLabel, type Labels } from '../../wording/labels.js';

export interface InForce {
  /** The adopted version, as committed. */
  policy: Policy;
  commit: string;
  /** The commit's date (YYYY-MM-DD): when the text was committed, not when it was adopted. */
  date: string;
  /** The day its adopting approval was given (YYYY-MM-DD), when that row is dated. */
  adopted?: string;
}

/** The date of the last dated adopting approval of `policy`. */
function adoptedOn(policy: Policy): string | undefined {
  return policy.meta.approvals.filter((approval) => adopts(approval) && approval.date).at(-1)?.date;
}

/** Only frontmatter that says approved can be adopted: a cheap test before parsing a whole version. */
const MAY_BE_APPROVED = /^status:\s*["']?approved\b/m;

/** How many commits of one file are read back at most: a file's adoptions are among its recent history. */
const MAX_VERSIONS = 200;

/**
 * For a policy that is not adopted as it stands (a proposal, a draft, an adopted text edited since), the newest
 * committed version of its file that was adopted; for one adopted by a row written by hand (no hash) whose words git
 * shows changed since, the commit that wrote that row down (src/procedure/adoption-git.ts). Undefined when it is
 * adopted itself, withdrawn, not in git, or never was.
 */
export function versionInForce(policy: Policy, root?: string): InForce | undefined {
  // A policy withdrawn (`status: retired`) ends the version in force before it (src/procedure/in-force.ts).
  if (policy.meta.status === 'retired') return undefined;
  if (isAdopted(policy, todayIso())) {
    const changed = changedSinceAdoption(policy.path, policy, todayIso());
    return changed ? committedAt(policy, changed.commit, root) : undefined;
  }
  return newestAdopted(policy, root);
}

/** The file's versions in git, newest first; none when it is not in a repository or git cannot read its history. */
function versionsOf(policy: Policy): { tracked: GitFile; versions: ReturnType<typeof fileVersions> } | undefined {
  const tracked = gitFile(policy.path);
  if (!tracked) return undefined;
  try {
    return { tracked, versions: fileVersions(tracked) };
  } catch {
    return undefined;
  }
}

/** A committed text of `policy`'s file as a policy with its procedure; undefined when it cannot be read. */
function readCommitted(policy: Policy, text: string, root?: string): Policy | undefined {
  try {
    const parsed = parsePolicy(text, { path: policy.path });
    return parsed.findings.some((finding) => finding.fatal) ? undefined : attachProcedure(parsed.policy, root);
  } catch {
    return undefined;
  }
}

/** The version found in force: `committed`, read from `version`, with the day of its adoption. */
function inForceOf(committed: Policy, version: { commit: string; date: string }): InForce {
  const adopted = adoptedOn(committed);
  return { policy: committed, commit: version.commit, date: version.date, ...(adopted ? { adopted } : {}) };
}

/** The version of `policy`'s file committed in `commit`. */
function committedAt(policy: Policy, commit: string, root?: string): InForce | undefined {
  const found = versionsOf(policy);
  const version = found?.versions.find((candidate) => candidate.commit === commit);
  if (!found || !version) return undefined;
  let text: string;
  try {
    text = decodeSource(blobAt(found.tracked, version.commit, version.path), policy.path).text;
  } catch {
    return undefined; // a version git cannot give
  }
  const committed = readCommitted(policy, text, root);
  return committed ? inForceOf(committed, version) : undefined;
}

/** The newest committed version of `policy`'s file that was adopted. */
function newestAdopted(policy: Policy, root?: string): InForce | undefined {
  const found = versionsOf(policy);
  for (const version of found?.versions.slice(0, MAX_VERSIONS) ?? []) {
    let text: string;
    try {
      text = decodeSource(blobAt(found!.tracked, version.commit, version.path), policy.path).text;
    } catch {
      continue; // a version that cannot be read was not adopted
    }
    if (!MAY_BE_APPROVED.test(text)) continue;
    const committed = readCommitted(policy, text, root);
    if (committed && isAdopted(committed, todayIso())) return inForceOf(committed, version);
  }
  return undefined;
}

/**
 * For each policy of the corpus revised in place, its version in force from git, unless the corpus holds it too:
 * the report shows it and `start` lists it and makes the board pack from it to the proposal. `find` looks one up
 * (a run that plans several reports passes one that asks git once per policy: src/report/corpus/plan.ts).
 */
export function versionsInForce(
  policies: readonly Policy[],
  find: (policy: Policy) => InForce | undefined = versionInForce,
): Map<Policy, InForce> {
  const key = (policy: Policy): string => `${policy.meta.org}\u0000${policy.meta.id}\u0000${policy.meta.version}`;
  const adopted = policies.filter((policy) => isAdopted(policy, todayIso()));
  const found = new Map<Policy, InForce>();
  for (const policy of policies) {
    const inForce = find(policy);
    // Another file of the corpus holds it: not for a text adopted by hand and edited since, which is its own key.
    const elsewhere = (other: Policy): boolean => other !== policy && key(other) === key(inForce!.policy);
    if (inForce && !adopted.some(elsewhere)) found.set(policy, inForce);
  }
  return found;
}

/**
 * "26 maart 2025; tekst uit git a1b2c3d" (after "Vastgesteld: Versie 2.0"): the day the version in force was adopted, in the page's language, and the
 * commit its text was read from (whose own date is only when it was committed, so it is never shown as the adoption).
 */
export function inForceLabel(inForce: InForce, labels: Labels): string {
  const commit = shortCommit(inForce.commit);
  if (!inForce.adopted) return fillLabel(labels.inForceTextFromGit, { commit });
  const date = formatDate(inForce.adopted, labels.lang) ?? inForce.adopted;
  return fillLabel(labels.inForceAdoptedFromGit, { date, commit });
}
