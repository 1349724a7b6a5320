// Where a Word document's cover ends and its back cover starts (src/import/meta.ts), on documents made in the test
// with the `docx` package and read back: real policy text is never left out as "cover page" or "back cover" (a first
// section whose sentence ends in a footnote mark, a chapter heading over an article heading, the contact details of
// the last article), and a footnote is never written without the text that cites it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { editParts } from '../support/word.js';
import { importDocument } from '../../src/import/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-meta-'));

type DocumentOptions = ConstructorParameters<typeof Document>[0];

/** A .docx of `children`, its document.xml changed by `patch` where Word writes what the `docx` package cannot. */
async function docxOf(
  name: string,
  children: Paragraph[],
  options: Omit<DocumentOptions, 'sections'> = {},
  patch: (xml: string) => string = (xml) => xml,
): Promise<string> {
  const bytes = new Uint8Array(await Packer.toBuffer(new Document({ ...options, sections: [{ children }] })));
  const file = join(folder, name);
  writeFileSync(
    file,
    editParts(bytes, (part, xml) => (part === 'word/document.xml' ? patch(xml) : xml)),
  );
  return file;
}

const text = (value: string): Paragraph => new Paragraph({ children: [new TextRun(value)] });
const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ text: value, heading: level });

async function imported(file: string) {
  const result = await importDocument(file, { org: 'school', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    result,
    sections: allSections(policy)
      .filter((section) => section.depth === 2)
      .map((section) => section.title),
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    leftOut: (reason: string) => result.dropped.filter((dropped) => dropped.reason === reason).map((d) => d.text),
  };
}

/** Each footnote label the policy defines, and each it cites. */
function footnotes(output: string): { defined: string[]; cited: string[] } {
  const defined = [...output.matchAll(/^\[\^([^\]]+)\]:/gmu)].map((match) => match[1] as string);
  const cited = [...output.matchAll(/\[\^([^\]]+)\](?!:)/gu)].map((match) => match[1] as string);
  return { defined, cited };
}

