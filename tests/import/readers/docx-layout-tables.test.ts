// A reglement set in a Word table of two columns (docx-layout-tables.ts), made in the test with the `docx` package
// as Word writes one: read as its text, each article a section of its own with its label as structure and not a word
// lost; the same rows of a table of data stay a table. Before, a document that was nothing but such a table was
// refused ("all words left out: cover page"), and one with a sentence before it became a single table clause.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { allClauses, allSections } from '../../../src/model/walk.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-layout-tables-'));

const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const row = (...cells: Paragraph[][]) =>
  new TableRow({
    children: cells.map((children) => new TableCell({ children: children.length ? children : [plain('')] })),
  });

async function wordFile(name: string, children: (Paragraph | Table)[]): Promise<string> {
  const file = join(folder, name);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return file;
}

async function imported(file: string) {
  const result = await importDocument(file, { org: 'de-linde', dryRun: true });
  const policy = parsePolicy(result.output).policy;
  return {
    result,
    sections: allSections(policy)
      .slice(1)
      .map((section) => `${section.number ?? ''} ${section.title}`.trim()),
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    lost: result.findings.filter((finding) => finding.ruleId === 'import-lost'),
  };
}

describe('a reglement set in a table of two columns', () => {
  it('is read as its articles, when the table is all there is', async () => {
    const file = await wordFile('tabel.docx', [
      bold('Klachtenregeling Stichting De Linde'),
      new Table({
        rows: [
          row([bold('Artikel 1')], [bold('Begripsbepalingen')]),
          row([], [plain('In deze regeling wordt verstaan onder school: een school van de stichting.')]),
          row([bold('Artikel 2')], [bold('Indienen van een klacht')]),
          row(
            [],
            [
              plain('Een klacht wordt schriftelijk ingediend bij de klachtencommissie.'),
              plain('De klager ondertekent de klacht.'),
            ],
          ),
        ],
      }),
    ]);
    const { result, sections, clauses, lost } = await imported(file);
    expect(sections).toEqual(['Artikel 1 Begripsbepalingen', 'Artikel 2 Indienen van een klacht']);
    expect(clauses).toEqual([
      'In deze regeling wordt verstaan onder school: een school van de stichting.',
      'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.',
      'De klager ondertekent de klacht.',
    ]);
    expect(result.output).not.toContain('|');
    expect(lost).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('gives an article label beside a sentence a heading of its own, and a number beside one its clause', async () => {
    const file = await wordFile('labels.docx', [
      bold('Privacyreglement Stichting De Linde'),
      plain('Dit reglement regelt hoe de scholen van de stichting met persoonsgegevens omgaan.'),
      new Table({
        rows: [
          row(
            [plain('Artikel 1')],
            [plain('In deze regeling wordt verstaan onder school: een school van de stichting.')],
          ),
          row([plain('Artikel 2')], [plain('De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.')]),
          row([plain('2.1')], [plain('De directeur ziet toe op de naleving.')]),
          row([plain('2.2')], [plain('Een ouder kan inzage vragen in de gegevens van zijn kind.')]),
        ],
      }),
    ]);
    const { result, sections, clauses, lost } = await imported(file);
    expect(sections).toEqual(['Artikel 1', 'Artikel 2']);
    expect(clauses).toEqual([
      'Dit reglement regelt hoe de scholen van de stichting met persoonsgegevens omgaan.',
      'In deze regeling wordt verstaan onder school: een school van de stichting.',
      'De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.',
      'De directeur ziet toe op de naleving.',
      'Een ouder kan inzage vragen in de gegevens van zijn kind.',
    ]);
    // The articles' labels and the clauses' numbers are structure: printed "Artikel 1", "2.1", "2.2" as typed.
    expect(result.output).toContain('## {#artikel-1}');
    expect(result.output).toMatch(/sections: Artikel %1\n\s+clauses: "%1\.%2"/u);
    expect(result.output).toContain('2. {#artikel-2.ouder-inzage-vragen}');
    expect(lost).toEqual([]);
  });

  it('leaves a table of data a table', async () => {
    const file = await wordFile('data.docx', [
      bold('Privacyreglement Stichting De Linde'),
      plain('De school bewaart gegevens niet langer dan nodig, volgens deze termijnen:'),
      new Table({
        rows: [
          row([plain('Gegeven')], [plain('Bewaartermijn')]),
          row([plain('Leerlingdossier')], [plain('Twee jaar na het vertrek van de leerling uit de school.')]),
          row([plain('Cijfers')], [plain('Vijf jaar na het behalen van het diploma of het vertrek.')]),
        ],
      }),
    ]);
    const { result } = await imported(file);
    expect(result.output).toMatch(/\| Gegeven +\| Bewaartermijn +\|/u);
  });
});
