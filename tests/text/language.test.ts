// The language of a policy that does not say it (src/text/language.ts) and the word lists chosen by it
// (src/text/lexicon.ts): each language its own lists, a language without lists none, never a neighbour's.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { ABBREVIATIONS, lexiconFor, MONTHS } from '../../src/text/lexicon.js';

describe('detectLanguage', () => {
  it('tells Dutch, English and German school rules apart', () => {
    expect(
      detectLanguage(
        'Leerlingen mogen hun telefoon niet gebruiken tijdens de les, tenzij de docent toestemming geeft.',
      ),
    ).toBe('nl');
    expect(
      detectLanguage('Pupils must not use their phones during lessons unless the teacher gives them permission.'),
    ).toBe('en');
    expect(
      detectLanguage(
        'Schülerinnen und Schüler dürfen ihr Handy im Unterricht nicht benutzen, außer die Lehrkraft erlaubt es.',
      ),
    ).toBe('de');
  });

  it('looks past addresses and tags, and does not guess from too little text', () => {
    const links = 'https://www.example.org/privacy-statement-and-cookies <a href="https://example.org/contact">x</a> ';
    expect(detectLanguage(`${links.repeat(20)}Wij bewaren uw gegevens niet langer dan nodig is voor het doel.`)).toBe(
      'nl',
    );
    expect(detectLanguage('Artikel 1')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});

describe('lexiconFor', () => {
  it("gives each language its own lists and never another's", () => {
    const nl = lexiconFor('nl-BE');
    const en = lexiconFor('en-GB');
    const de = lexiconFor('de');
    expect(nl.duties.has('moet') && !nl.duties.has('must') && !nl.duties.has('muss')).toBe(true);
    expect(en.duties.has('must') && !en.duties.has('mag')).toBe(true);
    expect(de.duties.has('muss') && de.duties.has('durfen')).toBe(true); // folded: dürfen
    // "or" is the Dutch works council (in capitals) and "over 2 jaar" a term in Dutch; neither means that in English.
    expect(nl.roles.has('or') && !en.roles.has('or')).toBe(true);
    expect(en.ageCuesBefore.has('over') && !nl.ageCuesBefore.has('over')).toBe(true);
    // "ten" is a number in English only ("ten aanzien van").
    expect(en.numbers.has('ten') && !nl.numbers.has('ten')).toBe(true);
  });

  it('gives a language without lists empty ones', () => {
    const fr = lexiconFor('fr');
    expect(fr.lang).toBe('');
    expect([fr.duties.size, fr.negations.size, fr.roles.size, fr.stopwords.size]).toEqual([0, 0, 0, 0]);
  });

  it('still gives the tokenizer the months and abbreviations of every language', () => {
    expect(MONTHS).toEqual(expect.arrayContaining(['maart', 'march', 'marz', 'märz', 'oct', 'okt']));
    expect(ABBREVIATIONS).toEqual(expect.arrayContaining(['bijv', 'vs', 'bzw']));
  });
});
