// `clausemark agenda`: the policies found, each held against its procedure, made into what is due and each
// council's year planning (src/procedure/agenda.ts), written as text, JSON or iCalendar (src/render/agenda); for the
// workplace's download (`served`), in the workplace's words.
import { discoverPolicies } from '../io/discover.js';
import { findProject, type Project } from '../io/project.js';
import { errorById } from '../io/messages.js';
import { isCalendarDate } from '../model/dates.js';
import type { Finding } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { loadPolicy } from '../parse/index.js';
import { type Agenda, agendaOf } from '../procedure/agenda.js';
import { judgeProcedure, type ProcedureReport, todayIso } from '../procedure/evaluate.js';
import { proceduresFor } from '../procedure/load.js';
import { dutiesFor } from '../procedure/duties.js';
import { dutyDates } from '../procedure/duty-dates.js';
import { schoolOverview } from '../procedure/project-overview.js';
import { declarationsIn } from '../check/school-duties.js';
import { relative, resolve, sep } from 'node:path';
import { AGENDA_REPORT } from '../report/formats/agenda.js';
import { formatNamed } from '../render/shared/format-table.js';
import { agendaText } from '../render/agenda/text.js';
import { namedKind } from '../model/kind.js';
import { isDraft } from '../check/rules/declared-place.js';

export interface AgendaJobOptions {
  /** The command's project, whose procedures hold; default: the one around the working folder. */
  project?: Project;
  /** A format of AGENDA_REPORT (src/report/formats/agenda.ts); default text. */
  format?: string;
  /** The day the agenda is made for (YYYY-MM-DD); default today. */
  from?: string;
  /** How many months ahead the planning reaches; default 12. */
  months?: string;
  /**
   * The workplace's download (`serve`): its files named by their place in this folder, and what to do about one left
   * out said in the workplace's words instead of a command's (as text: agendaText's onPage).
   */
  served?: { folder: string };
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

/**
 * The agenda of the policies under `paths` (default policies/) that name a kind, and the fault of each file that could
 * not be read: left out of the agenda, which names it, and told as an error beside it.
 */
function agendaOfFiles(paths: readonly string[], job: AgendaJobOptions = {}): { agenda: Agenda; problems: Finding[] } {
  const { today, months } = options(job);
  const { root } = job.project ?? findProject();
  const entries: { policy: Policy; report: ProcedureReport }[] = [];
  const withoutKind: string[] = [];
  const problems: Finding[] = [];
  for (const file of discoverPolicies(paths, ['policies'])) {
    const parsed = loadPolicy(file);
    const fatal = parsed.findings.find((finding) => finding.fatal);
    if (fatal) {
      problems.push({ ...fatal, file });
      continue;
    }
    if (namedKind(parsed.policy) === undefined) {
      // Still to be adopted with no procedure to date it: said, so "nothing due" is never said over it.
      if (isDraft(parsed.policy)) withoutKind.push(file);
      continue;
    }
    const procedures = proceduresFor(file, root);
    const report = judgeProcedure(parsed.policy, procedures, today);
    if (report) entries.push({ policy: parsed.policy, report });
  }
  // What every school must have, for the organisations the project declares: the law's cycles of what they adopted.
  const byFile = new Map(entries.map(({ policy }) => [relativeTo(root, policy.path), policy]));
  const overview = schoolOverview(
    entries.map(({ policy }) => policy),
    root,
    today,
    declarationsIn(paths, root),
    undefined,
    problems.map((problem) => problem.file!),
  );
  const duties = dutyDates(overview, (sector) => dutiesFor(root, sector)).flatMap((due) => {
    const policy = byFile.get(due.file);
    return policy ? [{ policy, due }] : [];
  });
  const agenda = agendaOf(entries, today, months, duties, withoutKind);
  if (problems.length > 0) agenda.unreadable = problems.map((problem) => problem.file!);
  return { agenda, problems };
}

/** A path relative to the project, with forward slashes, as the overview names files. */
function relativeTo(root: string, path: string): string {
  return relative(resolve(root), resolve(path)).split(sep).join('/');
}

/** The agenda in `job.format`, and the faults of the files it could not read (the command exits 2 on them). */
export function agendaJob(
  paths: readonly string[],
  job: AgendaJobOptions = {},
): { content: string; defaultFile: string; problems: Finding[] } {
  const format = formatNamed(AGENDA_REPORT, job.format);
  const { agenda, problems } = agendaOfFiles(paths, job);
  if (!job.served) return { content: format.render(agenda), defaultFile: `agenda.${format.extension}`, problems };
  const inFolder = (files: string[]): string[] => files.map((file) => relativeTo(job.served!.folder, file));
  const shown = {
    ...agenda,
    ...(agenda.withoutKind ? { withoutKind: inFolder(agenda.withoutKind) } : {}),
    ...(agenda.unreadable ? { unreadable: inFolder(agenda.unreadable) } : {}),
  };
  const content = format.name === 'text' ? agendaText(shown, true) : format.render(shown);
  return { content, defaultFile: `agenda.${format.extension}`, problems };
}
