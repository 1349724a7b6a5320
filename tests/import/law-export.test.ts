// A law's export as Markdown (wetten.overheid.nl and the like, tests/fixtures/import/law-export.md, written by hand
// in their form): `####Titel` lines, with no space after the hashes, are titles, never clause text starting with
// "####"; an article's number heading and the title heading under it are one heading; and an article's ID follows
// its own number where the source skips one (Artikel 4 after Artikel 2 is `artikel-4…`, not `artikel-3`); and a
// member typed on the line after a list's last item ("c. … gaande is." then "2. De directeur …") is a clause of its
// own, not the end of item c.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/paths.js';

const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'law-export.md');
/** An export with an article skipped and an annex whose form title (`####Titel`) has the form's table under it. */
const FORM = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'law-export-form.md');
/** Members 2 and 3 typed on the lines after a list's last item, with no blank line (soft and hard line breaks). */
const MEMBERS = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'law-export-members.md');
/**
 * Title lines typed right after a paragraph's last line, with no blank line between: after a hard break ("Besluit:"
 * and two spaces) and after a soft one; and a hashtag a wrapped line starts with ("#klachtvoorbeeld").
 */
const BESLUIT = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'law-export-besluit.md');

describe('import of a law-style export', () => {
  it('reads a `###Titel` line right after a paragraph as a title, not the end of its text', async () => {
    const result = await importDocument(BESLUIT, { org: 'voorbeeld', dryRun: true });
    const policy = parsePolicy(result.output).policy;
    const sections = allSections(policy).filter((section) => section !== policy.preamble);
    expect(sections.map((section) => section.title)).toEqual([
      'Hoofdstuk 1 Algemene bepalingen',
      'Artikel 1 Begripsbepalingen',
      'Artikel 2 Indienen',
      'Hoofdstuk 2 Behandeling',
      'Artikel 3 Termijn',
    ]);
    const texts = allClauses(policy).map(({ clause }) => clause.text);
    expect(texts.filter((text) => /#{2}/u.test(text))).toEqual([]);
    expect(texts[0]).toMatch(/Besluit:$/u);
    expect(texts).toContain(
      'Een klacht wordt ingediend via het formulier of met de hashtag #klachtvoorbeeld op sociale media, en de directeur stelt vast:',
    );
    expect(result.accounting.missing).toEqual([]);
    // The headings type their numbers: the articles are cited by them, the chapters print as typed.
    expect(sections.map((section) => section.typed?.label)).toEqual([
      'Hoofdstuk 1',
      'Artikel 1',
      'Artikel 2',
      'Hoofdstuk 2',
      'Artikel 3',
    ]);
  });

  it('reads `####Titel` lines as titles and gives each article the ID of its own number', async () => {
    const result = await importDocument(FIXTURE, { org: 'voorbeeld', dryRun: true });
    const policy = parsePolicy(result.output).policy;
    expect(policy.meta.title).toBe('Klachtenregeling Voorbeeldbureau 2020');
    const sections = allSections(policy).filter((section) => section !== policy.preamble);
    expect(sections.map((section) => [section.id, section.title])).toEqual([
      ['algemene-bepalingen', '§ 1 Algemene bepalingen'],
      ['artikel-1-begripsbepalingen', 'Artikel 1 Begripsbepalingen'],
      ['artikel-2-indienen', 'Artikel 2 Indienen van een klacht'],
      ['artikel-4-afhandeling', 'Artikel 4 Afhandeling'],
      // A number heading with no title under it (text follows): its ID is its number still.
      ['artikel-6', 'Artikel 6'],
    ]);
    const clauses = allClauses(policy).map(({ clause }) => clause);
    expect(clauses.filter((clause) => clause.text.includes('#'))).toEqual([]);
    expect(clauses.map((clause) => clause.id)).toEqual([
      'intro.directeur-voorbeeldbureau',
      'intro.besluit',
      'artikel-1-begripsbepalingen.regeling-verstaan-klacht',
      'artikel-2-indienen.klacht-schriftelijk',
      'artikel-2-indienen.klacht-bevat-ten',
      'artikel-4-afhandeling.directeur-handelt-klacht',
      'artikel-6.regeling-treedt-werking',
    ]);
    // Every word of the source is in the policy: the titles' words too, none lost with the hashes.
    expect(result.accounting.missing).toEqual([]);
    expect(readFileSync(FIXTURE, 'utf8')).toMatch(/^####Afhandeling$/mu);
  });

  it('reads a `####Titel` line with a table under it as a title, and numbers an article after a skipped one by its own number', async () => {
    const result = await importDocument(FORM, { org: 'voorbeeld', dryRun: true });
    const policy = parsePolicy(result.output).policy;
    const sections = allSections(policy).filter((section) => section !== policy.preamble);
    expect(sections.map((section) => [section.id, section.title])).toEqual([
      ['artikel-1', 'Artikel 1'],
      ['artikel-2', 'Artikel 2'],
      ['artikel-4', 'Artikel 4'],
      ['bijlage-1', 'Bijlage 1'],
      ['registratieformulier', 'Registratieformulier Nevenwerkzaamheden'],
      ['toelichting-registratieformulier', 'Toelichting op het Registratieformulier:'],
    ]);
    const clauses = allClauses(policy).map(({ clause }) => clause);
    expect(clauses.filter((clause) => clause.text.includes('#'))).toEqual([]);
    expect(clauses.find((clause) => clause.text.startsWith('Deze regeling wordt aangehaald'))?.id).toMatch(
      /^artikel-4\./u,
    );
    // The form's table is a clause of the form's section, its title not among its words.
    const table = clauses.find((clause) => clause.text.includes('Naam | ---'));
    expect(table?.id).toMatch(/^registratieformulier\./u);
    expect(table?.text).not.toContain('Registratieformulier');
    expect(result.accounting.missing).toEqual([]);
  });

  it("reads a member typed on the line after a list's last item as a clause of its own, numbered on from the list", async () => {
    const result = await importDocument(MEMBERS, { org: 'voorbeeld', dryRun: true });
    const policy = parsePolicy(result.output).policy;
    const texts = allClauses(policy).map(({ clause }) => clause.text);
    expect(texts).toEqual([
      'De directeur is niet verplicht de klacht te behandelen indien zij betrekking heeft op een gedraging:',
      'a.waarover reeds eerder een klacht is ingediend;',
      'b.die langer dan een jaar voor indiening van de klacht heeft plaatsgevonden;',
      'c.zolang terzake daarvan een opsporingsonderzoek gaande is.',
      'De directeur is niet verplicht de klacht te behandelen indien het belang van de klager kennelijk onvoldoende is.',
      'Van het niet in behandeling nemen van de klacht wordt de klager binnen vier weken schriftelijk in kennis gesteld.',
      'Het klaagschrift wordt ondertekend en bevat ten minste:',
      'a. de naam en het adres van de indiener;',
      'b. een omschrijving van de gedraging waartegen de klacht is gericht;',
      'Het klaagschrift wordt bij voorkeur gericht aan de directeur.',
    ]);
    // Member 2 of Artikel 4 follows its lettered items at their level, not under item b.
    const last = allClauses(policy).find(({ clause }) => clause.text.startsWith('Het klaagschrift wordt bij'));
    const first = allClauses(policy).find(({ clause }) => clause.text.startsWith('Het klaagschrift wordt onder'));
    expect(last?.clause.depth).toBe(first?.clause.depth);
    expect(result.output).toMatch(/^2\. .*De directeur is niet verplicht de klacht te behandelen indien het belang/mu);
    expect(result.accounting.missing).toEqual([]);
  });
});
