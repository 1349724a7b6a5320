// A heading that held nothing but the line closing the document ("Artikel 4 Slotbepaling" over "Aldus vastgesteld
// door het bestuur op 12 maart 2024 te Utrecht.", src/import/closing-line.ts), in Word documents made with
// python-docx and their PDF as LibreOffice exports it (tests/fixtures/import/layouts: make-docx.py, make-pdf.sh),
// imported with the CLI: the heading is left out with the line and listed, never published as an empty section, and
// its words are counted as left out; the signature under the line is the back cover's.
import { describe, expect, it } from 'vitest';
import { layoutImporter, sectionHeadings } from '../support/layout-import.js';

const imported = layoutImporter('clausemark-closing-heading-');

const HISTORY = /^# {3}Aldus vastgesteld door het bestuur op 12 maart 2024 te Utrecht\.$/mu;

describe('a heading over nothing but the closing line (item 1)', () => {
  it.each([
    ['closing-heading.docx', 'back cover: 2 lines'],
    ['closing-heading.pdf', 'back cover: 1 line'],
  ])(
    '%s: is left out with it and listed, its words counted as left out',
    async (file, backCover) => {
      const { markdown, said } = await imported(file);
      expect(sectionHeadings(markdown)).toEqual(['Doel', 'Indienen', 'Inwerkingtreding']);
      // The body, under the frontmatter (whose history note quotes the line).
      expect(markdown.split(/^---$/mu)[2]).not.toMatch(/Slotbepaling|Aldus|Vries|voorzitter/u);
      expect(markdown).toMatch(HISTORY);
      expect(markdown).toMatch(/^status: draft$/mu);
      expect(said).toMatch(
        /line 8: left out of the text \(heading over nothing but the closing line stating the adoption, 1 line\): "Artikel 4 Slotbepaling"/u,
      );
      expect(said).toContain(
        '30 of 54 source words kept in the policy, 6 kept as its numbering, 18 left out and listed in the report ' +
          '(heading over nothing but the closing line stating the adoption: 1 line; closing line stating the adoption, ' +
          `kept as history in the frontmatter: 1 line; ${backCover}), 0 lost`,
      );
    },
    120_000,
  );

  it('leaves out the chapter that held only that article, and keeps the chapter before it', async () => {
    const { markdown, said } = await imported('closing-chapter.docx');
    expect(sectionHeadings(markdown)).toEqual(['Algemene bepalingen', 'Doel']);
    expect(said).toMatch(/"Slotbepalingen \/ Vaststelling"/u);
    expect(said).toContain(
      '13 of 28 source words kept in the policy, 0 kept as its numbering, 15 left out and listed in the report ' +
        '(heading over nothing but the closing line stating the adoption: 2 lines; closing line stating the adoption, ' +
        'kept as history in the frontmatter: 1 line), 0 lost',
    );
  }, 120_000);
});
