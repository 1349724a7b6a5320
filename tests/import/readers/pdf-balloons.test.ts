// A PDF as Word prints or saves a document with its markup shown in balloons (pdf-balloons.ts): the text set narrower
// and a pane of balloons right of it, "Commented [JJ1]: …" on the baseline of a line of the text and "Deleted: tien
// weken" beside the line it was deleted from. Made here with pdfkit, as Word lays it out; LibreOffice 7.4, which the
// other markup fixtures are made with, cannot print comments in the margin. Before, each balloon's words ran into the
// line beside it ("… binnen vijf werkdagen. Commented [JJ1]: Graag …") and were published as policy text.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { expectAccounted, importedStruck, sourceFile } from './struck-support.js';

/**
 * A page of the klachtenregeling with Word's balloon pane right of its text; `reach` widens its last line into it,
 * `unlabelled` sets a comment there as another program prints it: its author and date over its text, no label.
 */
async function markupPdf({ reach = false, unlabelled = false } = {}): Promise<Uint8Array> {
  const document = new PDFDocument({ size: 'LETTER', margin: 0 });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => document.on('end', () => resolve()));
  const line = (text: string, x: number, y: number, size: number): void => {
    document.fontSize(size).text(text, x, y, { lineBreak: false });
  };
  line('Klachtenregeling OBS De Regenboog', 54, 60, 16);
  line('Artikel 1 Behandeling', 54, 100, 12);
  line('De klachtencommissie bevestigt de ontvangst van de klacht', 54, 120, 9);
  line('schriftelijk binnen vijf werkdagen.', 54, 131, 9);
  line(unlabelled ? 'Jan Jansen 12-01-2026' : 'Commented [JJ1]: Graag tien werkdagen van maken,', 420, 120, 7);
  line(unlabelled ? 'Graag tien werkdagen van maken.' : 'dat haalt de commissie nooit.', 420, 129, 7);
  line('De klachtencommissie handelt de klacht zo spoedig mogelijk', 54, 150, 9);
  line('af, doch uiterlijk binnen zes weken.', 54, 161, 9);
  if (!unlabelled) line('Deleted: tien weken', 420, 161, 7);
  line('Artikel 2 Slotbepalingen', 54, 190, 12);
  line(
    reach
      ? 'Deze regeling wordt geëvalueerd binnen twee jaar na de inwerkingtreding door het bevoegd gezag van de school.'
      : 'Deze regeling wordt geëvalueerd binnen twee jaar.',
    54,
    210,
    9,
  );
  document.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe("a PDF printed with Word's markup in balloons", () => {
  it('leaves out each balloon, a comment as a comment and a deletion as deleted, and loses no word', async () => {
    const imported = await importedStruck(sourceFile('pdf-balloons', 'pdf', await markupPdf()));
    expect(imported.clauses).toEqual([
      'De klachtencommissie bevestigt de ontvangst van de klacht schriftelijk binnen vijf werkdagen.',
      'De klachtencommissie handelt de klacht zo spoedig mogelijk af, doch uiterlijk binnen zes weken.',
      'Deze regeling wordt geëvalueerd binnen twee jaar.',
    ]);
    expect(imported.dropped).toEqual([
      [
        'Commented [JJ1]: Graag tien werkdagen van maken, dat haalt de commissie nooit.',
        expect.stringMatching(/^a comment \(a reviewer's note/u),
      ],
      ['Deleted: tien weken', "deleted text shown in a balloon in the margin (Word's markup), not policy text"],
    ]);
    expectAccounted(imported, 15);
  });

  it('reports the page, and cuts nothing, where a line of the text reaches into the balloons', async () => {
    const file = sourceFile('pdf-balloons-reach', 'pdf', await markupPdf({ reach: true }));
    const result = await importDocument(file, { org: 'linde', dryRun: true, lang: 'en' });
    expect(result.findings.filter((finding) => finding.messageId === 'import-markup.balloons-unread')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ page: 1 }) }),
    ]);
  });

  it('reports small print in the right margin with no label, which may be comments, and reads it as text', async () => {
    const file = sourceFile('pdf-balloons-unlabelled', 'pdf', await markupPdf({ unlabelled: true }));
    const result = await importDocument(file, { org: 'linde', dryRun: true, lang: 'en' });
    expect(result.findings.filter((finding) => finding.messageId === 'import-markup.margin-text')).toEqual([
      expect.objectContaining({
        params: { page: 1, text: 'Jan Jansen 12-01-2026 Graag tien werkdagen van maken.' },
      }),
    ]);
  });
});
