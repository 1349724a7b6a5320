// The lines that close a regulation without stating a rule (src/compare/read/closing-lines.ts): a place and date, a
// signature, the publication formula, a line that only dates the text, a form's signing fields, a lapsed article, a
// line stating the adoption (templates/import/adoption-lines.yaml); and
// what only looks like one (a sentence that states something, a lettered item, a committee member in a list).
import { describe, expect, it } from 'vitest';
import { isClosingLine } from '../../../src/compare/read/closing-lines.js';
import { letterWords } from '../../../src/parse/letter-words.js';

describe('isClosingLine', () => {
  it('knows a place and date, a signature and the publication formula by their shape', () => {
    for (const line of [
      'Den Haag 16 januari 2007',
      "'s-Gravenhage 22 juli 1994",
      '19 december 2000',
      // A comma after the place, as a letter writes it; the months as import reads them
      // (templates/import/month-names.yaml): abbreviated, and English in full.
      'Amersfoort, 3 februari 2025',
      'Amersfoort, 3 feb. 2025',
      'Utrecht, 16 mrt. 2007',
      'Den Haag 3 sept 2019',
      'London 12 May 2021',
      'De Minister van Defensie H.G.J. Kamp',
      'Directeur-Generaal van de statistiek, G.van der Veen',
      'De Minister van Veiligheid en Justitie, voor deze, De Raad voor Rechtsbijstand, P.J.M. van den Biggelaar, Directeur stelsel.',
      'Deze regeling zal met de toelichting in de Staatscourant worden geplaatst.',
      'Dit besluit zal in de Staatscourant worden geplaatst.',
      'De regeling zal met de toelichting in de Staatscourant worden geplaatst.',
      'De \nStaatssecretaris van Justitie, ',
      'Namens de \nStaatssecretaris, ',
      'De Directeur Bestuurszaken,',
      'Namens deze,',
    ])
      expect(isClosingLine(line), line).toBe(true);
  });

  it('knows a line that only dates the text, at its top as at its end', () => {
    for (const line of [
      'Laatst gewijzigd: 28 maart 2026',
      'Datum: 23 februari 2026',
      'Last updated: January 04, 2025',
      'Last updated: 21 February 2022.',
      'Versie 1.2, d.d. 30 maart 2020',
      'Date: 2025-01-04',
      'Bijgewerkt op 03-05-2024',
      'Laatst gewijzigd: 4 okt. 2025',
    ])
      expect(isClosingLine(line), line).toBe(true);
  });

  it("knows a form's signing fields and a lapsed article's only word", () => {
    for (const line of [
      'Datum en handtekening:',
      'Plaats, datum:',
      'Naam en handtekening:',
      'Paraaf:',
      'Vervallen.',
      '[Vervallen]',
      'Gereserveerd',
    ])
      expect(isClosingLine(line), line).toBe(true);
  });

  it("knows a form's place and date filled in, as import does (src/parse/dating-lines.ts)", () => {
    expect(isClosingLine('Plaats: Utrecht, 12 maart 2025')).toBe(true);
    expect(isClosingLine('Plaats en datum: Den Haag, 3 februari 2024')).toBe(true);
    expect(isClosingLine('Plaats: de klacht wordt binnen 12 maart 2025 behandeld')).toBe(false);
  });

  it('knows a line stating the adoption, Dutch or English, by the words import reads it by', () => {
    for (const line of [
      'Vastgesteld door het bestuur op 12 maart 2024',
      'Aldus vastgesteld door het bevoegd gezag op 12 maart 2024 te Utrecht.',
      'Vastgesteld bij besluit van het college van bestuur d.d. 12-03-2024.',
      'Vastgesteld in de vergadering van het college van bestuur van 12 maart 2024',
      'Adopted by the board on 12 March 2025.',
      'Adopted by the board on March 12, 2025',
      'Approved by the Board of Governors, 12th March 2025',
    ])
      expect(isClosingLine(line), line).toBe(true);
  });

  it('takes no sentence about an adoption, nor a line with a date that is none, for an adoption line', () => {
    for (const line of [
      'Het schoolplan is vastgesteld door de directeur na instemming van de MR.',
      'Vastgesteld door het bestuur op 12 maart 2024 en treedt in werking op 1 augustus 2024.',
      'The policy will be adopted by the board each year.',
      'Adopted by the board on 12 Smarch 2025.',
      'Adopted by the board on Tuesday 12, 2025.',
    ])
      expect(isClosingLine(line), line).toBe(false);
  });

  it('takes no rule for one: a sentence that states something, a date inside a rule, a long text with a name', () => {
    for (const line of [
      'Deze regeling treedt in werking met ingang van 1 november 2009.',
      'De klacht wordt binnen zes weken na ontvangst afgehandeld.',
      'De klachtencoördinator is J. Jansen.',
      'Het besluit van de Verzekeringskamer van 28 februari 1990 wordt ingetrokken.',
      'Dit reglement wordt aangehaald als privacyreglement. Dit reglement zal in de Staatscourant worden geplaatst.',
      'The U.S. Government does not have the rights to reproduce and release the item.',
      'C. De aard van de nevenwerkzaamheden;',
      'Datum van ingang: de dag na bekendmaking.',
      'Vastgesteld: 12 mei 2020 door het bestuur na instemming van de MR.',
      'Versie 1.2 geldt vanaf 30 maart 2020.',
      'de voorzitter,',
      'De voorzitter van de commissie wordt benoemd door het bestuur,',
      'De Minister kan nadere regels stellen,',
      'Naam:',
      'Datum van ontvangst van de klacht:',
      'Het artikel is vervallen per 1 januari 2020 en vervangen door artikel 4.',
      'Wie u kunt bereiken:\n\n| Functie | Naam |\n| --- | --- |\n| vertrouwenspersoon | J. de Vries |',
      '',
    ])
      expect(isClosingLine(line), line).toBe(false);
  });
});

describe('isClosingLine: the signing offices are data (templates/import/letter-closings.yaml `offices`)', () => {
  it.each(letterWords().offices.nl ?? [])('knows "De %s van Onderwijs," and "Het %s," as a signature', (office) => {
    expect(isClosingLine(`De ${office} van Onderwijs,`)).toBe(true);
    expect(isClosingLine(`Het ${office},`)).toBe(true);
  });

  it('knows no line whose office is none of them, nor a word ending in one', () => {
    expect(isClosingLine('De Conciërge van Onderwijs,')).toBe(false);
    expect(isClosingLine('De Onderwijsminister,')).toBe(false);
  });
});
