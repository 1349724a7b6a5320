// Whether a clause says the opposite of a requirement's phrase (src/compare/topics/negation.ts), with the words of
// templates/negation/<lang>.yaml: a negation before the phrase in its clause negates it; one in a relative clause it is not in,
// in a condition, in a limit ("niet later dan"), cancelled ("geen … zonder") or inside the phrase itself does not.
import { describe, expect, it } from 'vitest';
import { negationRules, phraseReading } from '../../../src/compare/topics/negation.js';
import { signalPattern } from '../../../src/compare/topics/topic-signals.js';

const read = (text: string, meets: readonly string[], lang = 'nl') =>
  phraseReading(text, meets.map(signalPattern), lang);

describe('a clause that says the opposite of a phrase', () => {
  it('reads the negation of the phrase in its own clause, before it or governing it', () => {
    const committee = ['klachtencommissie*'];
    expect(
      read('De school is niet aangesloten bij een klachtencommissie; er is geen klachtencommissie.', committee),
    ).toBe('negates');
    expect(read('De school is aangesloten bij de Landelijke Klachtencommissie.', committee)).toBe('states');
    expect(read('Leden van de commissie zijn niet tot geheimhouding verplicht.', ['geheimhouding'])).toBe('negates');
    expect(read('Leden van de commissie zijn tot geheimhouding verplicht.', ['geheimhouding'])).toBe('states');
    const measures = ['maatregelen', 'binnen vier weken'];
    expect(read('Het bevoegd gezag deelt niet mee of het het oordeel deelt en neemt geen maatregelen.', measures)).toBe(
      'negates',
    );
    // A negation after the phrase says something of it, it does not deny it.
    expect(read('Een hoorzitting is niet openbaar, tenzij de commissie anders beslist.', ['hoorzitting'])).toBe(
      'states',
    );
    expect(read('Een hoorzitting is niet openbaar.', ['hoorzitting'])).toBe('states');
    expect(read('Het bestuur richt geen commissie in. Er is wel een klachtencommissie.', committee)).toBe('states');
    expect(read('Een klacht gaat naar de directeur.', committee)).toBe('absent');
  });

  it('reads no negation in a limit, a choice, a condition, a double negation or a relative clause it is not in', () => {
    const committee = ['klachtencommissie*'];
    expect(read('De klachtencommissie bestaat uit leden die niet bij de klacht betrokken zijn.', committee)).toBe(
      'states',
    );
    expect(read('Indien de klager niet tevreden is kan hij zich wenden tot de klachtencommissie.', committee)).toBe(
      'states',
    );
    expect(read('De klager wordt al dan niet gehoord door de klachtencommissie.', committee)).toBe('states');
    expect(
      read('Het bevoegd gezag neemt niet later dan vier weken een besluit over maatregelen.', ['maatregelen']),
    ).toBe('states');
    expect(read('Het bestuur neemt niet meer dan twee maatregelen.', ['maatregelen'])).toBe('states');
    expect(
      read('Leden zijn niet alleen tot geheimhouding verplicht, maar ook tot zorgvuldigheid.', ['geheimhouding']),
    ).toBe('states');
    expect(read('Er wordt geen informatie gedeeld zonder geheimhouding.', ['geheimhouding'])).toBe('states');
    expect(read('De klacht wordt behandeld door de klachtencommissie, tenzij zij niet bevoegd is.', committee)).toBe(
      'states',
    );
    // The phrase's own negation is the phrase.
    expect(read('De voorzitter is niet werkzaam bij de school.', ['voorzitter .. niet werkzaam'])).toBe('states');
    // "niet-ontvankelijk" is a word of its own, no negation.
    expect(read('De klachtencommissie verklaart de klacht niet-ontvankelijk.', committee)).toBe('states');
  });

  it('reads English with its own words, and negates nothing in a language without rules', () => {
    expect(read('Members of the committee are not bound to secrecy.', ['secrecy'], 'en')).toBe('negates');
    expect(read("The school isn't affiliated with a complaints committee.", ['complaints committee'], 'en-GB')).toBe(
      'negates',
    );
    expect(read('Members are bound to secrecy, whether or not the complaint is upheld.', ['secrecy'], 'en')).toBe(
      'states',
    );
    expect(read('Die Mitglieder sind nicht zur Verschwiegenheit verpflichtet.', ['verschwiegenheit'], 'de')).toBe(
      'states',
    );
    expect(negationRules('nl')?.words.has('geen')).toBe(true);
    expect(negationRules('de')).toBeUndefined();
  });
});
