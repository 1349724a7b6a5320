// The words import reads an organisation's name by are data (templates/import/organisation-names.yaml, read by
// src/parse/organisation-names.ts): every legal form and kind of school of the file names an organisation on a cover
// line (src/import/organisation.ts namesOrganisation), and a line that opens with none of them names none.
import { describe, expect, it } from 'vitest';
import { namesOrganisation, onlyNamesOrganisation, titleOrganisation } from '../../src/import/organisation.js';
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

describe('titleOrganisation: the name a title gives after its kind', () => {
  it('reads a name by its legal form or kind of school after the kind, a joining word or dash between or not', () => {
    expect(titleOrganisation('Klachtenregeling Stichting De Linde')).toBe('Stichting De Linde');
    expect(titleOrganisation('Pestprotocol OBS De Regenboog')).toBe('OBS De Regenboog');
    expect(titleOrganisation('Privacyreglement van Stichting Allure')).toBe('Stichting Allure');
    expect(titleOrganisation('Gedragscode sociale media – Vereniging Het Kompas')).toBe('Vereniging Het Kompas');
  });

  it('reads none where the words before the name name no kind, nor a name of no form, nor a fill-in', () => {
    expect(titleOrganisation('Stichting De Linde')).toBeUndefined();
    expect(titleOrganisation('Regels voor Stichting De Linde')).toBeUndefined();
    expect(titleOrganisation('Klachtenregeling De Linde')).toBeUndefined();
    expect(titleOrganisation('Pestprotocol Basisschool XXX')).toBeUndefined();
    expect(titleOrganisation('Klachtenregeling')).toBeUndefined();
  });
});
