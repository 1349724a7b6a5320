// The agenda's words, shared by its text and iCalendar outputs: one entry worded the same wherever it is shown.
import { wordMessage } from '../../io/messages.js';
import type { AgendaItem } from '../../procedure/agenda.js';

export const say = (messageId: string, params: Record<string, string> = {}): string =>
  wordMessage({ messageId, params });

/** What is due for one item: a review, or a step whose term runs out. */
export function itemSummary(item: AgendaItem): string {
  const params = {
    date: item.date,
    title: item.policy.title,
    org: item.policy.org,
    step: item.step ?? '',
    asked: item.asked ?? '',
  };
  return say(item.type === 'review' ? 'agenda-report.review-due' : 'agenda-report.step-waiting', params);
}
