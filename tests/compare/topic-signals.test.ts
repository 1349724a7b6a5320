// A signal's `*` at the start of a word: any beginning, so a compound whose head (its last part) is the word matches
// it ("persoonsgegevens" for "*gegevens"), as "foto*" matches any ending; without it a word is whole.
import { describe, expect, it } from 'vitest';
import { signalLength, signalText, TopicSignalSet } from '../../src/compare/topic-signals.js';

const found = (signals: readonly string[], text: string): readonly string[] =>
  new TopicSignalSet([signals]).in(signalText(text))[0] ?? [];

describe('topic signals: a compound by its head', () => {
  it('matches a word that ends in the signal word after `*`, and only then', () => {
    const retention = 'Na je opzegging verwijderen we alle persoonsgegevens uit onze administratie.';
    expect(found(['verwijderen we .. *gegevens'], retention)).toEqual(['verwijderen we .. *gegevens']);
    expect(found(['verwijderen we .. gegevens'], retention)).toEqual([]);
    expect(found(['*gegevens'], 'Wij bewaren je gegevens.')).toEqual(['*gegevens']);
    // The head must end the word: "gegevensbeheer" is no kind of "gegevens".
    expect(found(['*gegevens'], 'Het gegevensbeheer is uitbesteed.')).toEqual([]);
    // Both ends open: any word holding it.
    expect(found(['*gegeven*'], 'Het gegevensbeheer is uitbesteed.')).toEqual(['*gegeven*']);
  });

  it('counts the word once in the signal length, as "foto*" does', () => {
    expect(signalLength('verwijderen we .. *gegevens')).toBe(3);
    expect(signalLength('*gegevens')).toBe(1);
  });
});
