// What `acknowledge` says of each action, in the run's language (templates/messages, acknowledge-report.*). The names
// it prints go to the terminal of the person who ran it, never into out/.
import { relative } from 'node:path';
import { wordCounted, wordMessage } from '../../io/messages.js';
import type { AcknowledgeReport, AskOutcome, RecordOutcome, RemovedFile } from '../../jobs/acknowledge.js';
import type { ClauseChange } from '../../diff/types.js';
import type { Person } from '../../model/acknowledgement.js';
import type { CommandContext } from '../context.js';

/** At most this many lines of one kind (unknown names, duplicates …): the rest as a count. */
const SHOWN = 50;

const say = (messageId: string, params: Record<string, string | number> = {}): string =>
  wordMessage({ messageId: `acknowledge-report.${messageId}`, params });

/** The options given, without those left out (the job's options take no undefined). */
export function defined<T extends object>(options: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as never;
}

function some<T>(items: readonly T[], line: (item: T) => string, context: CommandContext): void {
  for (const item of items.slice(0, SHOWN)) context.out(line(item));
  if (items.length > SHOWN) context.out(say('more', { count: items.length - SHOWN }));
}

const names = (people: readonly Person[]): string => people.map((person) => person.name).join(', ');

function changeLine(change: ClauseChange): string {
  const ref = change.new ?? change.old;
  const number = ref?.number || ref?.id || '';
  const text = change.new ? change.new.text : `[${say('removed-article')}] ${change.old?.text ?? ''}`;
  return say('article', { number, text: text.replace(/\s+/g, ' ').trim() });
}

export function sayAsked(
  file: string,
  { outcome, signList }: { outcome: AskOutcome; signList?: string | { tooMany: number } },
  context: CommandContext,
): void {
  if (typeof signList === 'string') context.out(say('sign-list', { file: relative('.', signList) }));
  else if (signList) context.out(say('sign-list-too-long', { count: signList.tooMany }));
  if (outcome.action === 'carry-over-proposed') {
    context.out(say('carry-proposed', { version: outcome.previous.version, count: outcome.carry.length }));
    for (const change of outcome.diff.changes) context.out(changeLine(change));
    context.out(say('carry-confirm', { file }));
    return;
  }
  if (outcome.action === 'carried-over') {
    context.out(say('carried', { version: outcome.previous.version, count: outcome.carried.length }));
    context.out(wordCounted('acknowledge-report.asked', outcome.asked.length));
    return;
  }
  context.out(wordCounted('acknowledge-report.asked', outcome.asked.length));
  if (outcome.already.length > 0) context.out(wordCounted('acknowledge-report.asked-before', outcome.already.length));
  if (outcome.previous) {
    context.out(say('changed', { version: outcome.previous.version, count: outcome.changes.length }));
    for (const change of outcome.changes) context.out(changeLine(change));
  }
}

export function sayRecorded(outcome: RecordOutcome, context: CommandContext): void {
  context.out(wordCounted('acknowledge-report.recorded', outcome.recorded.length));
  if (outcome.already.length > 0)
    context.out(wordCounted('acknowledge-report.recorded-before', outcome.already.length));
  if (outcome.notAsked.length > 0) context.out(say('not-asked', { names: names(outcome.notAsked) }));
  // Each named with its file and line, as an editor opens them.
  const file = relative('.', outcome.file);
  some(outcome.duplicates, (row) => say('duplicate', { ...row, file }), context);
  some(outcome.wrongVersion, (row) => say('wrong-version', { ...row, file }), context);
}

export function sayReport(report: AcknowledgeReport, json: boolean, context: CommandContext): void {
  if (json) {
    context.out(JSON.stringify(report, null, 2));
    return;
  }
  // "0 of 0 asked" says nothing true of a version nobody was asked for: said so, and what was recorded anyway.
  const title = { title: report.title, version: report.version };
  context.out(
    report.counts.asked > 0 ? say('summary', { ...title, ...report.counts }) : say('summary-none-asked', title),
  );
  if (report.acknowledgedNotAsked.length > 0)
    context.out(
      wordCounted('acknowledge-report.acknowledged-not-asked', report.acknowledgedNotAsked.length, {
        names: names(report.acknowledgedNotAsked),
      }),
    );
  for (const team of report.teams) {
    // Its school's total first: a team's row, or the row of those in no team, is not the school's.
    const school = report.schools.find((one) => one.school === team.school);
    if (school && report.teams.find((row) => row.school === team.school) === team)
      context.out(say('school-total', { ...school }));
    const where = `${team.school} / ${team.team || say('no-team')}`;
    context.out(
      say(team.open.length > 0 ? 'team-open' : 'team-done', {
        where,
        acknowledged: team.acknowledged,
        asked: team.asked,
        names: names(team.open),
      }),
    );
  }
  if (report.neverAsked.length > 0) context.out(say('never-asked', { names: names(report.neverAsked) }));
}

export function sayRemoved(
  removed: readonly RemovedFile[],
  dryRun: boolean | undefined,
  context: CommandContext,
): void {
  if (removed.length === 0) context.out(say('removed-none'));
  for (const item of removed)
    context.out(say(dryRun ? 'would-remove' : 'removed', { ...item, file: relative('.', item.file) }));
}

export const meetingLine = (url: string): string => say('meeting', { url });
