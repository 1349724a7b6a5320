// The labels of a cover's fields are data (templates/import/cover-fields.yaml, read by src/parse/cover-fields.ts):
// import reads a cover's version, school year, effective date and document date by them (src/import/cover-headings.ts,
// src/import/meta.ts).
import { describe, expect, it } from 'vitest';
import { coverField, statedVersion } from '../../src/import/cover-headings.js';
import { coverFieldLabels } from '../../src/parse/cover-fields.js';

describe("a cover's field labels", () => {
  it('are read from the data file, each list an alternative', () => {
    const labels = coverFieldLabels();
    expect(new RegExp(`^(?:${labels.version})$`, 'iu').test('Versie')).toBe(true);
    expect(new RegExp(`^(?:${labels.schoolYear})$`, 'iu').test('school  year')).toBe(true);
    expect(new RegExp(`^(?:${labels.effective})$`, 'iu').test('Datum van inwerkingtreding')).toBe(true);
    expect(new RegExp(`^(?:${labels.documentDate})$`, 'iu').test('d.d.')).toBe(true);
    expect(new RegExp(`^(?:${labels.documentDate})$`, 'iu').test('dxd')).toBe(false);
  });

  it('read a version, its fill-in, and a school year', () => {
    expect(statedVersion('Versie 2026-1')).toEqual({ value: '2026-1', fillIn: false });
    expect(statedVersion('Version: 2.1, March 2025')).toEqual({ value: '2.1', fillIn: false });
    expect(statedVersion('Versie: [x.x]')).toEqual({ value: '[x.x]', fillIn: true });
    expect(statedVersion('Conversie 2.0')).toBeUndefined();
    expect(coverField('Schooljaar 2024-2025', undefined)).toBe(true);
    expect(coverField('School year 2024/2025', undefined)).toBe(true);
    expect(coverField('Schooljaar', undefined)).toBe(false);
  });
});
