// Cover lines a reader took for headings (src/import/cover-headings.ts), in Word documents made with python-docx and
// their PDFs as LibreOffice exports them (tests/fixtures/import/layouts: make-docx.py, make-pdf.sh), imported with the
// CLI as a user imports them: a slogan under the cover's last field is a line of the cover, left out and listed, never
// a section; chapters that divide the articles keep the first chapter's heading; the school's name set larger than
// the title right above "Artikel 1" is the organisation, not a chapter over the articles. The word account adds up
// with nothing lost in each.
import { describe, expect, it } from 'vitest';
import { layoutImporter, sectionHeadings } from '../support/layout-import.js';

const imported = layoutImporter('clausemark-cover-lines-');

const ARTICLES = ['Begripsbepalingen', 'Indienen van een klacht', 'Behandeling'];

describe('a slogan under the cover (item 2)', () => {
  const ACCOUNT =
    '52 of 68 source words kept in the policy, 6 kept as its numbering, 10 left out and listed in the report ' +
    '(moved into the frontmatter (organisation): 1 line; moved into the frontmatter (version): 1 line; cover page: 1 line), 0 lost';

  it.each(['cover-slogan.docx', 'cover-slogan.pdf'])(
    '%s: is left out as a cover line and listed',
    async (file) => {
      const { markdown, said } = await imported(file);
      expect(sectionHeadings(markdown)).toEqual(ARTICLES);
      expect(markdown).not.toMatch(/Samen leren/u);
      expect(said).toMatch(/line 4: "Samen leren, samen groeien" stands on the cover.*import-dropped/u);
      expect(said).not.toMatch(/import-heading/u);
      expect(said).toContain(ACCOUNT);
    },
    120_000,
  );

  it('keeps the first chapter\'s heading where chapters divide the articles ("Algemene bepalingen", "Klachtenprocedure")', async () => {
    const { markdown, said } = await imported('cover-chapters.pdf');
    expect(sectionHeadings(markdown)).toEqual([
      'Algemene bepalingen',
      'Doel',
      'Begrippen',
      'Klachtenprocedure',
      'Indienen',
    ]);
    expect(said).toMatch(/, 0 lost\)/u);
    expect(said).not.toMatch(/cover page/u);
  }, 120_000);
});

describe("the school's name set larger than the title, right above Artikel 1 (item 4)", () => {
  const ACCOUNT =
    '52 of 61 source words kept in the policy, 6 kept as its numbering, 3 left out and listed in the report ' +
    '(moved into the frontmatter (organisation): 1 line), 0 lost';

  it.each(['cover-organisation-large.docx', 'cover-organisation-large.pdf'])(
    '%s: is the organisation, not a chapter over the articles',
    async (file) => {
      const { markdown, said } = await imported(file);
      expect(markdown).toMatch(/^organisation: Basisschool De Regenboog$/mu);
      expect(markdown).toMatch(/^title: Klachtenregeling$/mu);
      expect(markdown.match(/^# /gmu)).toHaveLength(1);
      expect(sectionHeadings(markdown)).toEqual(ARTICLES);
      // Each article prints the number the source typed: no "typed number the policy prints otherwise".
      expect(markdown).toMatch(/^ {2}sections: Artikel %1$/mu);
      expect(said).toContain(ACCOUNT);
    },
    120_000,
  );
});
