// Text Markdown strikes through (GFM `~~…~~`) is no part of the policy: import leaves it out and lists it in its
// report with why, and joins the words around it with one space (none before the punctuation that follows it). A
// paragraph or item wholly struck is no clause.
import { describe, expect, it } from 'vitest';
import { expectAccounted, expectListedWithCopyFix, importedStruck, sourceFile } from './struck-support.js';

const source = `# Klachtenregeling De Linde

## Artikel 1 Termijn

De commissie beslist binnen ~~veertien~~ tien weken.

~~Een klacht kan ook mondeling worden ingediend.~~

De klager krijgt ~~binnen een week~~ een ontvangstbevestiging.

De klacht gaat naar de **commissie ~~of het bestuur~~**.

- Eerst een gesprek.
- ~~Dan een brief.~~
- Dan de ~~**directeur of**~~ commissie.
`;

describe('struck-through text in Markdown', () => {
  it('is left out of the policy and listed in the report with why, the words around it joined', async () => {
    const file = sourceFile('md-struck', 'md', source);
    const result = await importedStruck(file);
    expect(result.clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'De klacht gaat naar de commissie.',
      'Eerst een gesprek.',
      'Dan de commissie.',
    ]);
    expect(result.body).not.toMatch(/ {2}|veertien|mondeling|brief|directeur/u);
    expect(result.dropped).toEqual([
      ['veertien', 'struck through in the source'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
      ['Dan een brief.', 'struck through in the source'],
      ['directeur of', 'struck through in the source'],
    ]);
    expectListedWithCopyFix(result);
    expectAccounted(result, 1 + 7 + 3 + 3 + 3 + 2);
  });
});