describe('the cover ends at the first text of the policy', () => {
  it('keeps a first section whose sentence ends in a footnote with a mark of its own ("leerkracht.*")', async () => {
    const file = await docxOf(
      'custom-mark.docx',
      [
        heading('Verzuimprotocol', HeadingLevel.TITLE),
        heading('Wettelijk kader', HeadingLevel.HEADING_1),
        new Paragraph({
          children: [
            new TextRun('Ouders melden verzuim voor half negen bij de leerkracht.'),
            new FootnoteReferenceRun(1),
          ],
        }),
        heading('Afspraken', HeadingLevel.HEADING_1),
        text('De leerkracht registreert het verzuim dezelfde dag.'),
      ],
      { footnotes: { 1: { children: [text('* Telefonisch of via de ouderapp.')] } } },
      // Word's custom footnote mark: the reference shows "*", the text after it in its run, instead of a number.
      (xml) =>
        xml.replace(
          /<w:footnoteReference w:id="1"\/>/u,
          '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t>',
        ),
    );
    const { result, sections, clauses, leftOut } = await imported(file);
    expect(sections).toEqual(['Wettelijk kader', 'Afspraken']);
    expect(clauses[0]).toMatch(/^Ouders melden verzuim voor half negen bij de leerkracht\./u);
    expect(leftOut('cover page')).toEqual([]);
    const notes = footnotes(result.output);
    expect(notes.defined).toHaveLength(1);
    expect(notes.cited).toEqual(notes.defined);
    expect(result.accounting.missing).toEqual([]);
  });

  it('leaves out the footnote of a cover line with it: no definition is written that nothing cites', async () => {
    const file = await docxOf(
      'cover-note.docx',
      [
        heading('Verzuimprotocol', HeadingLevel.TITLE),
        new Paragraph({ children: [new TextRun('Schooljaar 2024-2025'), new FootnoteReferenceRun(1)] }),
        heading('Afspraken', HeadingLevel.HEADING_1),
        text('De leerkracht registreert het verzuim dezelfde dag.'),
      ],
      { footnotes: { 1: { children: [text('Herzien in juni')] } } },
    );
    const { result, leftOut } = await imported(file);
    expect(leftOut('cover page')).toEqual(['Schooljaar 2024-2025']);
    expect(leftOut('footnote of text left out')).toEqual(['Herzien in juni']);
    expect(footnotes(result.output)).toEqual({ defined: [], cited: [] });
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.kept + result.accounting.listed).toBe(result.accounting.total);
  });

  it('starts the body at a chapter heading over an article heading over a sentence (Kop 1, Kop 2)', async () => {
    const file = await docxOf('chapters.docx', [
      heading('Reglement klachtencommissie', HeadingLevel.TITLE),
      heading('Algemene bepalingen', HeadingLevel.HEADING_1),
      heading('Begripsbepalingen', HeadingLevel.HEADING_2),
      text('Commissie: de klachtencommissie van de stichting.'),
      heading('De behandeling', HeadingLevel.HEADING_1),
      heading('Indiening', HeadingLevel.HEADING_2),
      text('Een klacht wordt schriftelijk ingediend.'),
    ]);
    const { result, sections, leftOut } = await imported(file);
    expect(sections).toEqual(['Algemene bepalingen', 'De behandeling']);
    expect(leftOut('cover page')).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('starts the body at a chapter heading Word numbers ("Hoofdstuk %1" over "Artikel %2"), printed as Word shows it', async () => {
    const level = (index: number, text: string) => ({
      level: index,
      format: LevelFormat.DECIMAL,
      text,
      alignment: AlignmentType.START,
    });
    const numbered = (value: string, headingLevel: (typeof HeadingLevel)[keyof typeof HeadingLevel], depth: number) =>
      new Paragraph({ text: value, heading: headingLevel, numbering: { reference: 'reglement', level: depth } });
    const file = await docxOf(
      'numbered-chapters.docx',
      [
        heading('Reglement klachtencommissie', HeadingLevel.TITLE),
        numbered('Algemene bepalingen', HeadingLevel.HEADING_1, 0),
        numbered('Begripsbepalingen', HeadingLevel.HEADING_2, 1),
        new Paragraph({
          children: [new TextRun('Commissie: de klachtencommissie van de stichting.')],
          numbering: { reference: 'reglement', level: 2 },
        }),
        numbered('De behandeling', HeadingLevel.HEADING_1, 0),
        numbered('Indiening', HeadingLevel.HEADING_2, 1),
        new Paragraph({
          children: [new TextRun('Een klacht wordt schriftelijk ingediend.')],
          numbering: { reference: 'reglement', level: 2 },
        }),
      ],
      {
        numbering: {
          config: [
            { reference: 'reglement', levels: [level(0, 'Hoofdstuk %1'), level(1, 'Artikel %2'), level(2, '%3.')] },
          ],
        },
      },
    );
    const { result, leftOut } = await imported(file);
    const { policy } = parsePolicy(result.output);
    const chapters = allSections(policy).filter((section) => section.depth === 2);
    expect(chapters.map((section) => [section.number, section.title])).toEqual([
      ['Hoofdstuk 1', 'Algemene bepalingen'],
      ['Hoofdstuk 2', 'De behandeling'],
    ]);
    expect(leftOut('cover page')).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('the title of a Word document typed as plain text', () => {
  it('is its first line where that line names the kind of policy ("Privacyreglement Stichting De Linde")', async () => {
    const file = await docxOf('plain-title.docx', [
      text('Privacyreglement Stichting De Linde'),
      text('Dit reglement regelt hoe de scholen van de stichting met persoonsgegevens omgaan.'),
    ]);
    const { result, clauses } = await imported(file);
    expect(result.meta.title).toBe('Privacyreglement Stichting De Linde');
    expect(result.output).toContain('kind: privacyreglement');
    expect(result.dropped).toEqual([]);
    expect(clauses).toEqual(['Dit reglement regelt hoe de scholen van de stichting met persoonsgegevens omgaan.']);
  });

  it('is no plain first line that names no kind: that stays a line of the cover, left out and listed', async () => {
    const file = await docxOf('plain-first-line.docx', [
      text('Concept voor de MR'),
      text('Dit reglement regelt hoe de scholen van de stichting met persoonsgegevens omgaan.'),
    ]);
    const { result } = await imported(file);
    expect(result.meta.title).toBeUndefined();
    expect(result.dropped.map((dropped) => dropped.text)).toEqual(['Concept voor de MR']);
  });
});

describe('the back cover follows the end of the text', () => {
  const contacts = [
    heading('Klachtenregeling', HeadingLevel.TITLE),
    text('Stichting Openbaar Onderwijs Waterlinie'),
    heading('Artikel 1 Begripsbepalingen', HeadingLevel.HEADING_2),
    text('Klager: degene die een klacht indient bij de school.'),
    heading('Artikel 2 Contactgegevens', HeadingLevel.HEADING_2),
    text('De vertrouwenspersoon is bereikbaar via onderstaande gegevens.'),
    text('Mevrouw A. Bakker'),
    text('Telefoon 06-12345678'),
    text('a.bakker@waterlinie.nl'),
    text('Landelijke Klachtencommissie Onderwijs'),
    text('Postbus 85191, 3508 AD Utrecht'),
  ];

  it("keeps the last article's contact details (a name, a telephone number, an address): no back cover", async () => {
    const { result, clauses, leftOut } = await imported(await docxOf('contacts.docx', contacts));
    expect(leftOut('back cover')).toEqual([]);
    expect(clauses.slice(-5)).toEqual([
      'Mevrouw A. Bakker',
      'Telefoon 06-12345678',
      'a.bakker@waterlinie.nl',
      'Landelijke Klachtencommissie Onderwijs',
      'Postbus 85191, 3508 AD Utrecht',
    ]);
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.listed).toBe(4); // the organisation's line, moved into the frontmatter
  });

  it('leaves out the signature under the line that says the policy was adopted, and that line, which closes the text', async () => {
    const file = await docxOf('signed.docx', [
      ...contacts,
      text('Vastgesteld door het bestuur op 12 maart 2024'),
      text('J. de Vries'),
      text('voorzitter College van Bestuur'),
    ]);
    const { result, clauses, leftOut } = await imported(file);
    expect(leftOut('back cover')).toEqual(['J. de Vries', 'voorzitter College van Bestuur']);
    // The adoption line closing the text is history, no text of the policy (closing-line.ts).
    expect(leftOut('closing line stating the adoption, kept as history in the frontmatter')).toEqual([
      'Vastgesteld door het bestuur op 12 maart 2024',
    ]);
    expect(result.meta.history).toEqual(['Vastgesteld door het bestuur op 12 maart 2024']);
    expect(clauses.at(-1)).toBe('Postbus 85191, 3508 AD Utrecht');
    expect(result.accounting.missing).toEqual([]);
  });
});
