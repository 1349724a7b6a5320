// The enacting formula (enacting-formula.ts; issue 73): an authority's recitals before a regulation carry no topic.
import { describe, expect, it } from 'vitest';
import { isEnactingFormula } from '../../../src/compare/read/enacting-formula.js';

describe('isEnactingFormula', () => {
  it('reads the recitals by which an authority enacts a regulation', () => {
    for (const text of [
      'De Staatssecretaris van Defensie, Gelet op artikel 2, eerste lid, van de Wet klachtrecht cliënten zorgsector; Besluit:',
      'De Minister van Economische Zaken, Gelet op artikelen 51, 61 en 64 van het Algemeen Rijksambtenarenreglement en artikel 8 van het Besluit melden vermoeden van misstand bij Rijk en Politie;',
      'Gehoord het Departementaal Georganiseerd Overleg; Besluit:',
      'Overwegende dat het gewenst is regels te stellen over de behandeling van klachten;',
      'Gelet op:',
      'Having regard to the Treaty on the Functioning of the European Union,',
    ])
      expect(isEnactingFormula(text), text).toBe(true);
  });

  it('leaves a sentence that reasons from a law to a rule', () => {
    for (const text of [
      'Gelet op artikel 5 is de directeur bevoegd om een klacht niet te behandelen.',
      'Overwegende dat de klager is gehoord, beslist de commissie binnen zes weken.',
      'De klachtencommissie beslist, gelet op de stukken, binnen zes weken;',
      'Een medewerker meldt een vermoeden van een misstand bij de vertrouwenspersoon;',
    ])
      expect(isEnactingFormula(text), text).toBe(false);
  });
});
