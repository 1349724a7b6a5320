// A school's Word file exported to PDF by LibreOffice, its cover set in large type ("Klachtenregeling", "Basisschool
// De Regenboog", "Versie 2.0", "Vastgesteld op 12 maart 2024") and "Artikel 1" right under it, imported with the
// CLI as a user imports it (tests/fixtures/import/layouts: make-docx.py, make-pdf.sh; the policies they must import to
// are in expected.yaml). The cover is read as the cover whether or not a page break follows it: the same policy, the
// same word account, no cover line reported as a heading, the adoption's line never an approval.
import { describe, expect, it } from 'vitest';
import { layoutImporter } from '../support/layout-import.js';

const imported = layoutImporter('clausemark-pdf-cover-');

const ACCOUNT =
  '52 of 69 source words kept in the policy, 6 kept as its numbering, 11 left out and listed in the report ' +
  '(moved into the frontmatter (organisation): 1 line; moved into the frontmatter (version): 1 line; cover page: 1 line), 0 lost';

describe('a PDF whose cover is not on a page of its own', () => {
  it('imports as the same document with a page break after its cover does', async () => {
    const [alone, shared] = await Promise.all([imported('cover-page-break.pdf'), imported('cover-no-break.pdf')]);
    expect(shared.markdown).toBe(alone.markdown);
    for (const { said } of [alone, shared]) expect(said).toContain(ACCOUNT);
  }, 120_000);

  it('reports no cover line as a heading, lists each as left out, and records no approval', async () => {
    const { markdown, said } = await imported('cover-no-break.pdf');
    expect(said).not.toMatch(/import-heading/u);
    expect(said).toMatch(/page 1, line 2: left out of the text \(moved into the frontmatter \(organisation\)/u);
    expect(said).toMatch(/page 1, line 3: left out of the text \(moved into the frontmatter \(version\)/u);
    // "Vastgesteld op 12 maart 2024" names no adopting body: nothing read from it, and the report says so.
    expect(said).toMatch(/page 1, line 4: the cover has a line about the adoption that was not read.*import-history/u);
    expect(markdown).toMatch(/^status: draft$/mu);
    expect(markdown).not.toMatch(/^approvals:|# history/mu);
    expect(markdown).not.toMatch(/Regenboog \{#|Versie 2\.0|Vastgesteld/u);
  }, 120_000);
});
