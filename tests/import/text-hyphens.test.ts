// A hyphen at a line end in extracted text: rejoined when a typesetter put it there, kept when the author did. Real
// cases from Dutch policies; the uncertain ones are decided by the Dutch hyphenation patterns.
import { describe, expect, it } from 'vitest';
import { joinWrapped, spellingsOf } from '../../src/import/readers/text-hyphens.js';

describe('a hyphen at the end of a line', () => {
  it('is the typesetter’s where the Dutch patterns allow a break there: the word is rejoined', () => {
    expect(joinWrapped('De directeur is verant-', 'woordelijk voor')).toBe('De directeur is verantwoordelijk voor');
    expect(joinWrapped('namens de school gegevens ver-', 'werkt.')).toBe('namens de school gegevens verwerkt.');
    expect(joinWrapped('de verschillende doel-', 'groepen in en om de school')).toBe(
      'de verschillende doelgroepen in en om de school',
    );
    expect(joinWrapped('Door in-', 'vulling te geven')).toBe('Door invulling te geven');
    expect(joinWrapped('Ant-', 'woorden op deze vragen')).toBe('Antwoorden op deze vragen');
  });

  it('leaves a word out before "en" or "of": hyphen and space stay', () => {
    expect(joinWrapped('het school-', 'en gezinsleven')).toBe('het school- en gezinsleven');
    expect(joinWrapped('een hoofd-', 'of bijzaak')).toBe('een hoofd- of bijzaak');
  });

  it('is the author’s where the patterns would not break the word: the hyphen stays, the space goes', () => {
    // Dutch writes a hyphen where two vowels of a compound would otherwise be read as one sound.
    expect(joinWrapped('een zee-', 'eend')).toBe('een zee-eend');
    expect(joinWrapped('na een auto-', 'ongeluk')).toBe('na een auto-ongeluk');
    // Too short to be broken by a typesetter at all.
    expect(joinWrapped('per e-', 'mail')).toBe('per e-mail');
  });

  it('after an abbreviation or a number is always the author’s', () => {
    expect(joinWrapped('het ICT-', 'beleid van de school')).toBe('het ICT-beleid van de school');
    expect(joinWrapped('op A4-', 'formaat')).toBe('op A4-formaat');
  });

  it('gives back the diaeresis Dutch drops at a break after a prefix ("be-" + "invloeden")', () => {
    expect(joinWrapped('dat kan de sfeer be-', 'invloeden.')).toBe('dat kan de sfeer beïnvloeden.');
  });

  it('before a capital is the author’s (a typesetter does not break there); a dash after a space is no hyphen', () => {
    expect(joinWrapped('in Noord-', 'Holland en Zeeland')).toBe('in Noord-Holland en Zeeland');
    expect(joinWrapped('zie artikel 3 -', 'daar staat het')).toBe('zie artikel 3 - daar staat het');
  });
});

describe('a hyphen at the end of a line, where the document spells the word elsewhere', () => {
  const lines = (...text: string[]) => spellingsOf(text);

  it('keeps the hyphen of a word the document writes with it ("Anti-pestcoördinator" in a table)', () => {
    const spellings = lines('vertel het de anti-', 'pestcoördinator.', 'Anti-pestcoördinator  Mevr. K. de Vries');
    expect(joinWrapped('vertel het de anti-', 'pestcoördinator.', spellings)).toBe(
      'vertel het de anti-pestcoördinator.',
    );
    // Without the document's word, the patterns decide, and they allow the break: joined.
    expect(joinWrapped('vertel het de anti-', 'pestcoördinator.')).toBe('vertel het de antipestcoördinator.');
  });

  it('joins a word the document writes whole where the patterns would keep the hyphen', () => {
    const spellings = lines('Stuur ons een e-', 'mail.', 'Ons email-adres staat op de website; email ons gerust.');
    expect(joinWrapped('Stuur ons een e-', 'mail.', spellings)).toBe('Stuur ons een email.');
    expect(joinWrapped('Stuur ons een e-', 'mail.')).toBe('Stuur ons een e-mail.');
  });

  it('leaves the decision to the rules where the document writes the word both ways, or a word before "en"', () => {
    const both = lines('het ICT-beleid', 'het ictbeleid', 'het ICT-', 'beleid');
    expect(joinWrapped('het ICT-', 'beleid', both)).toBe('het ICT-beleid');
    const elided = lines('het school- en gezinsleven', 'schoolen');
    expect(joinWrapped('het school-', 'en gezinsleven', elided)).toBe('het school- en gezinsleven');
  });
});
