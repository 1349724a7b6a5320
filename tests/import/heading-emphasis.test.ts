// A heading set bold or italic as a whole in Word is a heading in Word's look: the policy's heading is plain, with
// all its words and the same ID; emphasis over part of a heading is the author's and stays. Real .docx files, made
// with the `docx` package and read back by import.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { plainHeading } from '../../src/import/heading-emphasis.js';
import { importDocument } from '../../src/import/index.js';
import { allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-heading-emphasis-'));

async function docx(name: string, body: Paragraph[], footnotes: Record<string, string> = {}): Promise<string> {
  const document = new Document({
    footnotes: Object.fromEntries(
      Object.entries(footnotes).map(([id, text]) => [id, { children: [new Paragraph(text)] }]),
    ),
    sections: [{ children: [new Paragraph({ text: 'Klachtenregeling', heading: HeadingLevel.TITLE }), ...body] }],
  });
  const file = join(folder, name);
  writeFileSync(file, new Uint8Array(await Packer.toBuffer(document)));
  return file;
}

const bold = (text: string, more: { italics?: boolean } = {}) => new TextRun({ text, bold: true, ...more });

/** The section headings as written (Markdown lines) and the sections' IDs and titles as the policy reads them. */
function headings(output: string) {
  const { policy } = parsePolicy(output);
  return {
    lines: output.split('\n').filter((line) => line.startsWith('## ')),
    sections: allSections(policy).flatMap((section) =>
      section === policy.preamble ? [] : [[section.id, section.title]],
    ),
  };
}

describe('a heading typed bold in Word', () => {
  it('is plain in the policy, in a Heading style or as a bold line, with its ID and every word kept', async () => {
    const file = await docx('bold-headings.docx', [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [bold('Artikel 1 Begrippen')] }),
      new Paragraph('Een klager is degene die een klacht indient.'),
      new Paragraph({ children: [bold('Artikel 2 Indienen')] }),
      new Paragraph('Een klacht wordt schriftelijk ingediend.'),
      // Word splits a heading into runs at every edit; the space between them need not be bold.
      new Paragraph({ children: [bold('Artikel 3'), new TextRun(' '), bold('Klachtencommissie')] }),
      new Paragraph('De commissie bestaat uit drie leden.'),
    ]);
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.output).not.toContain('**');
    expect(headings(result.output)).toEqual({
      lines: ['## Begrippen {#begrippen}', '## Indienen {#indienen}', '## Klachtencommissie {#klachtencommissie}'],
      sections: [
        ['begrippen', 'Begrippen'],
        ['indienen', 'Indienen'],
        ['klachtencommissie', 'Klachtencommissie'],
      ],
    });
    expect(result.accounting).toMatchObject({ missing: [], recall: 1 });
    expect(result.accounting.kept + result.accounting.numbering).toBe(result.accounting.total);
  });

  it('keeps emphasis over part of a heading, and a footnote reference in it', async () => {
    const file = await docx(
      'part-bold.docx',
      [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [bold('Artikel 1 Begrippen')] }),
        new Paragraph('Een klager is degene die een klacht indient.'),
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          children: [bold('Slotbepaling'), new TextRun(' en citeertitel'), new FootnoteReferenceRun(1)],
        }),
        new Paragraph('Deze regeling heet de klachtenregeling.'),
      ],
      { 1: 'Vastgesteld in 2024.' },
    );
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(headings(result.output).lines).toEqual([
      '## Begrippen {#begrippen}',
      '## **Slotbepaling** en citeertitel[^1] {#slotbepaling-en-citeertitel .unnumbered}',
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('plainHeading', () => {
  it('leaves out bold and italic each where it covers every word, and keeps links', () => {
    expect(
      plainHeading([
        { text: 'Zie ', bold: true, italic: true },
        { text: '', footnote: '2' },
        { text: ' ' },
        { text: 'de wet', bold: true, link: 'https://wetten.overheid.nl' },
      ]),
    ).toEqual([
      { text: 'Zie ', italic: true },
      { text: '', footnote: '2' },
      { text: ' ' },
      { text: 'de wet', link: 'https://wetten.overheid.nl' },
    ]);
  });

  it('keeps a heading with no words as it is', () => {
    expect(plainHeading([{ text: ' ', bold: true }])).toEqual([{ text: ' ', bold: true }]);
  });
});
