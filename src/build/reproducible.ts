// Inputs that make a build byte-for-byte reproducible: a creation date that comes from the document (or
// SOURCE_DATE_EPOCH, the reproducible-builds convention), never the clock; and a hash of the normalised source.
import type { Policy } from '../model/policy.js';
import { isCalendarDate } from '../model/dates.js';
import { sha256 } from '../model/fingerprint.js';
import { ClausemarkError } from '../model/errors.js';

/** Used when a policy carries no date at all: fixed, so drafts still build identically. */
const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1));

export function creationDate(policy: Policy, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) {
      throw new ClausemarkError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`, {
        place: { argument: 'SOURCE_DATE_EPOCH' },
        hint: 'unset it, or set it to e.g. $(git log -1 --format=%ct)',
        ruleId: 'bad-environment',
      });
    }
    return new Date(Number(epoch) * 1000);
  }
  const dates = [policy.meta.effective, ...policy.meta.approvals.map((approval) => approval.date)]
    .filter((date): date is string => date !== undefined && isCalendarDate(date))
    .sort();
  const latest = dates[dates.length - 1];
  return latest ? new Date(`${latest}T00:00:00Z`) : FALLBACK_DATE;
}

/** Line endings, a BOM and trailing blanks do not change what a policy says, so they do not change its hash. */
export function normalisedSource(source: string): string {
  return `${source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd()).join('\n').trimEnd()}\n`;
}

export function sourceHash(source: string): string {
  return sha256(normalisedSource(source));
}
