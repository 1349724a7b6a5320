// Text a Word document formats as struck through (w:strike, w:dstrike on a run: manual redlining, not a tracked
// change) is no part of the policy: import leaves it out and lists it in its report with why, the runs of one struck
// passage as one text, and joins the words around it with one space (none before the punctuation that follows it).
// A paragraph wholly struck is no clause.
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
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-import-docx-struck-')), 'klachtenregeling.docx');
  writeFileSync(file, new Uint8Array(await Packer.toBuffer(document)));
  return file;
}

describe('struck-through text in a Word document', () => {
  it('is left out of the policy and listed in the report with why, the words around it joined', async () => {
    const file = await docxFile([
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
    const result = await importDocument(file, { org: 'linde', dryRun: true, lang: 'en' });
    const clauses = allClauses(parsePolicy(result.output).policy).map(({ clause }) => clause.text);
    expect(clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'Het bestuur beslist.',
      'De klacht gaat naar de commissie.',
    ]);
    expect(result.output.split('\n---\n')[1]).not.toMatch(/ {2}|veertien|mondeling|directeur/u);
    expect(result.dropped.map(({ text, reason }) => [text, reason])).toEqual([
      ['veertien', 'struck through in the source'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of de directeur', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
    ]);
    const listed = result.findings.filter((finding) => finding.messageId === 'import-dropped.left-out');
    // Each listed, runs of one reason as one finding, with the fix to copy it in by hand if it belongs in the policy.
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed.map((finding) => finding.fixId))).toEqual(new Set(['import-dropped.copy-text-in']));
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.listed).toBe(1 + 7 + 3 + 3 + 3);
  });
});
