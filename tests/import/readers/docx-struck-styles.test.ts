// Text a Word document strikes through by a character style (a run's w:rStyle naming a style whose w:rPr sets
// w:strike or w:dstrike, itself or through the style it is based on) is struck as text struck directly is: left out
// of the policy and listed in the report with why. A run that sets the strike off itself is read as text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';

async function docxFile(body: Paragraph[]): Promise<string> {
  const document = new Document({
    styles: {
      characterStyles: [
        { id: 'Doorgehaald', name: 'Doorgehaald', run: { strike: true, color: 'C00000' } },
        { id: 'Geschrapt', name: 'Geschrapt', basedOn: 'Doorgehaald', run: { italics: true } },
        { id: 'DubbelDoorgehaald', name: 'Dubbel doorgehaald', run: { doubleStrike: true } },
        { id: 'Nadruk', name: 'Nadruk', run: { bold: true } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Klachtenregeling De Linde', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Termijn', heading: HeadingLevel.HEADING_1 }),
          ...body,
        ],
      },
    ],
  });
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-import-docx-struck-styles-')), 'klachtenregeling.docx');
  writeFileSync(file, new Uint8Array(await Packer.toBuffer(document)));
  return file;
}

describe('text struck through by a character style in a Word document', () => {
  it('is left out of the policy and listed in the report with why, as text struck directly is', async () => {
    const file = await docxFile([
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
    ]);
    const result = await importDocument(file, { org: 'linde', dryRun: true, lang: 'en' });
    const clauses = allClauses(parsePolicy(result.output).policy).map(({ clause }) => clause.text);
    expect(clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'De klacht gaat naar de commissie en.',
    ]);
    expect(result.output.split('\n---\n')[1]).not.toMatch(/ {2}|veertien|mondeling|week|bestuur/u);
    expect(result.dropped.map(({ text, reason }) => [text, reason])).toEqual([
      ['veertien', 'struck through in the source'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
    ]);
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.listed).toBe(1 + 7 + 3 + 3);
  });
});
