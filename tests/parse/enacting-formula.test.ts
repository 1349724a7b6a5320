// The words of a regulation's enacting formula are data (templates/import/enacting-formula.yaml, read by
// src/parse/enacting-formula.ts); compare builds its patterns from them (src/compare/read/enacting-formula.ts).
import { describe, expect, it } from 'vitest';
import { isEnactingFormula } from '../../src/compare/read/enacting-formula.js';
import { enactingFormulaWords } from '../../src/parse/enacting-formula.js';

describe("an enacting formula's words", () => {
  it('are read from the data file, Dutch and English', () => {
    const words = enactingFormulaWords();
    expect(words.recitals).toContain('op voordracht van');
    expect(words.recitals).toContain('having regard to');
    expect(words.enacting).toEqual(['besluit', 'besluiten', 'stelt vast', 'decide', 'decides', 'has adopted']);
  });

  it('make the patterns of a recital: its opening words, its end, its enacting word', () => {
    for (const text of [
      'Gelet op artikel 51 van het Algemeen Rijksambtenarenreglement;',
      'De Minister van Defensie, Op voordracht van de Staatssecretaris;',
      'Overwegende dat een regeling gewenst is, besluit:',
      'Having regard to the Treaty, has adopted this regulation:',
      'Whereas the board decides:',
    ])
      expect(isEnactingFormula(text), text).toBe(true);
    for (const text of [
      'Gelet op artikel 5 is de directeur bevoegd tot schorsing.',
      'De commissie beslist, gelet op de stukken, binnen vier weken.',
      'Op voordracht is de directeur benoemd;',
    ])
      expect(isEnactingFormula(text), text).toBe(false);
  });
});
