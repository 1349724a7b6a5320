// Bare references (bare-references.ts; issue 73): a provision that only declares others applicable carries no topic.
import { describe, expect, it } from 'vitest';
import { onlyAppliesOthers } from '../../../src/compare/read/bare-references.js';

describe('onlyAppliesOthers', () => {
  it('reads a provision that only declares others applicable', () => {
    for (const text of [
      'Artikel 11, tweede en vierde lid, is van overeenkomstige toepassing.',
      'Artikel 12 tweede en vierde lid is van overeenkomstige toepassing.',
      'Het bepaalde in de artikelen 3 tot en met 6 is van overeenkomstige toepassing.',
      'De voorgaande leden zijn van overeenkomstige toepassing.',
      'Article 5 applies mutatis mutandis.',
    ])
      expect(onlyAppliesOthers(text), text).toBe(true);
  });

  it('leaves a provision that states something of its own', () => {
    for (const text of [
      'De houder beantwoordt het verzoek binnen een maand na ontvangst. Artikel 11, zesde en zevende lid, is van overeenkomstige toepassing.',
      'Deze regeling is van toepassing op alle medewerkers.',
      'Artikel 3 is niet van toepassing op klachten over de directeur.',
      'Voor de indiening van het verzoek is artikel 11, tweede lid, van overeenkomstige toepassing.',
    ])
      expect(onlyAppliesOthers(text), text).toBe(false);
  });
});
