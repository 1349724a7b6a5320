// Inputs that make a build byte-for-byte reproducible: a date that comes from the source, never the clock; and a
// hash of the normalised source.
//
// The date a document was made up ("Datum opmaak" in the colophon, and the PDF's CreationDate) is, in this order:
// SOURCE_DATE_EPOCH (the reproducible-builds convention); else, for a source committed to git and unchanged since,
// the date of the last commit that touched it; else the source file's modification time. The same source in the same
// state always gives the same date; it is printed as the day it fell on where the user is (madeDay), not in UTC. When there is none (a policy not read from a file, or a file that no longer
// holds the text being built), the colophon leaves the line out; only the PDF metadata, which needs a date, then
// falls back to the policy's own latest date.
import { readFileSync, statSync } from 'node:fs';
import { committedTime } from './git.js';
import type { Policy } from '../model/policy.js';
import { isCalendarDate, localDay, localDayStart } from '../model/dates.js';
import { sha256 } from '../model/fingerprint.js';
import { errorById } from './messages.js';

/** Metadata's last resort when nothing is known (never printed as a policy's "Datum opmaak"): fixed, so builds stay identical. */
const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1));

export type MadeUpFrom = 'SOURCE_DATE_EPOCH' | 'git' | 'file';

export interface MadeUpDate {
  date: Date;
  from: MadeUpFrom;
}

/** The policy's source file, when it still holds the text of `policy` (a version read from git history does not). */
function sourceFileOf(policy: Policy): string | undefined {
  try {
    return sourceHash(readFileSync(policy.path, 'utf8')) === sourceHash(policy.source) ? policy.path : undefined;
  } catch {
    return undefined;
  }
}

/** When the document was made up (see the top of this file); undefined when that is not known. */
export function madeUpDate(policy: Policy, env: NodeJS.ProcessEnv = process.env): MadeUpDate | undefined {
  const epoch = sourceDateEpoch(env);
  if (epoch) return { date: epoch, from: 'SOURCE_DATE_EPOCH' };
  const file = sourceFileOf(policy);
  if (!file) return undefined;
  const committed = committedTime(file);
  if (committed !== undefined) return { date: new Date(committed * 1000), from: 'git' };
  return { date: new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000), from: 'file' };
}

function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) {
      throw errorById(
        { messageId: 'bad-environment.source-date-epoch', fixId: 'bad-environment.unset-or-fix', params: { epoch } },
        { place: { argument: 'SOURCE_DATE_EPOCH' }, ruleId: 'bad-environment' },
      );
    }
    return new Date(Number(epoch) * 1000);
  }
  return undefined;
}

/** The PDF's CreationDate: when the document was made up, else (metadata needs a date) the policy's latest date. */
export function creationDate(policy: Policy, env: NodeJS.ProcessEnv = process.env): Date {
  return madeUpDate(policy, env)?.date ?? policyDate(policy, env);
}

/**
 * When the newer version of a revision was made, what a revision's tracked changes and its "Datum opmaak" are dated
 * by: SOURCE_DATE_EPOCH; else `committed`, the date of the last commit that changed it when it was read from git;
 * else when its file was made up (madeUpDate); else `now`, the date of the run. Never its effective date and never
 * later than `now`: a revision taking effect next year was not made next year (issue 26 item 9).
 */
export function revisionDate(
  policy: Policy,
  committed: Date | undefined,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Date {
  // The run's day where the user is, not its moment: the same versions give the same bytes all day.
  const today = new Date(localDayStart(now.getTime(), env.TZ));
  const date = sourceDateEpoch(env) ?? committed ?? madeUpDate(policy, env)?.date ?? today;
  return date.getTime() > now.getTime() ? new Date(Math.floor(now.getTime() / 1000) * 1000) : date;
}

/**
 * The day a report over several policies (the comparison) was made up, what it prints as "Datum opmaak":
 * SOURCE_DATE_EPOCH; else the latest day one of them was made up (madeUpDate: its commit or its file); else the day
 * of the run. Never a date a policy states (an effective date next year is not when the report was made), and never
 * later than `now`. The same files in the same state give the same date, so the same bytes.
 */
export function reportDate(
  policies: readonly Policy[],
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Date {
  const epoch = sourceDateEpoch(env);
  if (epoch) return epoch;
  const made = policies
    .map((policy) => madeUpDate(policy, env)?.date.getTime())
    .filter((time): time is number => time !== undefined);
  const today = localDayStart(now.getTime(), env.TZ);
  const latest = made.length > 0 ? Math.max(...made) : today;
  return new Date(Math.min(latest, Math.floor(now.getTime() / 1000) * 1000));
}

/** A moment a document was made up (ms since 1970) and the day it printed for it (YYYY-MM-DD, where the user is). */
export interface MadeDay {
  at: number;
  day: string;
}

/**
 * The day a document made up at `date` prints ("Datum opmaak": YYYY-MM-DD): that day where the user is (TZ, as every
 * "today" of clausemark: src/model/dates.ts localDay), not in UTC, so a PDF made at 00:30 in Amsterdam carries that
 * day, not the day before.
 */
export function madeDay(date: Date, env: NodeJS.ProcessEnv = process.env): string {
  return localDay(date.getTime(), env.TZ);
}

/**
 * SOURCE_DATE_EPOCH, else the latest date the policy states (effective date, approvals), else a fixed date: what a
 * report about policies is dated by (a comparison is as new as its newest document), and metadata's last resort.
 */
export function policyDate(policy: Policy, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = sourceDateEpoch(env);
  if (epoch) return epoch;
  const dates = [policy.meta.effective, ...policy.meta.approvals.map((approval) => approval.date)]
    .filter((date): date is string => date !== undefined && isCalendarDate(date))
    .sort();
  const latest = dates[dates.length - 1];
  return latest ? new Date(`${latest}T00:00:00Z`) : FALLBACK_DATE;
}

/** Line endings, a BOM and trailing blanks do not change what a policy says, so they do not change its hash. */
function normalisedSource(source: string): string {
  return `${source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd()}\n`;
}

export function sourceHash(source: string): string {
  return sha256(normalisedSource(source));
}
