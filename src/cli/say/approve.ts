// What `approve` says it recorded: the step with its body and part, who, and the date as people write it; the
// policy's new status when the approval changed it; and, where it stands adopted by a row without a hash that git
// cannot confirm (a shallow clone, a move git does not follow), why, in one line.
import { wordMessage } from '../../io/messages.js';
import type { ApproveOutcome, HistoryCut } from '../../jobs/approve.js';
import { adopts } from '../../model/adoption.js';
import type { MessageRef } from '../../model/diagnostics.js';
import type { Approval } from '../../model/policy.js';
import type { CommandContext } from '../context.js';

/** What was recorded, in the user's words: the step with its body and part, who, and the date as people write it. */
function approvedLine(file: string, approval: Approval): string {
  const { name, role, date } = approval;
  if (adopts(approval)) return wordMessage({ messageId: 'approve-report.adopted', params: { file, name, role, date } });
  const right = approval.step ?? '';
  const step: MessageRef = approval.body
    ? approval.part && approval.part !== 'whole'
      ? { messageId: 'approve-report.step-body-part', params: { right, body: approval.body, part: approval.part } }
      : { messageId: 'approve-report.step-body', params: { right, body: approval.body } }
    : { messageId: 'approve-report.step', params: { right } };
  return wordMessage({ messageId: 'approve-report.recorded', params: { file, step, name, role, date } });
}

/** The line of what was recorded, the status line when the status changed, and why git cannot confirm the adoption. */
export function sayApproved(
  file: string,
  { approval, status }: ApproveOutcome,
  context: CommandContext,
  cut?: HistoryCut,
): void {
  context.out(approvedLine(file, approval));
  if (status.from !== status.to)
    context.out(
      wordMessage({
        messageId: 'approve-report.status',
        params: {
          from: { messageId: `policy-status.${status.from}` },
          to: { messageId: `policy-status.${status.to}` },
        },
      }),
    );
  if (cut)
    context.out(
      'shallow' in cut
        ? wordMessage({ messageId: 'approve-report.history-shallow' })
        : wordMessage({ messageId: 'approve-report.history-not-followed', params: { commit: cut.notFollowed } }),
    );
}
