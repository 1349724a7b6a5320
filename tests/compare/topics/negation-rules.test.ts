// Which word of a sentence part is a finite verb (src/compare/topics/negation-rules.ts, finiteAt), with the words of
// templates/negation/nl.yaml: "zijn" is "are" or "his", read as the verb only where it stands as a verb does.
import { describe, expect, it } from 'vitest';
import { finiteAt, negationRules } from '../../../src/compare/topics/negation-rules.js';

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
});
