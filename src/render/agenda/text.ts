// The agenda as text for the terminal: what is due, then each council's year planning month by month, dates and
// months as people write them in the user's language, in a column as wide as the widest. The workplace's download
// (onPage) says what to do about a policy left out in the workplace's words (workplace-advice.agenda-report.*), not
// by a command or a front-matter field.
import { saidDate, saidMonth, wordCounted } from '../../io/messages.js';
import type { Agenda } from '../../procedure/agenda.js';
import { councilName, itemSummary, plannedReason, say } from './words.js';

/** Rows of a first column and the rest, the first padded to the widest. */
function columns(rows: readonly [string, string][]): string[] {
  const width = Math.max(0, ...rows.map(([first]) => first.length));
  return rows.map(([first, rest]) => `  ${first.padEnd(width)}  ${rest}`);
}

export function agendaText(agenda: Agenda, onPage = false): string {
  const leftOut = (id: string): string => (onPage ? `workplace-advice.agenda-report.${id}` : `agenda-report.${id}`);
  const lines = [say('agenda-report.heading', { today: agenda.today, until: agenda.until })];
  const due = agenda.items.map((item): [string, string] => [
    saidDate(item.date),
    `${itemSummary(item)}${item.overdue ? `  ${say('agenda-report.overdue')}` : ''}`,
  ]);
  // "Nothing to do" only when there is nothing: steps still to take are in the councils' planning below, and a draft
  // without a kind has a procedure still to be chosen.
  // A file that could not be read may hold what is due: "nothing due" is never said over it either.
  const withoutKind = agenda.withoutKind ?? [];
  const unreadable = agenda.unreadable ?? [];
  const nothing =
    agenda.planning.length > 0
      ? 'agenda-report.nothing-dated'
      : withoutKind.length > 0 || unreadable.length > 0
        ? 'agenda-report.nothing-dated-kind'
        : 'agenda-report.nothing-due';
  lines.push(...(due.length > 0 ? columns(due) : [`  ${say(nothing)}`]));
  if (unreadable.length > 0)
    lines.push('', wordCounted(leftOut('unreadable'), unreadable.length, { files: unreadable.join(', ') }));
  if (withoutKind.length > 0)
    lines.push('', wordCounted(leftOut('without-kind'), withoutKind.length, { files: withoutKind.join(', ') }));
  for (const planning of agenda.planning) {
    lines.push('', say('agenda-report.planning', { council: councilName(planning) }));
    const rows = planning.months.flatMap(({ month, items }) =>
      items.map((item): [string, string] => [
        saidMonth(month),
        say('agenda-report.planned-line', {
          step: item.step,
          title: item.policy.title,
          organisation: item.policy.organisation,
          reason: plannedReason(item),
        }),
      ]),
    );
    lines.push(...columns(rows));
  }
  return `${lines.join('\n')}\n`;
}
