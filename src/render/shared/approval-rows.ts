// The rows of an approval table — the approvals given, then the steps still to sign — the same in the policy PDF,
// the board pack and the Word output: each draws them its own way from these rows.
import type { Policy } from '../../model/policy.js';
import { formatDate } from '../../text/format-date.js';
import type { PdfTexts } from './document-texts.js';

const STEPS = ['advies', 'instemming', 'vaststelling'];

/** Steps still to sign for a proposed policy: the procedure steps not yet recorded (two open rows when none are). */
function pendingStepsOf(policy: Policy): string[] {
  if (policy.meta.status !== 'proposed') return [];
  // A policy that names its kind: the steps its procedure still requires, named with their right and basis.
  if (policy.procedure) return policy.procedure.remaining;
  const taken = new Set(
    policy.meta.approvals
      .map((approval) => approval.step?.toLowerCase())
      .filter((step): step is string => Boolean(step)),
  );
  if (taken.size === 0) return ['', ''];
  const missing = STEPS.filter((step) => !taken.has(step));
  return missing.length > 0 ? missing : [''];
}

/**
 * Rows of the approval table: the approvals given, then empty rows to sign, one per pending step (by default the
 * steps a proposed policy still lacks); `pendingName` fills their name cell.
 */
export function approvalRows(
  policy: Policy,
  texts: PdfTexts,
  pendingSteps: readonly string[] = pendingStepsOf(policy),
  pendingName: string = texts.pendingApproval,
): { rows: string[][]; pending: number[] } {
  // A step asked and not yet answered (no decision date, docs/procedure.md) is no approval: it is not listed.
  const approvals = policy.meta.approvals;
  const decided = approvals.flatMap((approval, index) => (approval.date === '' ? [] : [{ approval, index }]));
  const rows = decided.map(({ approval, index }) => [
    formatDate(approval.date, texts.lang) ?? approval.date,
    approval.name,
    approval.role,
    // "Instemming GMR (WMS art. 10 sub g)" where the policy's procedure knows the step (docs/procedure.md).
    policy.procedure?.labels[index] ?? approval.step ?? '',
    '',
  ]);
  const pending: number[] = [];
  for (const step of pendingSteps) {
    pending.push(rows.length);
    rows.push(['', pendingName, '', step, '']);
  }
  return { rows, pending };
}
