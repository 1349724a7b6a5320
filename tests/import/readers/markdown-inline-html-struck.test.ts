// Text a Markdown paragraph deletes or strikes through with inline HTML (`<del>`, `<s>`, `<strike>` typed among its
// words, as a CMS or wiki export writes a change) is no part of the policy, as `~~…~~` is none: import leaves it out,
// lists it in its report with why, and joins the words around it with one space (none before the punctuation after it).
import { describe, expect, it } from 'vitest';
import { expectAccounted, importedStruck, sourceFile } from './struck-support.js';

const source = `# Klachtenregeling De Linde

## Artikel 1 Termijn

De commissie beslist binnen <del>veertien</del> tien weken.

<s>Een klacht kan ook mondeling worden ingediend.</s> De klacht is schriftelijk.

De klager krijgt <strike>binnen een week</strike> een ontvangstbevestiging.

De klacht gaat naar de **commissie <del datetime="2025-03-01">of **het** bestuur</del>**.

- Eerst een gesprek.
- Dan de <s>directeur of</s>commissie.
`;

describe('struck-through inline HTML in Markdown', () => {
  it('is left out of the policy and listed in the report with why, the words around it joined', async () => {
    const file = sourceFile('md-html-struck', 'md', source);
    const result = await importedStruck(file);
    expect(result.clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klacht is schriftelijk.',
      'De klager krijgt een ontvangstbevestiging.',
      'De klacht gaat naar de commissie.',
      'Eerst een gesprek.',
      'Dan de commissie.',
    ]);
    expect(result.body).not.toMatch(/ {2}|veertien|mondeling|week|bestuur|directeur|<\/?(?:del|s|strike)\b/u);
    expect(result.dropped).toEqual([
      ['veertien', 'deleted (<del>) on the page'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of het bestuur', 'deleted (<del>) on the page'],
      ['directeur of', 'struck through in the source'],
    ]);
    expectAccounted(result, 1 + 7 + 3 + 3 + 2);
  });
});
