// The clauses a comparison aligns (comparedEntries in src/compare/terms/documents.ts): a heading written as text, as
// a law export writes its titles ("##Regeling …", "####Begripsbepalingen"), is no clause of the comparison, so it
// stands as no row of its own ("+ alleen hier", "niet gevonden") and is no candidate of another row.
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import { comparedEntries } from '../../../src/compare/terms/documents.js';
import { parsePolicy } from '../../../src/parse/index.js';

const exported = (org: string, name: string, titles: [string, string]): string =>
  [
    '---',
    `title: Klachtenregeling ${name}`,
    `organisation: ${name}`,
    `org: ${org}`,
    'lang: nl',
    '---',
    '',
    `##Klachtenregeling ${name}`,
    '',
    `####${titles[0]}`,
    '',
    'Een klacht wordt schriftelijk ingediend bij de klachtencoördinator.',
    '',
    `####${titles[1]}`,
    '',
    'De klager ontvangt binnen twee weken een schriftelijke ontvangstbevestiging.',
    '',
  ].join('\n');

const noord = parsePolicy(exported('noord', 'Bureau Noord', ['Indienen van een klacht', 'Ontvangst']), {
  path: 'noord.md',
}).policy;
const zuid = parsePolicy(exported('zuid', 'Bureau Zuid', ['Het klaagschrift', 'Bevestiging van ontvangst']), {
  path: 'zuid.md',
}).policy;

describe('the clauses a comparison aligns', () => {
  it('leave out the headings a law export writes as text', () => {
    const texts = comparedEntries(noord).map((entry) => entry.text);
    expect(texts).toEqual([
      'Een klacht wordt schriftelijk ingediend bij de klachtencoördinator.',
      'De klager ontvangt binnen twee weken een schriftelijke ontvangstbevestiging.',
    ]);
  });

  it('give a title line no row of its own, and pair the rules under the titles', () => {
    const alignment = alignPolicies([noord, zuid]);
    const rows = alignment.provisions.map((provision) =>
      Object.values(provision.members)
        .flat()
        .map((member) => member.text),
    );
    expect(rows.flat().filter((text) => text.startsWith('#'))).toEqual([]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(2);
  });
});
