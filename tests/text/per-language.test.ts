// A topic list's text for the reader, one string or one per language (src/text/per-language.ts): the output language's
// own where the list gives it, else the Dutch the shipped lists are written in; a language clausemark does not write
// is refused, not dropped.
import { describe, expect, it } from 'vitest';
import { inLanguage, perLanguageOf } from '../../src/text/per-language.js';

describe('a text per language', () => {
  const who = { nl: 'een bestuursorgaan', en: 'an administrative authority' };

  it("is the output language's own: nl-BE reads the Dutch, en-GB and de the English", () => {
    expect(inLanguage(who, 'nl')).toBe('een bestuursorgaan');
    expect(inLanguage(who, 'nl-BE')).toBe('een bestuursorgaan');
    expect(inLanguage(who, 'en-GB')).toBe('an administrative authority');
    // A German policy's labels are English (src/text/output-language.ts): so is the text beside them.
    expect(inLanguage(who, 'de')).toBe('an administrative authority');
  });

  it('is the Dutch where a list gives no English, and one text as written in every language', () => {
    expect(inLanguage({ nl: 'een bestuursorgaan' }, 'en')).toBe('een bestuursorgaan');
    expect(inLanguage({ en: 'an administrative authority' }, 'nl')).toBe('an administrative authority');
    expect(inLanguage('een bestuursorgaan', 'en')).toBe('een bestuursorgaan');
  });

  it('reads a text, or texts under nl: and en:; nothing else', () => {
    expect(perLanguageOf('een bestuursorgaan')).toBe('een bestuursorgaan');
    expect(perLanguageOf(who)).toEqual(who);
    for (const bad of [{ nl: 'x', de: 'y' }, {}, { nl: '' }, { nl: 3 }, ['x'], '  ', null, undefined])
      expect(perLanguageOf(bad), JSON.stringify(bad)).toBeNull();
  });
});
