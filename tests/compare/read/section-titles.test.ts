// Headings written as text in compare's reading of a .md file (src/compare/read/section-titles.ts; issue 73 item 5):
// a law's export (tests/fixtures/import/law-export-form.md, in the form of wetten.overheid.nl's exports) writes a
// form's title as `####Titel` with the form's table in the same block; the title is a title over the table and the
// clauses after it, not words of the table, and an article numbered "Artikel 4" after "Artikel 2" keeps its number.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseTitles, leadingHeading, statedText } from '../../../src/compare/read/section-titles.js';
import { Side } from '../../../src/match/entries.js';
import { loadPolicy, parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'law-export-form.md');

describe('headings written as text in an export read by compare', () => {
  const policy = loadPolicy(FIXTURE).policy;
  const entries = new Side(policy).entries;
  const titles = clauseTitles(policy, entries);
  const at = (start: string) => {
    const e = entries.findIndex((entry) => entry.text.startsWith(start));
    expect(e, start).toBeGreaterThanOrEqual(0);
    return { entry: entries[e], titles: titles[e] };
  };

  it('reads a `####Titel` line with a table under it as the title of the table and of the clauses after it', () => {
    const form = at('####Registratieformulier');
    expect(form.titles?.isTitle).toBe(false);
    expect(form.titles?.titles).toContain('Registratieformulier Nevenwerkzaamheden');
    expect(form.titles?.body).toMatch(/^--- \| ---\nNaam/u);
    expect(form.titles?.body).not.toContain('#');
    expect(at('U wordt verzocht').titles?.titles).toContain('Registratieformulier Nevenwerkzaamheden');
    // A title of the same level ends it: the explanation stands under its own title alone.
    const explained = at('De medewerker geeft op');
    expect(explained.titles?.titles).toContain('Toelichting op het Registratieformulier:');
    expect(explained.titles?.titles).not.toContain('Registratieformulier Nevenwerkzaamheden');
    // A `####Titel` line alone is a title, as before: it states nothing itself.
    expect(at('####Toelichting').titles?.isTitle).toBe(true);
    expect(at('####Toelichting').titles?.body).toBeUndefined();
  });

  it('keeps a clause that only starts with hashes in its text whole', () => {
    expect(leadingHeading('####Registratieformulier')).toBeUndefined();
    expect(leadingHeading('Geen kop\n####Kop')).toBeUndefined();
  });

  it('gives an article the id of its own number where the export skips one', () => {
    expect(at('Deze regeling wordt aangehaald').entry?.clause.id).toMatch(/^artikel-4\./u);
    expect(entries.some((entry) => entry.clause.id.startsWith('artikel-3'))).toBe(false);
  });
});

describe('statedText', () => {
  it('is the body under a heading a clause opens with, nothing for a heading alone, else the text', () => {
    expect(statedText('####Klager\nDe klager dient de klacht schriftelijk in.')).toBe(
      'De klager dient de klacht schriftelijk in.',
    );
    expect(statedText('####Begripsbepalingen')).toBeUndefined();
    expect(statedText('De klager dient de klacht schriftelijk in.')).toBe('De klager dient de klacht schriftelijk in.');
  });
});

describe('the entries of a table of contents', () => {
  // A privacy statement in the form of DGSkills' (dev-corpus nl-kinds): a linked table of contents, and a regulation's
  // export in the form of the Recidiveregister's: "####Inhoudsopgave" over lines of a title and a number.
  const source = [
    '# Privacyverklaring',
    '',
    '## Inhoud',
    '',
    '1. [Welke gegevens verzamelen wij?](#welke-gegevens)',
    '2. [Hoe lang bewaren wij je gegevens?](#bewaren)',
    '',
    '## Welke gegevens',
    '',
    '- [Welke gegevens verzamelen wij?](#welke-gegevens)',
    '- Wij verzamelen je naam, zie ook [de lijst](#lijst).',
    '',
    '####Inhoudsopgave',
    '',
    'Herkomst van gegevens   3',
    '',
    'Verwijdering van gegevens   Artikel 8',
    '',
    '####Herkomst van gegevens',
    '',
    'De gegevens komen van de RDW.',
    '',
  ].join('\n');
  const policy = parsePolicy(source, { path: 'privacy.md' }).policy;
  const entries = new Side(policy).entries;
  const titles = clauseTitles(policy, entries);
  const isTitle = (start: string): boolean | undefined =>
    titles[entries.findIndex((entry) => entry.text.startsWith(start))]?.isTitle;

  it('takes every line under a contents heading, up to the next heading, as a title, stating nothing', () => {
    expect(isTitle('Hoe lang bewaren')).toBe(true);
    expect(isTitle('Herkomst van gegevens')).toBe(true);
    expect(isTitle('Verwijdering van gegevens')).toBe(true);
    expect(isTitle('De gegevens komen van de RDW.')).toBe(false);
  });

  it('takes a clause that is only a link within the document as an entry of contents, not one with words of its own', () => {
    const items = entries.flatMap((entry, e) =>
      entry.clause.kind === 'item' && entry.clause.id.includes('welke-gegevens') ? [titles[e]?.isTitle] : [],
    );
    expect(items).toEqual([true, false]);
  });
});
