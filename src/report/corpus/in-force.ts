// The version in force beside a proposal revised in place (issue 26 item 8). docs/diff.md has a school edit the
// adopted file itself into the next version; the corpus then holds only the proposal, and the adopted text lives
// on in git alone. It is the newest commit of the file whose own approvals adopt the text it then held (its
// adopting approval's hash matches, as `check` judges it): the report shows it beside the proposal, with the diff
// between them, so the version in force never disappears from view.
import { decodeSource } from '../../io/read.js';
import { blobAt, fileVersions, gitFile, shortCommit } from '../../io/git.js';
import { adopts, isAdopted } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import type { Policy } from '../../model/policy.js';
import { parsePolicy } from '../../parse/index.js';
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
 * committed version of its file that was adopted; undefined when it is adopted itself, withdrawn, not in git, or
 * never was.
 */
export function versionInForce(policy: Policy, root?: string): InForce | undefined {
  // A policy withdrawn (`status: retired`) ends the version in force before it (src/procedure/in-force.ts).
  if (isAdopted(policy, todayIso()) || policy.meta.status === 'retired') return undefined;
  const tracked = gitFile(policy.path);
  if (!tracked) return undefined; // not in a git repository
  let versions: ReturnType<typeof fileVersions>;
  try {
    versions = fileVersions(tracked);
  } catch {
    return undefined; // a history git cannot read
  }
  for (const version of versions.slice(0, MAX_VERSIONS)) {
    let committed: Policy;
    try {
      const text = decodeSource(blobAt(tracked, version.commit, version.path), policy.path).text;
      if (!MAY_BE_APPROVED.test(text)) continue;
      const parsed = parsePolicy(text, { path: policy.path });
      if (parsed.findings.some((finding) => finding.fatal)) continue;
      committed = attachProcedure(parsed.policy, root);
    } catch {
      continue; // a version that cannot be read was not adopted
    }
    if (!isAdopted(committed, todayIso())) continue;
    const adopted = adoptedOn(committed);
    return { policy: committed, commit: version.commit, date: version.date, ...(adopted ? { adopted } : {}) };
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
  const adoptedInCorpus = new Set(policies.filter((policy) => isAdopted(policy, todayIso())).map(key));
  const found = new Map<Policy, InForce>();
  for (const policy of policies) {
    const inForce = find(policy);
    if (inForce && !adoptedInCorpus.has(key(inForce.policy))) found.set(policy, inForce);
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
