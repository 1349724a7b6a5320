// The words import reads an organisation's name by are data (templates/import/organisation-names.yaml, read by
// src/parse/organisation-names.ts): every legal form and kind of school of the file names an organisation on a cover
// line (src/import/organisation.ts namesOrganisation), and a line that opens with none of them names none.
import { describe, expect, it } from 'vitest';
import { namesOrganisation, onlyNamesOrganisation } from '../../src/import/organisation.js';
import { organisationNameWords } from '../../src/parse/organisation-names.js';

const capitalised = (words: string): string => words.replace(/^\p{L}/u, (letter) => letter.toUpperCase());

describe('namesOrganisation by the data file’s words', () => {
  it.each(organisationNameWords().legalForms)('reads "%s De Linde" as a name by its legal form', (form) => {
    expect(namesOrganisation(`${capitalised(form)} De Linde`, undefined)).toBe(true);
  });

  it.each(organisationNameWords().schools)('reads "%s De Linde" as a school’s name by its kind', (school) => {
    expect(namesOrganisation(`${capitalised(school)} De Linde`, undefined)).toBe(true);
    expect(
      namesOrganisation(
        `${capitalised(organisationNameWords().schoolAdjectives[0] ?? '')} ${school} De Linde`,
        undefined,
      ),
    ).toBe(true);
  });

  it('reads no name in a line that opens with none of them', () => {
    expect(namesOrganisation('Klachtenregeling De Linde', undefined)).toBe(false);
    expect(onlyNamesOrganisation('Klachtenregeling Stichting De Linde', undefined)).toBe(false);
  });

  it.each(organisationNameWords().leading)('reads the key de-linde in "%s De Linde"', (word) => {
    expect(onlyNamesOrganisation(`${capitalised(word)} De Linde`, 'de-linde')).toBe(true);
  });
});
