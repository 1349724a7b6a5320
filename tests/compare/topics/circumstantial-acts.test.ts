// Whether a topic's signals stand in a clause only as an act that is a circumstance of its statement
// (src/compare/topics/circumstantial-acts.ts, words in templates/topics/acts/<lang>.yaml; issue 73).
import { describe, expect, it } from 'vitest';
import { signalsOnlyAsCircumstance } from '../../../src/compare/topics/circumstantial-acts.js';

const dutch = (text: string, ...signals: string[]): boolean => signalsOnlyAsCircumstance(text, signals, 'nl');

describe('an act named as the circumstance of what a Dutch clause states', () => {
  it('reads a notice of the act, an act as the time of another, and protection because of it', () => {
    expect(
      dutch(
        'Van het niet in behandeling nemen van de klacht wordt de klager binnen vier weken schriftelijk in kennis gesteld.',
        'niet in behandeling',
      ),
    ).toBe(true);
    expect(
      dutch('De commissie wordt telkens na het indienen van een klacht samengesteld.', 'indienen van een klacht'),
    ).toBe(true);
    expect(
      dutch(
        'Klagers worden niet wegens het indienen van een klacht benadeeld in hun positie.',
        'indienen van een klacht',
      ),
    ).toBe(true);
    expect(
      dutch(
        'De kennisgeving wijst op de mogelijkheid van het vervolgens indienen van een klacht bij de ombudsman.',
        'indienen van een klacht',
      ),
    ).toBe(true);
  });

  it('does not read the act where the clause states it, or names it as its aim', () => {
    expect(
      dutch('De klacht wordt niet in behandeling genomen als zij ouder is dan een jaar.', 'niet in behandeling'),
    ).toBe(false);
    expect(dutch('Het indienen van een klacht gebeurt schriftelijk.', 'indienen van een klacht')).toBe(false);
    expect(dutch('Gebruik het formulier voor het indienen van een klacht.', 'indienen van een klacht')).toBe(false);
  });

  it('does not read a noun after a preposition and an article as an act', () => {
    expect(dutch('De klager ontvangt een afschrift van het klaagschrift.', 'klaagschrift')).toBe(false);
  });

  it('reads the act only where every place the signals stand is one', () => {
    const both =
      'Na het indienen van een klacht wordt de klager gehoord. Het indienen van een klacht gebeurt schriftelijk.';
    expect(dutch(both, 'indienen van een klacht')).toBe(false);
    expect(
      dutch('Na het indienen van een klacht wordt de klager gehoord.', 'indienen van een klacht', 'klaagschrift'),
    ).toBe(true);
  });

  it('reads nothing where the text holds none of the signals, or the language has no words for it', () => {
    expect(dutch('De klager wordt gehoord.', 'indienen van een klacht')).toBe(false);
    expect(dutch('Na het indienen van een klacht wordt de klager gehoord.')).toBe(false);
    expect(signalsOnlyAsCircumstance('Na het indienen van een klacht.', ['indienen van een klacht'], 'de')).toBe(false);
  });
});

describe('an act named as the circumstance of what an English clause states', () => {
  const english = (text: string, signal: string): boolean => signalsOnlyAsCircumstance(text, [signal], 'en-GB');

  it('reads protection because of the act and the act as the time of another', () => {
    expect(
      english(
        'Complainants shall not be disadvantaged because of the lodging of a complaint.',
        'lodging of a complaint',
      ),
    ).toBe(true);
    expect(english('The committee is formed after the filing of a complaint.', 'filing of a complaint')).toBe(true);
  });

  it('does not read the act where the clause states it or names it as its aim', () => {
    expect(english('The lodging of a complaint is done in writing.', 'lodging of a complaint')).toBe(false);
    expect(english('Use the form for the lodging of a complaint.', 'lodging of a complaint')).toBe(false);
  });
});
