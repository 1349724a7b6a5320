// Whether a sentence speaks of the document itself (src/import/this-document.ts): its adoption and its date of taking
// effect are read only from sentences whose subject is this text or from a closing line, never from one about another
// text, a law, or a step still to take.
import { describe, expect, it } from 'vitest';
import { ownAdoption, ownInForce } from '../../src/import/this-document.js';

describe('the adoption a sentence states of this text', () => {
  it.each([
    [
      'Deze regeling is vastgesteld door het College van Bestuur d.d. 26 maart 2024, na instemming van de GMR op 12 maart 2024.',
      'Klachtenregeling',
    ],
    [
      'Dit protocol treedt in werking na vaststelling door de Algemeen directeur Aeres MBO op 10 september 2013.',
      'Protocol social media',
    ],
    ['Vastgesteld door het bestuur op 12 maart 2024.', 'Klachtenregeling'],
    ['Na instemming van de MR vastgesteld door de directeur op 3 mei 2024.', 'Pestprotocol'],
    ['Het pestprotocol is goedgekeurd door de MR op 3 april 2023.', 'Anti-pestprotocol'],
  ])('%s', (sentence, title) => {
    expect(ownAdoption(sentence, title)).toBeDefined();
  });

  it.each([
    [
      'Deze regeling vervangt de klachtenregeling zoals vastgesteld door het bestuur op 1 januari 2015.',
      'Klachtenregeling',
    ],
    [
      'Voor klachten over pesten geldt ook het pestprotocol, goedgekeurd door de directeur op 3 april 2023.',
      'Klachtenregeling',
    ],
    [
      'Deze regeling is ter instemming van de GMR voorgelegd op 4 juni 2024 en wordt daarna vastgesteld door het bestuur.',
      'Klachtenregeling',
    ],
    // "Het pestprotocol" in a klachtenregeling is another text.
    ['Het pestprotocol is goedgekeurd door de MR op 3 april 2023.', 'Klachtenregeling'],
  ])('not: %s', (sentence, title) => {
    expect(ownAdoption(sentence, title)).toBeUndefined();
  });
});

describe('the date a sentence says this text takes effect', () => {
  it.each([
    ['Dit reglement treedt in werking op 1 augustus 2024.', '1 augustus 2024.'],
    [
      'Dit protocol is vastgesteld door de directeur na instemming van de medezeggenschapsraad en treedt in werking op 1 januari 2027.',
      '1 januari 2027.',
    ],
    ['Met ingang van 1 september 2025 treedt dit protocol in werking.', '1 september 2025'],
    ['Na vaststelling treedt deze regeling in werking op 1 augustus 2024.', '1 augustus 2024.'],
    [
      'Dit protocol treedt in werking na vaststelling door de Algemeen directeur Aeres MBO op 10 september 2013.',
      '10 september 2013.',
    ],
    ['This policy takes effect on 1 September 2024.', '1 September 2024.'],
  ])('%s', (sentence, words) => {
    expect(ownInForce(sentence, 'Reglement')).toBe(words);
  });

  it.each([
    'De Wet verplichte meldcode trad in werking op 1 juli 2013.',
    'Deze regeling vervangt de regeling die op 1 januari 2015 in werking trad.',
    'Deze regeling vervangt het protocol dat trad in werking op 1 januari 2015.',
    'Vastgesteld door het bestuur op 12 maart 2024.',
  ])('not: %s', (sentence) => {
    expect(ownInForce(sentence, 'Meldcode')).toBeUndefined();
  });
});
