// A signal's `*` at the start of a word: any beginning, so a compound whose head (its last part) is the word matches
// it ("persoonsgegevens" for "*gegevens"), as "foto*" matches any ending; without it a word is whole. `<postcode>`
// stands for an address's number and postcode.
import { describe, expect, it } from 'vitest';
import {
  signalLength,
  signalPattern,
  signalText,
  TopicSignalSet,
  withoutShapes,
} from '../../../src/compare/topics/topic-signals.js';
import { normalise } from '../../../src/text/normalise.js';

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

  it('counts a hyphenated word as the one word it is written as', () => {
    // "per e-mail" in a rule on harassment scored as a signal of two words, over the threshold's margin (issue 73).
    expect(signalLength('e-mail')).toBe(1);
    expect(signalLength('niet-ontvankelijk* verklaard')).toBe(2);
    expect(found(['e-mail'], 'Uitlatingen per e-mail of op andere wijze.')).toEqual(['e-mail']);
  });
});

describe('topic signals: a compound written with a hyphen', () => {
  const data = 'a. naam, adres, telefoonnummer, telefaxnummer, e-mail-adres;';

  it('is read as the compound written solid: its first part alone says no signal of that word', () => {
    // An e-mail address in a list of personal data is no rule on using e-mail (issue 73, gerechtsdeurwaarders).
    expect(found(['e-mail'], data)).toEqual([]);
    expect(found(['e-mail'], 'a. naam, adres, e-mailadres;')).toEqual([]);
    expect(found(['sociale media'], 'Het sociale-mediabeleid en het sociale-media-protocol.')).toEqual([]);
  });

  it('says a signal whose last word has an ending wildcard, and its head says a signal of the head', () => {
    expect(found(['e-mail*'], data)).toEqual(['e-mail*']);
    expect(found(['adres'], data)).toEqual(['adres']);
    expect(found(['*adres'], data)).toEqual(['*adres']);
    expect(found(['ontvankelijk*'], 'De klacht wordt niet-ontvankelijk verklaard.')).toEqual(['ontvankelijk*']);
    expect(found(['niet-ontvankelijk*'], 'De klacht wordt niet-ontvankelijk verklaard.')).toEqual([
      'niet-ontvankelijk*',
    ]);
    expect(found(['niet-ontvankelijk*'], 'De klacht wordt niet ontvankelijk verklaard.')).toEqual([
      'niet-ontvankelijk*',
    ]);
  });

  it('reads a hyphen between words and a suspended compound as before', () => {
    expect(found(['e-mail'], 'Stuur een e-mail - of bel.')).toEqual(['e-mail']);
    expect(found(['school'], 'De school- en klassenregels.')).toEqual(['school']);
    expect(found(['gebruik van .. middelen'], 'Het gebruik van ICT-middelen is zakelijk.')).toEqual([
      'gebruik van .. middelen',
    ]);
  });
});

describe('topic signals: an address by its shape', () => {
  it('matches `<postcode>` on a house number or post box and a postcode, not on a year and a word', () => {
    expect(found(['<postcode>'], 'DWH Lange Geer 22 2611 PV Delft secretaris@dwhdelft.nl')).toEqual(['<postcode>']);
    expect(found(['<postcode>'], 'Postbus 109, 9670 AC, Winschoten')).toEqual(['<postcode>']);
    expect(found(['<postcode>'], 'Lange Geer 22, 2611PV Delft')).toEqual(['<postcode>']);
    expect(found(['<postcode>'], 'De regeling van 2018 en 2019 blijft gelden.')).toEqual([]);
    expect(signalLength('<postcode>')).toBe(1);
    // A shape is no word of the topic: the words a topic's profile is made of leave it out.
    expect(withoutShapes('bezoekadres <postcode> delft')).toBe('bezoekadres   delft');
  });
});

describe('topic signals: a signal with no word', () => {
  it('matches nothing, not every text (a `meets: ["@"]` gave every clause on the topic its ✓)', () => {
    expect(signalPattern('@').test(' de houder is verantwoordelijk voor het beheer ')).toBe(false);
    expect(signalPattern('@ .. -').test(' de houder is verantwoordelijk ')).toBe(false);
    // As the law view reads a clause: normalised, between spaces.
    expect(signalPattern('e-mail*').test(` ${normalise('Per e-mail bereikbaar.')} `)).toBe(true);
  });
});

describe("topic signals: a topic's `elsewhere` phrases", () => {
  const purpose = ['doel van de', 'heeft ten doel'];
  const limits = ['in overeenstemming met het doel*', 'voor het doel van de .. onvolledig'];
  const inText = (text: string): readonly string[] =>
    new TopicSignalSet([purpose], [limits]).in(signalText(text))[0] ?? [];

  it('take a signal found only within one of them', () => {
    expect(inText('a. in overeenstemming met het doel van de registratie;')).toEqual([]);
    expect(inText('Gegevens die voor het doel van de registratie onvolledig zijn, worden verbeterd.')).toEqual([]);
  });

  it('leave a signal that stands outside them too, and every signal of a topic without them', () => {
    expect(inText('Het doel van de registratie is het beheer, in overeenstemming met het doel van de wet.')).toEqual([
      'doel van de',
    ]);
    expect(inText('De registratie heeft ten doel het beheer van de gegevens.')).toEqual(['heeft ten doel']);
    expect(found(purpose, 'a. in overeenstemming met het doel van de registratie;')).toEqual(['doel van de']);
  });
});
