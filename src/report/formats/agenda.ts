// The formats of `agenda` (src/jobs/agenda.ts): what is due for the terminal, as JSON, and as an iCalendar
// file for Outlook and Google Calendar. Its renderers are small and synchronous.
import type { Agenda } from '../../procedure/agenda.js';
import { agendaIcs } from '../../render/agenda/ics.js';
import { agendaText } from '../../render/agenda/text.js';
import type { ReportKind } from '../../render/shared/format-table.js';

export const AGENDA_REPORT: ReportKind<Agenda, string> = {
  command: 'agenda',
  formats: [
    { name: 'text', extension: 'txt', binary: false, destination: 'stdout', render: agendaText },
    {
      name: 'json',
      extension: 'json',
      binary: false,
      destination: 'stdout',
      render: (agenda) => `${JSON.stringify(agenda, null, 2)}\n`,
    },
    { name: 'ics', extension: 'ics', binary: false, destination: 'stdout', render: agendaIcs },
  ],
  fallback: 'text',
  unknown: { messageId: 'agenda-job.unknown-format', fixId: 'output-format.use' },
  output: { example: (format) => `agenda.${format.extension}`, announce: 'always' },
};
