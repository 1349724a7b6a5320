import { describe, expect, it } from 'vitest';
import { formatDate, wordingLanguage } from '../../src/wording/helpers.js';

describe('formatDate', () => {
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

describe('wordingLanguage', () => {
  it('is Dutch for nl and its regional variants, English for the rest', () => {
    expect(wordingLanguage('nl')).toBe('nl');
    expect(wordingLanguage('NL-be')).toBe('nl');
    expect(wordingLanguage('nl_NL')).toBe('nl');
    expect(wordingLanguage('en-GB')).toBe('en');
    expect(wordingLanguage('fy')).toBe('en');
  });
});
