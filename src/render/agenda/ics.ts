// The agenda as iCalendar (RFC 5545) that Outlook and Google Calendar import: one all-day event per review due and
// per step whose term runs out, and one per policy in a council's planning month. UIDs are stable (the same item
// gets the same UID on every export), so importing again updates the events instead of doubling them.
import { createHash } from 'node:crypto';
import type { Agenda } from '../../procedure/agenda.js';
import { councilName, itemDescription, itemSummary, plannedDescription, say } from './words.js';

/** Text as a property value: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets folded with CRLF and a space, never inside a UTF-8 character (RFC 5545 3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function event(uidSeed: string, date: string, summary: string, description: string, stamp: string): string[] {
  const uid = `${createHash('sha256').update(uidSeed).digest('hex').slice(0, 24)}@clausemark`;
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(date)}`,
    `DTEND;VALUE=DATE:${compact(nextDay(date))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function agendaIcs(agenda: Agenda): string {
  const stamp = `${compact(agenda.today)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//clausemark//agenda//NL', 'CALSCALE:GREGORIAN'];
  for (const item of agenda.items) {
    // An overdue item is dated today, marked so with the day it was due: a calendar's "upcoming" shows it.
    const summary = item.overdue
      ? `${itemSummary(item)} ${say('agenda-report.overdue-since', { date: item.date })}`
      : itemSummary(item);
    const key = `${item.type}\0${item.policy.org}\0${item.policy.id}\0${item.step ?? ''}\0${item.date}`;
    const date = item.overdue ? agenda.today : item.date;
    lines.push(...event(key, date, summary, itemDescription(item), stamp));
  }
  for (const planning of agenda.planning) {
    const { council, months } = planning;
    for (const { month, items } of months) {
      for (const item of items) {
        const summary = say('agenda-report.planned', {
          council: councilName(planning),
          step: item.step,
          title: item.policy.title,
        });
        const key = `plan\0${council}\0${item.policy.org}\0${item.policy.id}\0${item.right}\0${month}`;
        // This month's planning is dated today, not on its first day, which has passed.
        const first = `${month}-01`;
        const date = first < agenda.today ? agenda.today : first;
        lines.push(...event(key, date, summary, plannedDescription(planning, month, item), stamp));
      }
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
