// The comparison PDF's "Datum opmaak" (src/report/documents/compare-pdf.ts) is the day it was made up where the user
// is (TZ), not the UTC day: made at 00:30 in Amsterdam, it carries that day. SOURCE_DATE_EPOCH sets the moment.
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import { prepareComparePdf } from '../../../src/report/documents/compare-pdf.js';
import { orgPolicy } from '../../compare/fixtures.js';
import { PROJECT_ROOT } from '../../support/paths.js';

/** 00:30 on 30 November 2026 in Amsterdam; still 29 November in UTC. */
const HALF_PAST_MIDNIGHT = String(Date.parse('2026-11-29T23:30:00Z') / 1000);

describe('the day on the comparison PDF', () => {
  const rule = 'Medewerkers plaatsen geen beeldmateriaal van leerlingen zonder toestemming van de ouders.';
  const policies = ['noord', 'zuid'].map((org) => orgPolicy(org, org, [{ title: 'Regels', clauses: [rule] }]));
  const alignment = alignPolicies(policies);
  const dateOn = (TZ: string): string =>
    prepareComparePdf(policies, alignment, { root: PROJECT_ROOT, env: { SOURCE_DATE_EPOCH: HALF_PAST_MIDNIGHT, TZ } })
      .texts.date;

  it("is the day in Amsterdam at 00:30 there, not UTC's day before; the UTC day on a machine set to UTC", () => {
    expect(dateOn('Europe/Amsterdam')).toBe('30 november 2026');
    expect(dateOn('UTC')).toBe('29 november 2026');
  });
});
