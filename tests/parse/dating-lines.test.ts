// The lines that only place and date a text or leave room to sign it (src/parse/dating-lines.ts): read by their shape,
// the months and a form's fields as data, for import (never a heading) and compare (no topic) alike.
import { describe, expect, it } from 'vitest';
import { isPlaceOrDateLine, isSigningFields } from '../../src/parse/dating-lines.js';

describe('isPlaceOrDateLine', () => {
  it('knows a place and date, a dating label and a date, and a form’s place and date filled in', () => {
    for (const line of [
      'Utrecht, 12 maart 2025',
      '12 maart 2025',
      'Den Haag 16 januari 2007',
      'Datum: 12 maart 2025',
      'Last updated: January 04, 2025',
      'Versie 1.2, d.d. 30-03-2020',
      'Plaats: Utrecht, 12 maart 2025',
      'Plaats en datum: Utrecht,  12 mrt. 2025',
    ])
      expect(isPlaceOrDateLine(line), line).toBe(true);
  });

  it('takes no heading, no sentence with a date and no field that asks something else for one', () => {
    for (const line of [
      'Afspraken',
      'Inwerkingtreding per 1 augustus 2025',
      'De regeling treedt in werking op 1 augustus 2025.',
      'Naam: J. de Vries',
      'Plaats: Utrecht',
    ])
      expect(isPlaceOrDateLine(line), line).toBe(false);
  });
});

describe('isSigningFields', () => {
  it('knows a form’s empty fields to sign, not a field that asks a name alone', () => {
    expect(isSigningFields('Datum en handtekening:')).toBe(true);
    expect(isSigningFields('Plaats, datum:')).toBe(true);
    expect(isSigningFields('Naam:')).toBe(false);
  });
});
