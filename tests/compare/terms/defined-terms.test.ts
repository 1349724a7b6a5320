// Which term a clause defines (src/compare/terms/defined-terms.ts): the defining constructions, the term's normal
// form, and the two that need the clauses around it (a definitions list, a heading that asks what a word means).
import { describe, expect, it } from 'vitest';
import { definedInSentence, definedTerms, listEntryTerm, termKey } from '../../../src/compare/terms/defined-terms.js';
import { Side } from '../../../src/match/entries.js';
import { orgPolicy } from '../fixtures.js';

describe('definedInSentence', () => {
  it.each([
    [
      'Onder de noemer sociale media worden onder andere weblogs, fora en sociale netwerken geschaard.',
      'sociale media',
    ],
    ['Onder alle gebruikers verstaan we medewerkers, leerlingen en ouders.', 'alle gebruikers'],
    ['1. Onder een klacht wordt in deze regeling verstaan: iedere uiting van ongenoegen.', 'een klacht'],
    [
      'Sociale media is een verzamelnaam voor alle internettoepassingen waarmee gebruikers informatie delen.',
      'Sociale media',
    ],
    ['Met ouders worden ook verzorgers en voogden bedoeld.', 'ouders'],
    ['Under this policy, "research" means activities in which you search for vulnerabilities.', 'research'],
    ['Social media is a collective term for websites on which users share content.', 'Social media'],
  ])('reads the term of "%s"', (sentence, term) => {
    expect(definedInSentence(sentence)).toBe(term);
  });

  it.each([
    'Onder verantwoordelijkheid van de directeur wordt het protocol jaarlijks geëvalueerd.',
    'Sociale media zijn niet meer weg te denken in onze maatschappij.',
    'This means that you ask before you post.',
    'In deze regeling wordt verstaan onder: klacht, klager en beklaagde.',
  ])('finds no definition in "%s"', (sentence) => {
    expect(definedInSentence(sentence)).toBeUndefined();
  });
});

describe('termKey', () => {
  it('is the same for the forms of one term, with or without an article', () => {
    expect(termKey('Sociale media')).toBe(termKey('social media'));
    expect(termKey('de klachten')).toBe(termKey('Klacht'));
    expect(termKey('alle gebruikers')).toBe(termKey('gebruiker'));
  });

  it('is none for a stretch that opens with another function word, holds a number, or is too long for a term', () => {
    expect(termKey('Via de school')).toBeUndefined();
    expect(termKey('Geen tracking-cookies')).toBeUndefined();
    expect(termKey('de medewerker van de school die de klacht behandelt')).toBeUndefined();
    expect(termKey('Artikel 1')).toBeUndefined();
  });
});

describe('listEntryTerm', () => {
  it('reads "X: …" with or without a letter before it', () => {
    expect(listEntryTerm('a. klager: de indiener van een klacht;')).toBe('klager');
    expect(listEntryTerm('d.Klachtenbehandelaar: een medewerker van het CBS')).toBe('Klachtenbehandelaar');
    expect(listEntryTerm('Social media: Online platformen waar gebruikers de inhoud verzorgen.')).toBe('Social media');
    expect(listEntryTerm('Zie artikel 3 voor de termijnen.')).toBeUndefined();
  });
});

describe('definedTerms', () => {
  const policy = orgPolicy('school', 'De School', [
    { title: 'Begrippen', clauses: ['Klager: de indiener van een klacht;', 'Klacht: een uiting van ongenoegen.'] },
    {
      title: 'Regels',
      clauses: ['Let op: plaats geen foto’s zonder toestemming.', 'Wees voorzichtig met wat je deelt.'],
    },
    {
      title: 'Wat is sociale media?',
      clauses: ['Facebook, Instagram en TikTok zijn voorbeelden.', 'Ook berichtendiensten horen erbij.'],
    },
  ]);
  const entries = new Side(policy).entries;
  const terms = Object.fromEntries(entries.map((entry, index) => [entry.text, definedTerms(entries)[index]]));

  it('reads the entries of a definitions list, not a lone "X: …"', () => {
    expect(terms['Klager: de indiener van een klacht;']).toBe(termKey('klager'));
    expect(terms['Klacht: een uiting van ongenoegen.']).toBe(termKey('klacht'));
    expect(terms['Let op: plaats geen foto’s zonder toestemming.']).toBeUndefined();
  });

  it('gives the term a heading asks about to the first clause under it only', () => {
    expect(terms['Facebook, Instagram en TikTok zijn voorbeelden.']).toBe(termKey('sociale media'));
    expect(terms['Ook berichtendiensten horen erbij.']).toBeUndefined();
  });
});
