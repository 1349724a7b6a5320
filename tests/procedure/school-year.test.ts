// The school year a schoolgids is for (src/procedure/school-year.ts): the one its title or version names, else its
// `effective` date's, else the one beginning within six months of its adoption. A gids adopted in February to correct
// the year under way was read as next year's, and the overview said "geldend" all through the next year.
import { describe, expect, it } from 'vitest';
import { schoolYearCovered, schoolYearOf } from '../../src/procedure/school-year.js';

const gids = (title: string, version: string, adopted: string, inForceFrom = adopted) => ({
  title,
  version,
  adopted,
  inForceFrom,
});

describe('the school year a schoolgids is for', () => {
  it('is the one its title or version names, in any of the ways it is written', () => {
    expect(schoolYearCovered(gids('Schoolgids 2025-2026', '1.1', '2026-02-02'))).toBe('2025–2026');
    expect(schoolYearCovered(gids('Schoolgids', '2025/2026', '2026-02-02'))).toBe('2025–2026');
    expect(schoolYearCovered(gids('Schoolgids 2026–27', '1.0', '2026-06-20'))).toBe('2026–2027');
  });

  it('is not named by two years that are no school year, nor by a version number', () => {
    expect(schoolYearCovered(gids('Schoolgids 2020-2024', '2.0', '2026-06-20'))).toBe('2026–2027');
    expect(schoolYearCovered(gids('Schoolgids', '2026.1', '2026-06-20'))).toBe('2026–2027');
  });

  it("is its effective date's, where it has one", () => {
    expect(schoolYearCovered(gids('Schoolgids', '1.1', '2026-02-02', '2026-02-15'))).toBe('2025–2026');
  });

  it('is else the one beginning within six months of its adoption', () => {
    expect(schoolYearCovered(gids('Schoolgids', '1.0', '2026-06-20'))).toBe('2026–2027');
    expect(schoolYearCovered(gids('Schoolgids', '1.0', '2026-01-10'))).toBe('2025–2026');
  });

  it('runs from 1 August', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025–2026');
    expect(schoolYearOf('2026-08-01')).toBe('2026–2027');
  });
});
