import { describe, expect, it } from 'vitest';
// The one date formatter (src/text/format-date.ts, Intl) and the one language check (src/text/output-language.ts):
// every output writes a date as the policy's language does, and English for any language without labels of its own.
import { formatDate } from '../../src/text/format-date.js';
import { intlLocale, outputLanguage } from '../../src/text/output-language.js';

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
