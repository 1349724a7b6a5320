import { describe, expect, it } from 'vitest';
// The one date formatter (src/text/format-date.ts) and the one language check (src/text/output-language.ts): every
// output writes a date as the policy's language does, and English for any language without labels of its own. Dates
// and decimals are written as Intl writes them in the language's Intl locale, without asking Intl (its first
// formatter costs a cold build 5-12 ms): the tests below hold the two texts equal.
import { formatDate, formatMonth } from '../../src/text/format-date.js';
import { formatDecimal, intlLocale, outputLanguage } from '../../src/text/output-language.js';

const TAGS = ['nl', 'en', 'nl-BE', 'de'];
const iso = (date: Date): string => date.toISOString().slice(0, 10);

describe('formatDate', () => {
  it('writes a date in the PDF, the HTML report and the board pack alike: an English policy reads 10 September', () => {
    // The PDF's approval table wrote Intl's default for the bare tag ("September 10, 2013") beside the HTML
    // report's "10 September 2013"; one formatter writes both the same.
    expect(formatDate('2013-09-10', 'en')).not.toBe('September 10, 2013');
    expect(formatDate('2013-09-10', 'en-US')).toBe('10 September 2013');
  });

  it('writes Dutch and English dates without a leading zero', () => {
    expect(formatDate('2013-09-10', 'nl')).toBe('10 september 2013');
    expect(formatDate('2013-09-10', 'en')).toBe('10 September 2013');
    expect(formatDate('2024-03-01', 'nl-BE')).toBe('1 maart 2024');
    expect(formatDate('2024-05-31', 'de')).toBe('31 May 2024');
  });

  it('names every month', () => {
    const nl = Array.from(
      { length: 12 },
      (_, month) => formatDate(`2020-${String(month + 1).padStart(2, '0')}-15`, 'nl')?.split(' ')[1],
    );
    expect(nl).toEqual([
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ]);
  });

  it('accepts leap days and refuses dates that do not exist', () => {
    expect(formatDate('2024-02-29', 'nl')).toBe('29 februari 2024');
    expect(formatDate('2023-02-29', 'nl')).toBeUndefined();
    expect(formatDate('2023-13-01', 'nl')).toBeUndefined();
    expect(formatDate('10-09-2013', 'nl')).toBeUndefined();
    expect(formatDate('2013-9-10', 'nl')).toBeUndefined();
  });
});

describe('formatDate and formatMonth write what Intl.DateTimeFormat writes', () => {
  it('on every day of a leap year, a common year and the last one, and in every month of years 100 to 9999', () => {
    for (const tag of TAGS) {
      const locale = intlLocale(tag);
      const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const year of [2024, 2025, 9999]) {
        const days: Date[] = [];
        for (let date = Date.UTC(year, 0, 1); new Date(date).getUTCFullYear() === year; date += 86_400_000)
          days.push(new Date(date));
        expect(days.map((date) => formatDate(iso(date), tag))).toEqual(days.map((date) => day.format(date)));
      }
      for (const year of [100, 101, 999, 1000, 1582, 1900, 2000, 2100, 9998]) {
        for (let index = 0; index < 12; index++) {
          const first = new Date(`${String(year).padStart(4, '0')}-${String(index + 1).padStart(2, '0')}-01T00:00:00Z`);
          expect(formatDate(iso(first), tag)).toBe(day.format(first));
          expect(formatMonth(iso(first).slice(0, 7), tag)).toBe(month.format(first));
          expect(formatMonth(iso(first), tag)).toBe(month.format(first));
        }
      }
    }
  });
});

describe('formatDecimal writes what Intl.NumberFormat writes without grouping', () => {
  it('rounding the shortest decimal half away from zero, -0 with its sign, in Dutch and English', () => {
    const values = [0, -0, 0.5, 1.005, -1.005, 2.675, 0.125, 0.375, 0.045, 9.995, 99.995, 0.0049999999999999, 1e-7];
    values.push(123456789.125, 1e20, 1e21, 1.5e300, 5e-324, -0.0001, 999.9999, NaN, Infinity, -Infinity);
    // A fixed sequence of thousandths, two-hundredths, eighths of a thousand and random-looking magnitudes.
    for (let step = 1; step < 1000; step++) {
      const k = (step * 7919) % 100000;
      values.push(k / 1000, k / 200, k / 8000, -k / 1000, k / 1e6 + 0.0005, (k / 997) * 10 ** ((step % 16) - 6));
    }
    for (const tag of TAGS) {
      for (const digits of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat(intlLocale(tag), {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          useGrouping: false,
        });
        expect(values.map((value) => formatDecimal(value, tag, digits))).toEqual(
          values.map((value) => intl.format(value)),
        );
      }
    }
    expect(formatDecimal(0.583, 'nl')).toBe('0,58');
    expect(formatDecimal(1.005, 'en')).toBe('1.01');
  });
});

describe('outputLanguage', () => {
  it('is Dutch for nl and its regional variants, English for the rest', () => {
    expect(outputLanguage('nl')).toBe('nl');
    expect(outputLanguage('NL-be')).toBe('nl');
    expect(outputLanguage('nl_NL')).toBe('nl');
    expect(outputLanguage(' nl ')).toBe('nl');
    expect(outputLanguage('en-GB')).toBe('en');
    expect(outputLanguage('fy')).toBe('en');
    expect(outputLanguage('nld')).toBe('en');
    expect(outputLanguage('')).toBe('en');
  });

  it('gives the Intl locale of dates and numbers: European day-month order in English too', () => {
    expect(intlLocale('nl-BE')).toBe('nl-NL');
    expect(intlLocale('en')).toBe('en-GB');
    expect(new Intl.NumberFormat(intlLocale('nl'), { minimumFractionDigits: 2 }).format(0.5)).toBe('0,50');
  });
});
