// `clausemark agenda`: the policies found, each held against its procedure, made into what is due and each
// council's year planning (src/procedure/agenda.ts), written as text, JSON or iCalendar (src/render/agenda).
import { discoverPolicies } from '../../io/discover.js';
import { findProject, type Project } from '../../io/project.js';
import { errorById } from '../../io/messages.js';
import { isCalendarDate } from '../../model/dates.js';
import type { Policy } from '../../model/policy.js';
import { loadPolicy } from '../../parse/index.js';
import { type Agenda, agendaOf } from '../../procedure/agenda.js';
import { judgeProcedure, type ProcedureReport, todayIso } from '../../procedure/evaluate.js';
import { proceduresFor } from '../../procedure/load.js';
import { agendaIcs } from '../../render/agenda/ics.js';
import { agendaText } from '../../render/agenda/text.js';

export const AGENDA_FORMATS = ['text', 'json', 'ics'] as const;
export type AgendaFormat = (typeof AGENDA_FORMATS)[number];

export interface AgendaJobOptions {
  /** The command's project, whose procedures hold; default: the one around the working folder. */
  project?: Project;
  format?: string;
  /** The day the agenda is made for (YYYY-MM-DD); default today. */
  from?: string;
  /** How many months ahead the planning reaches; default 12. */
  months?: string;
}

export function agendaFormat(format: string | undefined): AgendaFormat {
  if (format === undefined) return 'text';
  if ((AGENDA_FORMATS as readonly string[]).includes(format)) return format as AgendaFormat;
  throw errorById(
    {
      messageId: 'agenda-job.unknown-format',
      fixId: 'output-format.use',
      params: { format, formats: AGENDA_FORMATS.join(', ') },
    },
    { place: { argument: '--format' }, ruleId: 'bad-arguments' },
  );
}

function options(job: AgendaJobOptions): { today: string; months: number } {
  const today = job.from ?? todayIso();
  if (!isCalendarDate(today))
    throw errorById(
      { messageId: 'invalid-date.not-a-date', fixId: 'invalid-date.write-date', params: { date: today } },
      { place: { argument: '--from' }, ruleId: 'invalid-date' },
    );
  const months = job.months === undefined ? 12 : Number(job.months);
  if (!Number.isInteger(months) || months < 1 || months > 60)
    throw errorById(
      { messageId: 'agenda-job.bad-months', fixId: 'agenda-job.months-range', params: { months: job.months ?? '' } },
      { place: { argument: '--months' }, ruleId: 'bad-arguments' },
    );
  return { today, months };
}

/** The agenda of the policies under `paths` (default policies/) that name a kind. */
export function agendaOfFiles(paths: readonly string[], job: AgendaJobOptions = {}): Agenda {
  const { today, months } = options(job);
  const { root } = job.project ?? findProject();
  const entries: { policy: Policy; report: ProcedureReport }[] = [];
  for (const file of discoverPolicies(paths, ['policies'])) {
    const parsed = loadPolicy(file);
    if (parsed.findings.some((finding) => finding.fatal) || !parsed.policy.frontmatter?.data.kind) continue;
    const procedures = proceduresFor(file, root);
    const report = judgeProcedure(parsed.policy, procedures, today);
    if (report) entries.push({ policy: parsed.policy, report });
  }
  return agendaOf(entries, today, months);
}

export function agendaJob(
  paths: readonly string[],
  job: AgendaJobOptions = {},
): { content: string; defaultFile: string } {
  const format = agendaFormat(job.format);
  const agenda = agendaOfFiles(paths, job);
  if (format === 'json') return { content: `${JSON.stringify(agenda, null, 2)}\n`, defaultFile: 'agenda.json' };
  if (format === 'ics') return { content: agendaIcs(agenda), defaultFile: 'agenda.ics' };
  return { content: agendaText(agenda), defaultFile: 'agenda.txt' };
}
