// An adoption written by hand records no hash, so the text it adopted is not recorded; git may still show it: the
// first commit of the file whose approvals hold that adoption row holds the text as it stood when the adoption was
// written down. Where that text differs from the one now, the words changed after the adoption ("gewijzigd na
// vaststelling (volgens git)"). The dossier, the HTML report, the PDF and Word cover and kennisname say the same from
// this one reading.
import { blobAt, fileVersions, gitFile, shortCommit } from '../io/git.js';
import { adopts, approvalKey, datedAfter } from '../model/adoption.js';
import { approvalHash } from '../model/fingerprint.js';
import { isClausemarkError } from '../model/errors.js';
import type { Approval, Policy } from '../model/policy.js';
import type { ChangedPerGit } from '../wording/adoption-note.js';
import { readPolicyBytes } from './read.js';

/** The commit that first held the adoption row, and its day: its text is not the one now. */
export interface ChangedSinceCommit {
  commit: string;
  date: string;
}

/** Whether `texts` (oldest first) first hold `adoption` in a text other than `policy`'s; which commit, if so. */
export function firstHoldingDiffers(
  texts: Iterable<{ policy: Policy; commit: string; date: string }>,
  adoption: Approval,
  policy: Policy,
): ChangedSinceCommit | undefined {
  const row = approvalKey(adoption);
  for (const text of texts) {
    if (!text.policy.meta.approvals.some((approval) => approvalKey(approval) === row)) continue;
    return approvalHash(text.policy) === approvalHash(policy) ? undefined : { commit: text.commit, date: text.date };
  }
  return undefined;
}

/** The adoption that stands on `day` when it records no hash; undefined when it records one or there is none. */
export function unrecordedAdoption(policy: Policy, day: string): Approval | undefined {
  const adoption = policy.meta.approvals
    .filter((approval) => adopts(approval) && approval.date && !datedAfter(approval, day))
    .at(-1);
  return adoption && !adoption.hash ? adoption : undefined;
}

/** The file's versions in git, oldest first, read lazily; one that cannot be read or understood is passed over. */
function* gitTexts(file: string, root?: string): Generator<{ policy: Policy; commit: string; date: string }> {
  const tracked = gitFile(file);
  if (!tracked) return;
  for (const { commit, date, path } of fileVersions(tracked).reverse()) {
    try {
      const { parsed } = readPolicyBytes(blobAt(tracked, commit, path), file, root);
      if (!parsed.findings.some((finding) => finding.fatal)) yield { policy: parsed.policy, commit, date };
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
    }
  }
}

/**
 * For `policy` as `file` holds it, adopted on `day` by a row without a hash: the commit where git shows that row first
 * with other words. Reads git only for such an adoption, and only up to the first commit holding the row.
 */
export function changedSinceAdoption(
  file: string,
  policy: Policy,
  day: string,
  root?: string,
): ChangedSinceCommit | undefined {
  const adoption = unrecordedAdoption(policy, day);
  return adoption ? firstHoldingDiffers(gitTexts(file, root), adoption, policy) : undefined;
}

/** What git was asked of an adoption without a hash, for a PDF's cover: `changed` where it shows other words. */
export interface GitEvidence {
  changed?: ChangedPerGit;
}

/**
 * changedSinceAdoption as a cover prints it (short commit); undefined when the adoption records a hash, or there is
 * none: git is then not read, and nothing it could show changes the PDF.
 */
export function gitEvidence(file: string, policy: Policy, day: string, root?: string): GitEvidence | undefined {
  if (!unrecordedAdoption(policy, day)) return undefined;
  const changed = changedSinceAdoption(file, policy, day, root);
  return changed ? { changed: { commit: shortCommit(changed.commit), date: changed.date } } : {};
}

/** The evidence as the incremental build's manifest keeps it: a PDF is made again when it reads otherwise. */
export function evidenceKey(evidence: GitEvidence | undefined): string | undefined {
  if (!evidence) return undefined;
  return evidence.changed ? `changed ${evidence.changed.commit} ${evidence.changed.date}` : 'not shown';
}
