// The texts a comparison reads the words of, per clause without a table (src/compare/clause-words.ts): the one list
// both threads of a large comparison make words for, so it must name what documents.ts and units.ts read.
import { describe, expect, it } from 'vitest';
import { maskedWordsOf, phrasesOf, wordTexts } from '../../src/compare/clause-words.js';
import { nameMask, ORGANISATION_TOKEN } from '../../src/compare/organisation.js';
import { sentenceUnits } from '../../src/compare/units.js';
import { orgPolicy } from './fixtures.js';

const RULES =
  'De leerling meldt een incident bij de mentor, die het noteert. De mentor bespreekt het met de ouders. Daarna volgt een gesprek.';

describe('wordTexts', () => {
  it('names the clause, its sentences, their stretches between commas and its runs of sentences, in that order', () => {
    // Sentences as split, with the space after each (the parts read them so); units trimmed and joined.
    const sentences = [
      'De leerling meldt een incident bij de mentor, die het noteert. ',
      'De mentor bespreekt het met de ouders. ',
      'Daarna volgt een gesprek.',
    ];
    const units = sentenceUnits(RULES).map((unit) => unit.text);
    expect(units).toContain(
      'De leerling meldt een incident bij de mentor, die het noteert. De mentor bespreekt het met de ouders.',
    );
    expect(wordTexts(RULES)).toEqual([
      RULES,
      ...sentences,
      'De leerling meldt een incident bij de mentor',
      ' die het noteert. ',
      sentences[1],
      sentences[2],
      ...units,
    ]);
  });

  it('names a text that cannot hold two sentences once, and its stretches', () => {
    const text = 'Leerlingen gebruiken sociale media met respect voor anderen';
    expect(wordTexts(text)).toEqual([text, text, ...phrasesOf(text)]);
  });
});

describe('maskedWordsOf', () => {
  it("masks the organisations' names and fuses fixed expressions", () => {
    const mask = nameMask([orgPolicy('noord', 'Stichting Noorderlicht', [{ title: 'Regels', clauses: ['Tekst.'] }])]);
    const words = maskedWordsOf('Noorderlicht wordt in kennis gesteld van het besluit.', mask);
    expect(words).toEqual([ORGANISATION_TOKEN, 'wordt', 'in_kennis_stellen', 'van', 'het', 'besluit']);
  });
});
