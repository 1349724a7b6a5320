// Dates as documents write them (src/import/dates.ts), by the months' names of templates/import/month-names.yaml: day
// first with a Dutch or English month ("12 maart 2024", "12 March 2025"), with an English ordinal day ("12th March
// 2025"), month first ("March 12, 2025"), and in figures; a word that is no month, or a day the month lacks, is none.
import { describe, expect, it } from 'vitest';
import { findDate, namesMonth } from '../../src/import/dates.js';

describe('findDate', () => {
  it.each([
    ['Vastgesteld op 12 maart 2024', '2024-03-12', '12 maart 2024'],
    ['Adopted on 12 March 2025.', '2025-03-12', '12 March 2025'],
    ['Adopted on 12th March 2025.', '2025-03-12', '12th March 2025'],
    ['Adopted on 1st May 2025', '2025-05-01', '1st May 2025'],
    ['Adopted on March 12, 2025.', '2025-03-12', 'March 12, 2025'],
    ['Adopted on March 2nd, 2025', '2025-03-02', 'March 2nd, 2025'],
    ['Adopted on Sept. 3 2025', '2025-09-03', 'Sept. 3 2025'],
    ['Vastgesteld op 12-03-2024', '2024-03-12', '12-03-2024'],
    ['Vastgesteld op 2024-03-12', '2024-03-12', '2024-03-12'],
  ])('reads %s', (text, iso, written) => {
    expect(findDate(text)).toEqual({ iso, written });
  });

  it.each([
    'Article 12, 2025 applies.',
    'Adopted on February 30, 2025.',
    'Adopted on 31st February 2025.',
    'Adopted on 12nd March',
  ])('reads no date in %s', (text) => {
    expect(findDate(text)).toBeUndefined();
  });
});

describe('namesMonth', () => {
  it('knows the months of the data, Dutch and English, by name and abbreviation', () => {
    expect(namesMonth('Vastgesteld in mrt. 2024')).toBe(true);
    expect(namesMonth('March 2025')).toBe(true);
    expect(namesMonth('Versie 2024')).toBe(false);
  });
});
