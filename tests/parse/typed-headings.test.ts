// Headings that type their number ("Artikel 3 Termijn") are numbered by it, not counted by the house style: chapter
// headings between articles made "5 Artikel 3 Termijn" and a board pack citing "5".
import { describe, expect, it } from 'vitest';
import { printedNumbers } from '../../src/model/printed-number.js';
import type { Policy, Section } from '../../src/model/policy.js';
import { allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { numberByBrand } from '../../src/parse/own-numbering.js';

const META = '---\nid: klachtenregeling\ntitle: Klachtenregeling\norganisation: School\nversion: "1.0"\nlang: nl\n';

const parse = (body: string, frontmatter = ''): Policy =>
  parsePolicy(`${META}${frontmatter}---\n\n# Klachtenregeling\n\n${body}`, { path: 'policies/school/regeling.md' })
    .policy;

const numbers = (policy: Policy): [string, string][] =>
  allSections(policy)
    .filter((section: Section) => section !== policy.preamble)
    .map((section: Section) => [section.title, section.number]);

/** Each clause's printed number, by its text's first word. */
const printed = (policy: Policy): Record<string, string> =>
  Object.fromEntries([...printedNumbers(policy)].map(([clause, number]) => [clause.text.split(' ')[0], number]));

const REGULATION = [
  '## Hoofdstuk 1 Algemeen',
  '## Artikel 1 Begrippen',
  'Klacht: een uiting van ongenoegen.',
  '## Artikel 2 Klachtrecht',
  'Ieder kan klagen.',
  '## Hoofdstuk 2 Behandeling',
  '## Artikel 3 Termijn',
  '1. Binnen zes weken.',
  '2. Verdaging met vier weken.',
  '## Toelichting',
  'Uitleg.',
].join('\n\n');

describe('headings that type their number', () => {
  it('print as typed, without a number of the house style, and name their clauses', () => {
    const policy = parse(REGULATION);
    expect(numbers(policy)).toEqual([
      ['Hoofdstuk 1 Algemeen', ''],
      ['Artikel 1 Begrippen', ''],
      ['Artikel 2 Klachtrecht', ''],
      ['Hoofdstuk 2 Behandeling', ''],
      ['Artikel 3 Termijn', ''],
      ['Toelichting', ''],
    ]);
    expect(policy.sections[4]?.typed).toEqual({ label: 'Artikel 3', numeral: '3' });
    expect(policy.sections[5]?.typed).toBeUndefined();
    expect(printed(policy)).toEqual({
      'Klacht:': 'Artikel 1',
      Ieder: 'Artikel 2',
      Binnen: 'Artikel 3 1.',
      Verdaging: 'Artikel 3 2.',
      'Uitleg.': '',
    });
    // The parse's joined number follows the typed numeral too (the diff reads it: diff/visible-number.ts).
    expect(policy.sections[4]?.clauses.map((clause) => clause.number)).toEqual(['3.1', '3.2']);
  });

  it('number the headings below them from their numeral', () => {
    const policy = parse('## 4. Toezicht\n\n### Pauze\n\nOp het plein.\n\n### Gym\n\nIn de zaal.\n');
    expect(numbers(policy)).toEqual([
      ['4. Toezicht', ''],
      ['Pauze', '4.1'],
      ['Gym', '4.2'],
    ]);
    expect(printed(policy)).toEqual({ Op: '4.1', In: '4.2' });
  });

  it('print the headings under one printed without a number without one too, not counted from 1', () => {
    const typed = parse('## Artikel 1 Doel\n\nTekst.\n\n## Toelichting\n\n### Achtergrond\n\nMeer.\n');
    expect(numbers(typed)).toEqual([
      ['Artikel 1 Doel', ''],
      ['Toelichting', ''],
      ['Achtergrond', ''],
    ]);
    expect(printed(typed)).toEqual({ 'Tekst.': 'Artikel 1', 'Meer.': '' });
    const foreword = parse('## Voorwoord {#voorwoord .unnumbered}\n\n### Dank\n\n#### Aan wie\n\n## Doel\n\nTekst.\n');
    expect(numbers(foreword)).toEqual([
      ['Voorwoord', ''],
      ['Dank', ''],
      ['Aan wie', ''],
      ['Doel', '1'],
    ]);
    // One that types its number is cited by it there too.
    expect(numbers(parse('## Toelichting {#t .unnumbered}\n\n### 4. Slot\n\n#### Daarna\n')).slice(1)).toEqual([
      ['4. Slot', ''],
      ['Daarna', '4.1'],
    ]);
  });

  it('leave a policy whose headings type no number counted as before', () => {
    const policy = parse('## Doel\n\nDit regelt.\n\n## Melden\n\n### Bij wie\n\nBij de mentor.\n');
    expect(numbers(policy)).toEqual([
      ['Doel', '1'],
      ['Melden', '2'],
      ['Bij wie', '2.1'],
    ]);
  });

  it('give way to the numbering the policy names for its sections', () => {
    const policy = parse('## Artikel 1 Begrippen\n\nKlacht: ongenoegen.\n', 'numbering:\n  sections: "Art. %1"\n');
    expect(numbers(policy)).toEqual([['Artikel 1 Begrippen', 'Art. 1']]);
    expect(policy.sections[0]?.typed).toBeUndefined();
  });

  it("keep their number under a brand's section pattern, which numbers the other headings", () => {
    const typed = parse('## Artikel 3 Termijn\n\nBinnen zes weken.\n');
    numberByBrand(typed, { sections: 'Art. %1' });
    expect(numbers(typed)).toEqual([['Artikel 3 Termijn', '']]);
    expect(printed(typed)).toEqual({ Binnen: 'Artikel 3' });
    const plain = parse('## Termijn\n\nBinnen zes weken.\n');
    numberByBrand(plain, { sections: 'Art. %1' });
    expect(numbers(plain)).toEqual([['Termijn', 'Art. 1']]);
  });

  it('cite a heading marked unnumbered by the number it types, and count no heading marked so', () => {
    // As the import writes a regulation that skips article 3: each article printed as typed, none counted.
    const policy = parse(
      '## Artikel 2 Melden {#melden .unnumbered}\n\n1. Bij de mentor.\n\n## Artikel 4 Slot {#slot .unnumbered}\n\nDit treedt in werking.\n\n## Voorwoord {#voorwoord .unnumbered}\n\nVooraf.\n',
    );
    expect(policy.sections.map((section) => section.typed?.label)).toEqual(['Artikel 2', 'Artikel 4', undefined]);
    expect(numbers(policy)).toEqual([
      ['Artikel 2 Melden', ''],
      ['Artikel 4 Slot', ''],
      ['Voorwoord', ''],
    ]);
    expect(printed(policy)).toEqual({ Bij: 'Artikel 2 1.', Dit: 'Artikel 4', 'Vooraf.': '' });
  });
});
