// How a reader cites a clause (src/model/printed-number.ts printedCitations, citeClause), as a board pack's article
// column names it: the article as its heading names it, then "lid" for a first-level item in figures and "onder"
// for any other, never the printed numbers side by side ("3.1 5.").
import { describe, expect, it } from 'vitest';
import { type CitationWords, citeClause, printedCitations, printedNumbers } from '../../src/model/printed-number.js';
import type { Policy } from '../../src/model/policy.js';
import { parsePolicy } from '../../src/parse/index.js';

const META = '---\nid: regeling\ntitle: Regeling\norganisation: School\nversion: "1.0"\nlang: nl\n';
const DUTCH: CitationWords = {
  article: (number) => `Artikel ${number}`,
  member: (number) => `lid ${number}`,
  point: (number) => `onder ${number}`,
};

/** Each clause's printed number and citation, by its text's first word; `numbering` the policy's own, if any. */
function cited(body: string, numbering = ''): Record<string, [string, string]> {
  const source = `${META}${numbering}---\n\n# Regeling\n\n${body}`;
  const policy: Policy = parsePolicy(source, { path: 'policies/school/regeling.md' }).policy;
  const citations = printedCitations(policy);
  return Object.fromEntries(
    [...printedNumbers(policy)].map(([clause, number]) => [
      clause.text.split(/[ .:;]/u)[0]!,
      [number, citeClause(citations.get(clause)!, DUTCH)],
    ]),
  );
}

describe('a clause as a reader cites it', () => {
  it('the fifth item under subsection 3.1 of the house style: "Artikel 3.1, lid 5", printed "3.1 5."', () => {
    const items = ['Een', 'Twee', 'Drie', 'Vier', 'Vijf'].map((word, index) => `${index + 1}. {#c.i${index}} ${word}.`);
    const body = ['## A {#a}', 'Tekst.', '## B {#b}', 'Tekst.', '## C {#c}', '### D {#c.d}', ...items].join('\n\n');
    const numbers = cited(body);
    expect(numbers.Vijf).toEqual(['3.1 5.', 'Artikel 3.1, lid 5']);
    expect(numbers.Tekst).toEqual(['2', 'Artikel 2']);
  });

  it('a typed article by its words, its members and their points', () => {
    const body = [
      '## Artikel 3 Termijn',
      '1. Binnen zes weken.',
      '2. Verdaging:\n\n   1. met vier weken;\n   2. eenmaal.',
    ].join('\n\n');
    const numbers = cited(body);
    expect(numbers.Binnen).toEqual(['Artikel 3 1.', 'Artikel 3, lid 1']);
    expect(numbers.met).toEqual(['Artikel 3 2. a.', 'Artikel 3, lid 2, onder a']);
  });

  it('an item lettered by the policy’s own numbering is a point, not a member', () => {
    const body = ['## Artikel 2 Aanpak', '1. De leerkracht signaleert.', '2. Een mentor praat.'].join('\n\n');
    expect(cited(body, 'numbering:\n  clauses: "%a."\n').Een).toEqual(['Artikel 2 b.', 'Artikel 2, onder b']);
  });

  it('a section a pattern numbers "Artikel 2" is cited by those words, not "Artikel Artikel 2"', () => {
    const body = [
      '## Doel {#doel}',
      'Tekst.',
      '## Aanpak {#aanpak}',
      '1. De leerkracht signaleert.',
      '2. Een mentor.',
    ].join('\n\n');
    const numbers = cited(body, 'numbering:\n  sections: Artikel %1\n  lists:\n    aanpak: "%a."\n');
    expect(numbers.Een).toEqual(['Artikel 2 b.', 'Artikel 2, onder b']);
    expect(numbers.Tekst).toEqual(['Artikel 1', 'Artikel 1']);
    // A pattern that ends in a dot ("Artikel 1.") is cited without it.
    expect(cited(body, 'numbering:\n  sections: Artikel %1.\n').Tekst).toEqual(['Artikel 1.', 'Artikel 1']);
  });

  it('a clause the policy’s own numbering numbers whole ("1.2") is cited as that article', () => {
    const body = ['## Artikel 1 Begrippen', '1. Klacht: een uiting.', '2. Klager: wie klaagt.'].join('\n\n');
    expect(cited(body, 'numbering:\n  clauses: "%1.%2"\n').Klager?.[1]).toBe('Artikel 1.2');
  });
});
