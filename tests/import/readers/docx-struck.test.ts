// Text a Word document formats as struck through (w:strike, w:dstrike on a run: manual redlining, not a tracked
// change) is no part of the policy: import leaves it out and lists it in its report with why, the runs of one struck
// passage as one text, and joins the words around it with one space (none before the punctuation that follows it).
// A paragraph wholly struck is no clause.
import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxFile, expectAccounted, expectListedWithCopyFix, importedStruck } from './struck-support.js';

describe('struck-through text in a Word document', () => {
  it('is left out of the policy and listed in the report with why, the words around it joined', async () => {
    const file = await docxFile('docx-struck', [
      new Paragraph({
        children: [
          new TextRun('De commissie beslist binnen '),
          new TextRun({ text: 'veertien', strike: true }),
          new TextRun('tien weken.'),
        ],
      }),
      new Paragraph({
        children: [new TextRun({ text: 'Een klacht kan ook mondeling worden ingediend.', strike: true })],
      }),
      new Paragraph({
        children: [
          new TextRun('De klager krijgt '),
          new TextRun({ text: 'binnen een week', doubleStrike: true }),
          new TextRun(' een ontvangstbevestiging.'),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun('Het bestuur '),
          new TextRun({ text: 'of de ', strike: true }),
          new TextRun({ text: 'directeur', strike: true, bold: true }),
          new TextRun(' beslist.'),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun('De klacht gaat naar de commissie '),
          new TextRun({ text: 'of het bestuur', strike: true }),
          new TextRun('.'),
        ],
      }),
    ]);
    const result = await importedStruck(file);
    expect(result.clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'Het bestuur beslist.',
      'De klacht gaat naar de commissie.',
    ]);
    expect(result.body).not.toMatch(/ {2}|veertien|mondeling|directeur/u);
    expect(result.dropped).toEqual([
      ['veertien', 'struck through in the source'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of de directeur', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
    ]);
    expectListedWithCopyFix(result);
    expectAccounted(result, 1 + 7 + 3 + 3 + 3);
  });
});
