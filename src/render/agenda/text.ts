// The agenda as text for the terminal: what is due, then each council's year planning month by month.
import type { Agenda, AgendaItem } from '../../procedure/agenda.js';
import { itemSummary, say } from './words.js';

function itemLine(item: AgendaItem): string {
  const line = itemSummary(item);
  return `  ${item.date}  ${line}${item.overdue ? `  ${say('agenda-report.overdue')}` : ''}`;
}

export function agendaText(agenda: Agenda): string {
  const lines = [say('agenda-report.heading', { today: agenda.today, until: agenda.until })];
  lines.push(...(agenda.items.length > 0 ? agenda.items.map(itemLine) : [`  ${say('agenda-report.nothing-due')}`]));
  for (const { council, months } of agenda.planning) {
    lines.push('', say('agenda-report.planning', { council }));
    for (const { month, items } of months) {
      for (const item of items)
        lines.push(
          `  ${month}  ${item.step}: ${item.policy.title} (${item.policy.org}, ${say(item.reason === 'review' ? 'agenda-report.reason-review' : 'agenda-report.reason-open')})`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}
