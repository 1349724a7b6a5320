// The lines that close a regulation without stating a rule (src/compare/read/closing-lines.ts): a place and date, a
// signature, the publication formula, a line that only dates the text, a form's signing fields, a lapsed article; and
// what only looks like one (a sentence that states something, a lettered item, a committee member in a list).
import { describe, expect, it } from 'vitest';
import { isClosingLine } from '../../../src/compare/read/closing-lines.js';

describe('isClosingLine', () => {
  it('knows a place and date, a signature and the publication formula by their shape', () => {
    for (const line of [
      'Den Haag 16 januari 2007',
      "'s-Gravenhage 22 juli 1994",
      '19 december 2000',
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
