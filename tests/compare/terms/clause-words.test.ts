// The texts a comparison reads the words of, per clause without a table (src/compare/terms/clause-words.ts): the one list
// a document's cache entry keeps words for (clause-words-cache.ts), so it must name what documents.ts and units.ts read.
import { describe, expect, it } from 'vitest';
import { maskedWordsOf, memoisedWords, phrasesOf, wordTexts } from '../../../src/compare/terms/clause-words.js';
import { nameMask, ORGANISATION_TOKEN } from '../../../src/compare/read/organisation.js';
import { sentenceUnits } from '../../../src/compare/terms/units.js';
import { orgPolicy } from '../fixtures.js';

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

describe('memoisedWords', () => {
  it("makes each text's words once and takes those already in the map (read back from the cache) as they are", () => {
    const mask = nameMask([orgPolicy('noord', 'Stichting Noorderlicht', [{ title: 'Regels', clauses: ['Tekst.'] }])]);
    const kept = ['as', 'kept'];
    const words = new Map([['Een bewaarde tekst.', kept]]);
    const wordsOf = memoisedWords(words, mask);
    expect(wordsOf('Een bewaarde tekst.')).toBe(kept);
    const made = wordsOf('Noorderlicht besluit.');
    expect(made).toEqual(maskedWordsOf('Noorderlicht besluit.', mask));
    expect(wordsOf('Noorderlicht besluit.'), 'the same array the second time').toBe(made);
    expect(words.get('Noorderlicht besluit.')).toBe(made);
  });
});
