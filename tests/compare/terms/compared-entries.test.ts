// The clauses a comparison aligns (comparedEntries in src/compare/terms/documents.ts): a heading written as text, as
// a law export writes its titles ("##Regeling …", "####Begripsbepalingen"), and a regulation's closing lines (place
// and date, signature) are no clauses of the comparison, so they stand as no row of their own ("+ alleen hier",
// "niet gevonden") and are no candidate of another row; nor is a clause that shows no text (the `<meta>` line a law
// export opens with), a lapsed article's "Vervallen.", or an entry of a table of contents.
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
    `${name === 'Bureau Noord' ? 'Den Haag' : 'Utrecht'} 16 januari 2007`,
    '',
    `De directeur van ${name}, J.P. de Vries`,
    '',
  ].join('\n');

const noord = parsePolicy(exported('noord', 'Bureau Noord', ['Indienen van een klacht', 'Ontvangst']), {
  path: 'noord.md',
}).policy;
const zuid = parsePolicy(exported('zuid', 'Bureau Zuid', ['Het klaagschrift', 'Bevestiging van ontvangst']), {
  path: 'zuid.md',
}).policy;

describe('the clauses a comparison aligns', () => {
  it('leave out a clause that shows no text, such as the <meta> line a law export opens with', () => {
    const meta = "<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />";
    const source = exported('noord', 'Bureau Noord', ['Indienen van een klacht', 'Ontvangst']).replace(
      '---\n\n##',
      `---\n\n${meta}\n\n##`,
    );
    expect(source).toContain(`${meta}\n\n##Klachtenregeling`);
    const policy = parsePolicy(source, { path: 'noord-meta.md' }).policy;
    const texts = comparedEntries(policy).map((entry) => entry.text);
    expect(texts).toEqual([
      'Een klacht wordt schriftelijk ingediend bij de klachtencoördinator.',
      'De klager ontvangt binnen twee weken een schriftelijke ontvangstbevestiging.',
    ]);
    const rows = alignPolicies([policy, zuid]).provisions.flatMap((provision) =>
      Object.values(provision.members).flat(),
    );
    expect(rows.filter((member) => member.text.trim() === '')).toEqual([]);
  });

  it('leave out the headings a law export writes as text, and its place, date and signature', () => {
    const texts = comparedEntries(noord).map((entry) => entry.text);
    expect(texts).toEqual([
      'Een klacht wordt schriftelijk ingediend bij de klachtencoördinator.',
      'De klager ontvangt binnen twee weken een schriftelijke ontvangstbevestiging.',
    ]);
  });

  it('give a title or a signature no row of its own, and pair the rules under the titles', () => {
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

  it('leave out the entries of a table of contents and a lapsed article', () => {
    const source = [
      '---',
      'title: Privacyverklaring',
      'organisation: Bureau Noord',
      'org: noord',
      'lang: nl',
      '---',
      '',
      '## Inhoud',
      '',
      '1. [Welke gegevens verzamelen wij?](#gegevens)',
      '2. [Hoe lang bewaren wij ze?](#bewaren)',
      '',
      '## Welke gegevens verzamelen wij? {#gegevens}',
      '',
      'Wij verzamelen uw naam en adres.',
      '',
      '## Artikel 3',
      '',
      'Vervallen.',
      '',
    ].join('\n');
    const policy = parsePolicy(source, { path: 'toc.md' }).policy;
    expect(comparedEntries(policy).map((entry) => entry.text)).toEqual(['Wij verzamelen uw naam en adres.']);
  });
});
