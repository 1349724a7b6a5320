// The agenda's words, shared by its text and iCalendar outputs: one entry worded the same wherever it is shown, in
// the user's language, with dates as people write them and organisations by the names their policies give.
import { wordMessage } from '../../io/messages.js';
import type { MessageParams, MessageRef } from '../../model/diagnostics.js';
import type { AgendaItem, CouncilPlanning, PlannedItem } from '../../procedure/agenda.js';
import { cycleWords } from '../../procedure/duration.js';

export const say = (messageId: string, params: MessageParams = {}): string => wordMessage({ messageId, params });

/** The words of one item: its policy, organisation, step and dates. */
function itemParams(item: AgendaItem): MessageParams {
  return {
    date: item.date,
    title: item.policy.title,
    organisation: item.policy.organisation,
    version: item.policy.version,
    step: item.step ?? '',
    asked: item.asked ?? '',
  };
}

/** What the law's cycle makes due: a schoolgids for a school year, another policy again after its cycle. */
function dutyWords(item: AgendaItem, about: boolean): string {
  const duty = item.duty!;
  const params: MessageParams = {
    ...itemParams(item),
    title: duty.title,
    adopted: duty.adopted,
    year: duty.schoolYear ?? '',
    cycle: cycleWords(duty.cycle ?? ''),
  };
  const key = duty.schoolYear ? 'duty-school-year' : 'duty-cycle';
  return say(`agenda-report.${about ? `about-${key}` : key}`, params);
}

/** Where a review date the policy does not give comes from: the law's cycle, or its procedure's default; '' else. */
function reviewSource(item: AgendaItem): string {
  if (item.reviewFrom === 'law' && item.reviewBasis) return say('agenda-report.by-law', { basis: item.reviewBasis });
  return item.reviewFrom === 'procedure' ? say('agenda-report.by-procedure') : '';
}

/** What is due for one item: a review, a step whose term runs out, or what the law's cycle makes due. */
export function itemSummary(item: AgendaItem): string {
  if (item.type === 'duty') return dutyWords(item, false);
  const summary = say(
    item.type === 'review' ? 'agenda-report.review-due' : 'agenda-report.step-waiting',
    itemParams(item),
  );
  // A review date the policy does not give is the law's cycle or its procedure's default, and said so.
  const source = reviewSource(item);
  return source ? `${summary} ${source}` : summary;
}

/** A calendar event's description of an item: a sentence naming the policy and its organisation, then its file. */
export function itemDescription(item: AgendaItem): string {
  if (item.type === 'duty')
    return `${dutyWords(item, true)}.\n${say('agenda-report.file', { file: item.policy.file })}`;
  const about = say(
    item.type === 'review' ? 'agenda-report.about-review' : 'agenda-report.about-step',
    itemParams(item),
  );
  const source = reviewSource(item);
  return `${about}${source ? ` ${source}` : ''}.\n${say('agenda-report.file', { file: item.policy.file })}`;
}

/** "GMR van Stichting De Linde": a council named by its body and the organisation it serves. */
export function councilName(planning: CouncilPlanning): MessageRef {
  return { messageId: 'agenda-report.council', params: { body: planning.body, organisation: planning.organisation } };
}

/** Why an item comes to a council then: its review, or a step not yet taken. */
export function plannedReason(item: PlannedItem): MessageRef {
  return { messageId: item.reason === 'review' ? 'agenda-report.reason-review' : 'agenda-report.reason-open' };
}

/** A calendar event's description of a planned item: the policy, its organisation, the council, the month, why. */
export function plannedDescription(planning: CouncilPlanning, month: string, item: PlannedItem): string {
  const about = say('agenda-report.about-planned', {
    title: item.policy.title,
    version: item.policy.version,
    organisation: item.policy.organisation,
    council: councilName(planning),
    month,
    step: item.step,
    reason: plannedReason(item),
  });
  return `${about}.\n${say('agenda-report.file', { file: item.policy.file })}`;
}
