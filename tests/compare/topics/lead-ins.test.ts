// A list's lead-in and its items (src/compare/topics/lead-ins.ts): back from an item over its siblings and what stands
// under them to the clause that ends with a colon; the items a lead-in leads into; the sentence its colon ends.
import { describe, expect, it } from 'vitest';
import { itemsOf, leadInOf, leadSentence } from '../../../src/compare/topics/lead-ins.js';
import { Side } from '../../../src/match/entries.js';
import { parsePolicy } from '../../../src/parse/index.js';

const entries = new Side(
  parsePolicy(`# Regeling

## Artikel 5 Personen

In de registratie worden uitsluitend persoonsgegevens opgenomen over:

a. minderjarigen waarmee de raad bemoeienis heeft;

b. personen die verplicht zijn tot een bijdrage:

   - in de kosten van verzorging;
   - in de kosten van een maatregel;

c. aspirant-pleegouders.

De gegevens worden na tien jaar vernietigd.
`).policy,
).entries;
const textAt = (e: number | undefined): string | undefined => (e === undefined ? undefined : entries[e]?.text);
const at = (start: string): number => entries.findIndex((entry) => entry.text.startsWith(start));

describe('lead-ins and their items', () => {
  it('finds the lead-in of an item past the items before it and what stands under them', () => {
    const lead = 'In de registratie worden uitsluitend persoonsgegevens opgenomen over:';
    expect(textAt(leadInOf(entries, at('a. minderjarigen')))).toBe(lead);
    expect(textAt(leadInOf(entries, at('c. aspirant')))).toBe(lead);
    // A nested item's lead-in is the item it stands under.
    expect(textAt(leadInOf(entries, at('in de kosten van een maatregel')))).toContain('b. personen');
    expect(leadInOf(entries, at('De gegevens worden'))).toBeUndefined();
  });

  it("lists a lead-in's items, not what follows the list, nor the items of an item", () => {
    expect(itemsOf(entries, at('In de registratie')).map(textAt)).toEqual([
      'a. minderjarigen waarmee de raad bemoeienis heeft;',
      'b. personen die verplicht zijn tot een bijdrage:',
      'c. aspirant-pleegouders.',
    ]);
    expect(itemsOf(entries, at('a. minderjarigen'))).toEqual([]);
  });

  it('goes back to an item of another kind that leads into items of its own ("e. … aangegeven:" then "1°.")', () => {
    const report = new Side(
      parsePolicy(`# Regeling

## Artikel 7 Taken

De klachtencommissie heeft tot taak:

d. het behandelen van klachten;

e. het opstellen van een openbaar verslag, waarin worden aangegeven:

1°. de samenstelling van de klachtencommissie;

2°. het aantal behandelde klachten;

f. het zorgen voor afstemming.
`).policy,
    ).entries;
    const lead = (start: string): string | undefined => {
      const e = leadInOf(
        report,
        report.findIndex((entry) => entry.text.startsWith(start)),
      );
      return e === undefined ? undefined : report[e]?.text;
    };
    expect(lead('2°.')).toBe('e. het opstellen van een openbaar verslag, waarin worden aangegeven:');
    expect(lead('f. het zorgen')).toBe('De klachtencommissie heeft tot taak:');
  });

  it('reads the sentence a colon ends', () => {
    expect(leadSentence('De directeur bevestigt de ontvangst. De bevestiging vermeldt:')).toBe(
      'De bevestiging vermeldt:',
    );
    expect(leadSentence('Zij neemt de klacht niet in behandeling als:')).toBe(
      'Zij neemt de klacht niet in behandeling als:',
    );
  });
});
