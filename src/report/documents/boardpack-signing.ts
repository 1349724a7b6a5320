// What a board pack's signing page reads: the new version with only the approvals given for it (an approval belongs
// to the version it was given for: src/model/adoption.ts, versionApprovals), its procedure's remaining steps judged
// on those, and a line naming the approvals its file lists that were given for another text, so the board does not
// wonder where the front matter's approvals went.
import { approvalKey, versionApprovals } from '../../model/adoption.js';
import type { Approval, Policy } from '../../model/policy.js';
import { asNewVersion } from '../../procedure/attach.js';
import { formatDate } from '../../text/format-date.js';
import { fillLabel, type Labels } from '../../wording/labels.js';

export interface SigningPage {
  /** The new version as the signing table shows it: only its own approvals, its procedure judged on them. */
  policy: Policy;
  /** The line under the table naming the approvals left out; '' when none are. */
  note: string;
}

export function signingPage(oldPolicy: Policy, newPolicy: Policy, root: string, labels: Labels): SigningPage {
  const approvals = newPolicy.meta.approvals;
  const given = new Set(versionApprovals(newPolicy, oldPolicy));
  const left = approvals.filter((approval, index) => !given.has(index) && approval.date !== '');
  const policy = asNewVersion(newPolicy, oldPolicy, root);
  if (left.length === 0) return { policy, note: '' };
  const list = left.map((approval) => approvalName(approval, labels, newPolicy.meta.lang)).join(', ');
  const old = new Set(oldPolicy.meta.approvals.map(approvalKey));
  const note = left.every((approval) => old.has(approvalKey(approval)))
    ? fillLabel(labels.approvalsOfOldVersion, { version: oldPolicy.meta.version, approvals: list })
    : fillLabel(labels.approvalsOfOtherText, { approvals: list });
  return { policy, note };
}

/** "instemming GMR (12 maart 2025)": an approval without a step is an adoption (model/adoption.ts, adopts). */
function approvalName(approval: Approval, labels: Labels, lang: string): string {
  const step = [approval.step ?? labels.phrases.decisionStep, approval.body].filter(Boolean).join(' ');
  return `${step} (${formatDate(approval.date, lang) ?? approval.date})`;
}
