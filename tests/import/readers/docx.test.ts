// A school's own Word document (not one clausemark built), made in the test with the `docx` package and read back
// by import: its endnotes are notes of the policy and counted in the word account (their text was dropped while the
// report said "0 lost"), and a paragraph mark deleted as a tracked change joins its paragraph to the next one when
// the changes are accepted, as Word and pandoc do (it was counted as accepted and not applied), as a deleted table
// row goes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { editParts } from '../../support/word.js';
import { importDocument } from '../../../src/import/index.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { toString as plainText } from 'mdast-util-to-string';
import { wordFinding } from '../../../src/wording/messages.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-docx-reader-'));

/** The document's body paragraphs after a Title and a Heading 1, with its notes, as a .docx file. */
async function docxFile(
  name: string,
  body: (Paragraph | Table)[],
  notes: { footnotes?: Record<string, string>; endnotes?: Record<string, string> } = {},
  edit: (xml: string) => string = (xml) => xml,
): Promise<string> {
  const asNotes = (texts: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, { children: [new Paragraph(text)] }]));
  const document = new Document({
    footnotes: asNotes(notes.footnotes),
    endnotes: asNotes(notes.endnotes),
    sections: [
      {
        children: [
          new Paragraph({ text: 'Leerlingenstatuut', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Plichten', heading: HeadingLevel.HEADING_1 }),
          ...body,
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  const file = join(folder, name);
  writeFileSync(
    file,
    editParts(bytes, (part, xml) => (part === 'word/document.xml' ? edit(xml) : xml)),
  );
  return file;
}

/** The clauses' text and the policy's notes by label, as the written policy holds them. */
function written(output: string) {
  const { policy } = parsePolicy(output);
  return {
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    notes: Object.values(policy.footnotes).map((note) => plainText(note).trim()),
  };
}

describe('the notes of a Word document', () => {
  it('keeps an endnote as a note of the policy beside a footnote of the same id, and counts its words', async () => {
    const file = await docxFile(
      'endnote.docx',
      [
        new Paragraph({
          children: [
            new TextRun('De leerling houdt zich aan de schoolregels.'),
            new EndnoteReferenceRun(1),
            new TextRun(' Dit geldt ook buiten de school.'),
            new FootnoteReferenceRun(1),
          ],
        }),
      ],
      { footnotes: { 1: 'Ook tijdens excursies.' }, endnotes: { 1: 'De schoolregels staan in de schoolgids.' } },
    );
    const result = await importDocument(file, { org: 'school', dryRun: true });
    const policy = written(result.output);
    expect(policy.notes.sort()).toEqual(['De schoolregels staan in de schoolgids.', 'Ook tijdens excursies.']);
    // Both references stand where the document has them, each citing its own note.
    expect(result.output).toMatch(/schoolregels\.\[\^(\w+)\] Dit geldt ook buiten de school\.\[\^(?!\1)\w+\]/u);
    // 15 words of the title, heading and clause, 3 of the footnote, 6 of the endnote: all in the policy.
    expect(result.accounting).toMatchObject({ total: 24, kept: 24, missing: [] });
  });
});

describe('a tracked change in a note', () => {
  it("is counted with the body's: refused undecided, and taken or left as decided", async () => {
    const document = new Document({
      footnotes: {
        1: {
          children: [
            new Paragraph({
              children: [
                new TextRun('Zie de schoolgids'),
                new InsertedTextRun({
                  text: ' van dit jaar',
                  id: 5,
                  author: 'Secretaris',
                  date: '2024-05-01T10:00:00Z',
                }),
                new TextRun('.'),
              ],
            }),
          ],
        },
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Leerlingenstatuut', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Plichten', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [new TextRun('De leerling houdt zich aan de schoolregels.'), new FootnoteReferenceRun(1)],
            }),
          ],
        },
      ],
    });
    const file = join(folder, 'note-change.docx');
    writeFileSync(file, await Packer.toBuffer(document));
    await expect(importDocument(file, { org: 'school', dryRun: true, changes: 'refuse' })).rejects.toThrow(
      'the document has 1 tracked change (1 insertion, 0 deletions)',
    );
    const rejected = await importDocument(file, { org: 'school', dryRun: true, changes: 'reject' });
    expect(written(rejected.output).notes).toEqual(['Zie de schoolgids.']);
    const accepted = await importDocument(file, { org: 'school', dryRun: true, changes: 'accept' });
    expect(written(accepted.output).notes).toEqual(['Zie de schoolgids van dit jaar.']);
  });
});

describe('tracked changes in a Word document clausemark did not build, taken as Word takes them', () => {
  const author = 'w:author="Ellen Bakker" w:date="2024-02-01T10:00:00Z"';
  /** "Wij spreken …" with its paragraph mark deleted as a tracked change. */
  const joined = () =>
    docxFile(
      'deleted-mark.docx',
      [
        // Its author typed a space after the sentence; Word joins the paragraphs' text as it stands.
        new Paragraph('Wij spreken elkaar aan op gedrag. '),
        new Paragraph('Dat doen we altijd op een rustige toon.'),
        new Paragraph('Wij gebruiken geen geweld.'),
      ],
      {},
      (xml) => {
        const at = xml.indexOf('<w:p>', xml.indexOf('Plichten'));
        const marked = `<w:p><w:pPr><w:rPr><w:del w:id="30" ${author}/></w:rPr></w:pPr>`;
        expect(xml.slice(at, xml.indexOf('</w:p>', at))).toContain('Wij spreken');
        return `${xml.slice(0, at)}${marked}${xml.slice(at + '<w:p>'.length)}`;
      },
    );

  it('joins the two paragraphs when the changes are accepted, as Word does', async () => {
    const result = await importDocument(await joined(), { org: 'school', dryRun: true, changes: 'accept' });
    expect(written(result.output).clauses).toEqual([
      'Wij spreken elkaar aan op gedrag. Dat doen we altijd op een rustige toon.',
      'Wij gebruiken geen geweld.',
    ]);
    expect(result.findings.map((finding) => wordFinding(finding).message)).toContain(
      '1 tracked change accepted (--accept-changes)',
    );
    expect(result.accounting.missing).toEqual([]);
  });

  it('leaves out a table row deleted as a tracked change when the changes are accepted, and keeps it when rejected', async () => {
    const file = await docxFile(
      'deleted-row.docx',
      [
        new Paragraph('De school bewaart deze gegevens.'),
        new Table({
          rows: [
            ['Gegeven', 'Termijn'],
            ['Naam', 'Twee jaar'],
            ['Foto', 'Vijf jaar'],
          ].map(
            (cells) =>
              new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
          ),
        }),
      ],
      {},
      (xml) => {
        const row = xml.lastIndexOf('<w:tr>', xml.indexOf('Foto'));
        return `${xml.slice(0, row)}<w:tr><w:trPr><w:del w:id="31" ${author}/></w:trPr>${xml.slice(row + '<w:tr>'.length)}`;
      },
    );
    const accepted = await importDocument(file, { org: 'school', dryRun: true, changes: 'accept' });
    const rejected = await importDocument(file, { org: 'school', dryRun: true, changes: 'reject' });
    expect(accepted.output).toContain('Twee jaar');
    expect(accepted.output).not.toContain('Foto');
    expect(rejected.output).toMatch(/\| Foto +\| Vijf jaar +\|/u);
    expect(accepted.accounting.missing).toEqual([]);
  });

  it('keeps them apart when the changes are rejected', async () => {
    const result = await importDocument(await joined(), { org: 'school', dryRun: true, changes: 'reject' });
    expect(written(result.output).clauses).toEqual([
      'Wij spreken elkaar aan op gedrag.',
      'Dat doen we altijd op een rustige toon.',
      'Wij gebruiken geen geweld.',
    ]);
  });
});
