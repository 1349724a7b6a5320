// Which word of a sentence part is a finite verb (src/compare/topics/negation-rules.ts, finiteAt), with the words of
// templates/negation/nl.yaml: "zijn" is "are" or "his", read as the verb only where it stands as a verb does; and which
// words of time stand beside a negation (negationSpan: "nog niet meer", "not yet").
import { describe, expect, it } from 'vitest';
import { finiteAt, negationRules, negationSpan } from '../../../src/compare/topics/negation-rules.js';

const rules = negationRules('nl');
/** Whether "zijn" in `text` (its words as signals read them) is read as a finite verb. */
const zijnIsVerb = (text: string): boolean => {
  const tokens = text.split(' ');
  if (!rules) throw new Error('templates/negation/nl.yaml holds no rules');
  return finiteAt(tokens, tokens.indexOf('zijn'), rules);
};

describe('"zijn" as the verb or the possessive', () => {
  it('reads it as the verb after a negation, after or before a participle, at the end, before an article', () => {
    expect(zijnIsVerb('geschenken die niet zijn aangenomen worden beschikbaar gesteld')).toBe(true);
    expect(zijnIsVerb('als de klachten zijn ingediend stelt het bestuur')).toBe(true);
    expect(zijnIsVerb('als de klachten gegrond zijn stelt het bestuur')).toBe(true);
    expect(zijnIsVerb('als de klachten aanwezig zijn')).toBe(true);
    expect(zijnIsVerb('als de klacht is ingediend zijn de leden gehouden')).toBe(true);
  });

  it('reads it as the possessive before a noun', () => {
    expect(zijnIsVerb('een leerling die zijn klacht indient')).toBe(false);
    expect(zijnIsVerb('als hij zijn besluit niet neemt')).toBe(false);
    // szw-ongewenste-omgangsvormen: "zijn/haar"; bw2: a participle with its own finite verb before "zijn".
    expect(zijnIsVerb('een medewerker die tijdens de uitoefening van zijn haar werkzaamheden')).toBe(false);
    expect(zijnIsVerb('in de gelegenheid heeft gesteld zijn zienswijze te geven')).toBe(false);
  });

  it('reads the words of finiteVerbs as finite verbs wherever they stand', () => {
    const tokens = ['als', 'de', 'klacht', 'is', 'ingediend'];
    expect(rules && finiteAt(tokens, 3, rules)).toBe(true);
    expect(rules && finiteAt(tokens, 4, rules)).toBe(false);
  });

  it('reads the words of besideNegation beside a negation as its span, in its own subordinate part only', () => {
    const span = (text: string, lang = 'nl', part?: number[]) => {
      const tokens = text.split(' ');
      const read = negationRules(lang);
      if (!read) throw new Error(`templates/negation/${lang}.yaml holds no rules`);
      const at = tokens.findIndex((word) => read.words.has(word));
      return negationSpan(tokens, part ?? tokens.map(() => 0), at, read);
    };
    expect(span('een klachtencommissie bestaat nog niet meer')).toEqual({ before: 3, after: 5 });
    expect(span('de klachtencommissie is nog niet eerder benaderd')).toEqual({ before: 3, after: 4 });
    expect(span('if the board has not yet established', 'en')).toEqual({ before: 4, after: 5 });
    // "nog" in the main clause is not beside the negation opening a relative part after it.
    expect(span('er is nog die niet', 'nl', [0, 0, 0, 1, 1])).toEqual({ before: 4, after: 4 });
  });
});
