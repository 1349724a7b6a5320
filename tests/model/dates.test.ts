// Today is the user's calendar date (src/model/dates.ts localDay): the machine's time zone, not UTC. The moments are
// set by the test and the zone by TZ, so no test depends on the hour it runs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay, localDayStart } from '../../src/model/dates.js';
import { todayIso } from '../../src/procedure/evaluate.js';

describe('localDay', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the day in Amsterdam just after midnight there, when UTC still has yesterday', () => {
    vi.stubEnv('TZ', 'Europe/Amsterdam');
    const moment = Date.parse('2026-11-29T23:30:00Z');
    expect(localDay(moment, 'Europe/Amsterdam')).toBe('2026-11-30');
    expect(todayIso(moment), 'the one today of the outputs and checks').toBe('2026-11-30');
    expect(localDay(Date.parse('2026-11-29T22:59:00Z'), 'Europe/Amsterdam')).toBe('2026-11-29');
  });

  it('is the day on Bonaire when UTC has already the next one: no Dutch zone is assumed', () => {
    vi.stubEnv('TZ', 'America/Kralendijk');
    expect(todayIso(Date.parse('2026-12-01T02:30:00Z'))).toBe('2026-11-30');
    expect(localDay(Date.parse('2026-12-01T02:30:00Z'), 'America/Kralendijk')).toBe('2026-11-30');
  });

  it('is the UTC day on a machine set to UTC', () => {
    vi.stubEnv('TZ', 'UTC');
    expect(todayIso(Date.parse('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
    expect(localDay(Date.parse('2026-01-05T00:00:00Z'), 'UTC')).toBe('2026-01-05');
    expect(
      localDay(Date.parse('2026-01-05T00:00:00Z'), 'No/Such_Zone'),
      "a zone Intl does not know: the machine's",
    ).toMatch(/^2026-01-0[45]$/);
  });
});

describe('localDayStart', () => {
  it("is the first second of the user's day: Amsterdam's, Bonaire's, UTC's", () => {
    const moment = Date.parse('2026-11-29T23:30:00Z');
    expect(new Date(localDayStart(moment, 'Europe/Amsterdam')).toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(new Date(localDayStart(moment, 'America/Kralendijk')).toISOString()).toBe('2026-11-29T04:00:00.000Z');
    expect(new Date(localDayStart(moment, 'UTC')).toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });

  it('is the same moment all day, on a day whose clocks change too', () => {
    // 29 March 2026: Amsterdam's clocks go from 02:00 to 03:00, so the day is 23 hours long.
    const start = Date.parse('2026-03-28T23:00:00Z');
    for (const moment of [
      '2026-03-28T23:00:00Z',
      '2026-03-29T00:59:59Z',
      '2026-03-29T09:00:00Z',
      '2026-03-29T21:59:59Z',
    ])
      expect(localDayStart(Date.parse(moment), 'Europe/Amsterdam'), moment).toBe(start);
    expect(localDayStart(Date.parse('2026-03-29T22:00:00Z'), 'Europe/Amsterdam')).toBe(
      Date.parse('2026-03-29T22:00:00Z'),
    );
  });
});
