// An ID made from a clause's words leaves out what marks a gap or an edit in square brackets (src/fmt/fill-ins.ts):
// the mark import leaves for a placeholder, in every language templates/import/word-placeholders.yaml names one for,
// a school's own fill-in, "[sic]" and marks without letters; text in brackets that says something stays.
import { describe, expect, it } from 'vitest';
import { isEditorialMark, withoutEditorialMarks, placeholderFile } from '../../src/fmt/fill-ins.js';
import { CLAUSE_LIMITS, SECTION_LIMITS, slugFromText } from '../../src/fmt/suggest.js';

const markers = Object.entries(placeholderFile().markers);

describe('slugFromText with editorial marks', () => {
  it("leaves out a placeholder's mark, in each language of the placeholder file", () => {
    expect(markers.map(([lang]) => lang).sort()).toEqual(['en', 'nl']);
    for (const [lang, marker] of markers) {
      expect(slugFromText(`Questions go to ${marker}.`, CLAUSE_LIMITS), lang).toBe('questions-go');
      expect(slugFromText(`Vragen gaan naar ${marker} of de directie.`, CLAUSE_LIMITS), lang).toBe(
        'vragen-gaan-directie',
      );
      expect(slugFromText(`Contactpersoon ${marker}`, SECTION_LIMITS), lang).toBe('contactpersoon');
      // Written as the import writes it, in another case and spacing.
      expect(slugFromText(`Meld het ${marker.toUpperCase().replace(/ /gu, '  ')} direct.`, CLAUSE_LIMITS)).toBe(
        'meld-direct',
      );
    }
  });

  it('leaves out a fill-in of the school\'s, "[sic]" and marks without letters', () => {
    expect(slugFromText('De directeur is [naam directeur].', CLAUSE_LIMITS)).toBe('directeur');
    expect(slugFromText('Ingang op [dd-mm-jjjj] voor alle leerlingen.', CLAUSE_LIMITS)).toBe('ingang-leerlingen');
    expect(slugFromText('Zo staat het [sic] in het reglement.', CLAUSE_LIMITS)).toBe('staat-reglement');
    expect(slugFromText('Het bestuur […] besluit.', CLAUSE_LIMITS)).toBe('bestuur-besluit');
  });

  it('keeps bracketed text that says something, and the words of a text that is only a mark', () => {
    expect(slugFromText('Artikel 5 [Vervallen]', SECTION_LIMITS)).toBe('artikel-5-vervallen');
    expect(slugFromText('Zie [Bijlage 2] voor de lijst.', CLAUSE_LIMITS)).toBe('zie-bijlage-2');
    // Nothing else to name it by: as before, not an empty ID.
    expect(slugFromText('[in te vullen]', CLAUSE_LIMITS)).toBe('in-te-vullen');
  });
});

describe('isEditorialMark', () => {
  it('tells a mark from bracketed text', () => {
    for (const [, marker] of markers) expect(isEditorialMark(marker.slice(1, -1))).toBe(true);
    for (const mark of ['naam directeur', 'sic', '…', '...', ' ', '?']) expect(isEditorialMark(mark), mark).toBe(true);
    for (const text of ['Vervallen', 'Gereserveerd', 'Bijlage 2', '1']) expect(isEditorialMark(text), text).toBe(false);
    expect(withoutEditorialMarks('a [in te vullen] b [Vervallen]')).toBe('a   b [Vervallen]');
  });
});
