// What `approve` refuses because the row would say something false, before anything is written: a decision dated after
// today (it has not been taken), an outcome no procedure knows (the procedure would not read the row as a step), and a
// step on record already for the text as it stands (src/procedure/recorded-before.ts: a second adoption of the same
// words would move the dossier's "Vastgesteld op" to the day it was typed again). The workplace's step form is refused
// by the same words, as it records its steps through this job.
import { errorById } from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import { adopts } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import { recordedBefore, type StepAsked } from '../procedure/recorded-before.js';
import type { SectorProcedures } from '../procedure/types.js';
import { OUTCOMES } from '../procedure/types.js';

/** A decision dated after `today` is not taken yet: it is recorded on the day it is. */
export function refuseFutureDecision(date: string, today: string): void {
  if (date <= today) return;
  throw errorById(
    { messageId: 'approve-refused.in-future', fixId: 'approve-refused.record-on-the-day', params: { date, today } },
    { place: { argument: '--date' }, ruleId: 'approval-in-future' },
  );
}

/** An --outcome the procedure reads: positief, negatief or onder voorwaarden (docs/procedure.md). */
export function refuseUnknownOutcome(outcome: string | undefined): void {
  const given = outcome?.trim();
  if (!given || (OUTCOMES as readonly string[]).includes(given.toLowerCase())) return;
  throw errorById(
    { messageId: 'approve-refused.not-an-outcome', fixId: 'approve-refused.use-outcome', params: { outcome: given } },
    { place: { argument: '--outcome' }, ruleId: 'invalid-outcome' },
  );
}

/** The step as `approve` reports it: "instemming van de MR (ouders/leerlingen)". */
function stepRef(step: string, body: string | undefined, part: string | undefined): MessageRef {
  if (!body) return { messageId: 'approve-report.step', params: { right: step } };
  if (part && part !== 'whole')
    return { messageId: 'approve-report.step-body-part', params: { right: step, body, part } };
  return { messageId: 'approve-report.step-body', params: { right: step, body } };
}

/** A step already on record for this text: recording it again would write a second row for the same decision. */
export function refuseRecordedBefore(
  policy: Policy,
  asked: StepAsked,
  procedures: SectorProcedures | undefined,
  today: string,
): void {
  const found = recordedBefore(policy, asked, procedures, today);
  if (!found) return;
  const { date, name, role } = found.approval;
  const place = { place: { file: policy.path }, ruleId: 'approval-duplicate' };
  if (adopts(asked))
    throw errorById(
      {
        messageId: 'approve-refused.adopted-already',
        fixId: 'approve-refused.adopted-stands',
        params: { date, name, role },
      },
      place,
    );
  const step = stepRef(asked.step?.trim() ?? '', found.approval.body ?? asked.body, asked.part);
  throw errorById(
    {
      messageId: 'approve-refused.step-already',
      fixId: 'approve-refused.step-stands',
      params: { step, date, name, role },
    },
    place,
  );
}
