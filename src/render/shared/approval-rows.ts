// The rows of an approval table — the approvals given for this text, then the steps still to sign — the same in the
// policy PDF, the board pack and the Word output: each draws them its own way from these rows. A text changed after
// its adoption lists no consent or adoption given for the words before (model/adoption.ts, textApprovals): it gets
// the rows its procedure requires, empty, as a new version does.
import { textApprovals } from '../../model/adoption.js';
import type { Policy } from '../../model/policy.js';
import { formatDate } from '../../text/format-date.js';
import { fillLabel } from '../../text/placeholders.js';
import type { PdfTexts } from './document-texts.js';

const STEPS = ['advies', 'instemming', 'vaststelling'];

/**
 * Steps still to sign for a proposed policy, or one changed after its adoption: the procedure steps not yet recorded
 * for this text (two open rows when none are).
 */
function pendingStepsOf(policy: Policy): string[] {
  const given = textApprovals(policy);
  if (policy.meta.status !== 'proposed' && !given.changed) return [];
  // A policy that names its kind: the steps its procedure still requires, named with their right and basis.
  if (policy.procedure) return policy.procedure.remaining;
  const taken = new Set(
    given.indexes
      .map((index) => policy.meta.approvals[index]?.step?.toLowerCase())
      .filter((step): step is string => Boolean(step)),
  );
  if (taken.size === 0) return ['', ''];
  const missing = STEPS.filter((step) => !taken.has(step));
  return missing.length > 0 ? missing : [''];
}

/** A step as a cell starts: "Vaststelling", as the procedure's names do, whatever case the front matter wrote it in. */
function stepCell(step: string): string {
  return step.charAt(0).toLocaleUpperCase() + step.slice(1);
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
  const decided = textApprovals(policy).indexes.flatMap((index) => {
    const approval = approvals[index]!;
    return approval.date === '' ? [] : [{ approval, index }];
  });
  const rows = decided.map(({ approval, index }) => [
    formatDate(approval.date, texts.lang) ?? approval.date,
    approval.name,
    approval.role,
    // "Instemming GMR (WMS art. 10 sub g)" where the policy's procedure knows the step (docs/procedure.md).
    policy.procedure?.labels[index] ?? stepCell(approval.step ?? ''),
    '',
  ]);
  const pending: number[] = [];
  for (const step of pendingSteps) {
    pending.push(rows.length);
    rows.push(['', pendingName, '', stepCell(step), '']);
  }
  return { rows, pending };
}

/**
 * The line under the approval table: as of which date the law its steps cite was read ("Artikelen zoals in de
 * wettekst van 1 augustus 2025 (WMS), 1 augustus 2026 (WPO)."; the articles as numbered then, which a decision of an
 * earlier day may have known otherwise), from the procedure's `checked:` addresses; '' where its steps cite no
 * article, or the output draws no such line.
 */
export function approvalLawNote(policy: Policy, texts: Pick<PdfTexts, 'lang' | 'lawAsOf'>): string {
  const laws = policy.procedure?.lawAsOf ?? [];
  if (!texts.lawAsOf || laws.length === 0) return '';
  const { label, unverified } = texts.lawAsOf;
  const dates = laws
    .map(({ law, date }) => (date ? `${formatDate(date, texts.lang) ?? date} (${law})` : `${law}: ${unverified}`))
    .join(', ');
  return fillLabel(label, { dates });
}
