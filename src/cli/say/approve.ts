// What `approve` says it recorded: the step with its body and part, who, and the date as people write it; and the
// policy's new status when the approval changed it.
import { wordMessage } from '../../io/messages.js';
import type { ApproveOutcome } from '../../jobs/approve.js';
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

/** The line of what was recorded, and the status line when the status changed. */
export function sayApproved(file: string, { approval, status }: ApproveOutcome, context: CommandContext): void {
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
}
