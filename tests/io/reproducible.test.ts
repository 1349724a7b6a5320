// The day a document was made up, as its "Datum opmaak" prints it (src/io/reproducible.ts madeDay): the day where the
// user is (TZ), as every "today" of clausemark, not the UTC day, so a document made at 00:30 in Amsterdam does not
// carry the day before. The moments are set by the test and the zone by TZ, so no test depends on the hour it runs.
import { describe, expect, it } from 'vitest';
import { madeDay, reportDate, revisionDate } from '../../src/io/reproducible.js';
import { parsePolicy } from '../../src/parse/index.js';

const AMSTERDAM = { TZ: 'Europe/Amsterdam' };
/** 00:30 on 30 November 2026 in Amsterdam; still 29 November in UTC. */
const HALF_PAST_MIDNIGHT = new Date('2026-11-29T23:30:00Z');

describe('the day a document was made up', () => {
  it('is the day in Amsterdam at 00:30 there, not the UTC day before; on a machine set to UTC, the UTC day', () => {
    expect(madeDay(HALF_PAST_MIDNIGHT, AMSTERDAM)).toBe('2026-11-30');
    expect(madeDay(HALF_PAST_MIDNIGHT, { TZ: 'UTC' })).toBe('2026-11-29');
    // Bonaire keeps Dutch policies on Caribbean time: its evening is UTC's next day.
    expect(madeDay(new Date('2026-12-01T02:30:00Z'), { TZ: 'America/Kralendijk' })).toBe('2026-11-30');
  });

  it("a comparison of documents read from no file: the run's own day there, the same moment all that day", () => {
    const made = reportDate([], AMSTERDAM, HALF_PAST_MIDNIGHT);
    expect(madeDay(made, AMSTERDAM)).toBe('2026-11-30');
    expect(made.getTime()).toBeLessThanOrEqual(HALF_PAST_MIDNIGHT.getTime());
    expect(reportDate([], AMSTERDAM, new Date('2026-11-30T22:59:59Z'))).toEqual(made);
  });

  it("a revision read from no file: the run's own day there, never later than the run", () => {
    const policy = parsePolicy('---\nid: privacy\ntitle: Privacy\nversion: "2.0"\n---\n\nTekst.\n').policy;
    const made = revisionDate(policy, undefined, AMSTERDAM, HALF_PAST_MIDNIGHT);
    expect(madeDay(made, AMSTERDAM)).toBe('2026-11-30');
    expect(made.getTime()).toBeLessThanOrEqual(HALF_PAST_MIDNIGHT.getTime());
  });
});
