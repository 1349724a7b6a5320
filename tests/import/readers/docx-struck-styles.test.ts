// Text a Word document strikes through by a character style (a run's w:rStyle naming a style whose w:rPr sets
// w:strike or w:dstrike, itself or through the style it is based on) is struck as text struck directly is: left out
// of the policy and listed in the report with why. A run that sets the strike off itself is read as text.
import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxFile, expectAccounted, importedStruck } from './struck-support.js';

// Character styles that strike (directly, through the style a style is based on, or doubly) and one that does not.
const styles = {
  characterStyles: [
    { id: 'Doorgehaald', name: 'Doorgehaald', run: { strike: true, color: 'C00000' } },
    { id: 'Geschrapt', name: 'Geschrapt', basedOn: 'Doorgehaald', run: { italics: true } },
    { id: 'DubbelDoorgehaald', name: 'Dubbel doorgehaald', run: { doubleStrike: true } },
    { id: 'Nadruk', name: 'Nadruk', run: { bold: true } },
  ],
};

describe('text struck through by a character style in a Word document', () => {
  it('is left out of the policy and listed in the report with why, as text struck directly is', async () => {
    const file = await docxFile(
      'docx-struck-styles',
      [
        new Paragraph({
          children: [
            new TextRun('De commissie beslist binnen '),
            new TextRun({ text: 'veertien', style: 'Doorgehaald' }),
            new TextRun('tien weken.'),
          ],
        }),
        new Paragraph({
          children: [new TextRun({ text: 'Een klacht kan ook mondeling worden ingediend.', style: 'Geschrapt' })],
        }),
        new Paragraph({
          children: [
            new TextRun('De klager krijgt '),
            new TextRun({ text: 'binnen een week', style: 'DubbelDoorgehaald' }),
            new TextRun(' een ontvangstbevestiging.'),
          ],
        }),
        new Paragraph({
          children: [
            new TextRun('De klacht gaat naar de '),
            new TextRun({ text: 'commissie', style: 'Nadruk' }),
            new TextRun(' '),
            new TextRun({ text: 'en', style: 'Doorgehaald', strike: false }),
            new TextRun({ text: ' of het bestuur', style: 'Doorgehaald' }),
            new TextRun('.'),
          ],
        }),
      ],
      styles,
    );
    const result = await importedStruck(file);
    expect(result.clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'De klacht gaat naar de commissie en.',
    ]);
    expect(result.body).not.toMatch(/ {2}|veertien|mondeling|week|bestuur/u);
    expect(result.dropped).toEqual([
      ['veertien', 'struck through in the source'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
    ]);
    expectAccounted(result, 1 + 7 + 3 + 3);
  });
});
