// A reglement set in a Word table of two columns, as schools type one (src/import/layout-tables.ts): made with the
// `docx` package, for LibreOffice to save as HTML or PDF in the tests of those readers, and what each must read of it.
import { writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { expect } from 'vitest';
import type { ImportResult } from '../../src/import/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const row = (...cells: Paragraph[][]) =>
  new TableRow({
    children: cells.map((children) => new TableCell({ children: children.length ? children : [plain('')] })),
  });

/** Its articles as the import should read them: "number title" of each section, and the clauses' texts. */
export const REGLEMENT_SECTIONS = ['Artikel 1 Begripsbepalingen', 'Artikel 2 Indienen van een klacht', 'Artikel 3'];
export const REGLEMENT_CLAUSES = [
  'Deze regeling geldt voor alle scholen van de stichting.',
  'In deze regeling wordt verstaan onder school: een school van de stichting.',
  'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.',
  'De klager ondertekent de klacht.',
  'De commissie beslist binnen zes weken over de klacht.',
];

/**
 * Writes the reglement to `file` (.docx): a title and a sentence, then the table: "Artikel 1" beside its title, an
 * empty label beside its text, "2.1" and "2.2" beside sentences, "Artikel 3" beside its sentence.
 */
export async function writeLayoutReglement(file: string): Promise<void> {
  const table = new Table({
    rows: [
      row([bold('Artikel 1')], [bold('Begripsbepalingen')]),
      row([], [plain('In deze regeling wordt verstaan onder school: een school van de stichting.')]),
      row([bold('Artikel 2')], [bold('Indienen van een klacht')]),
      row([plain('2.1')], [plain('Een klacht wordt schriftelijk ingediend bij de klachtencommissie.')]),
      row([plain('2.2')], [plain('De klager ondertekent de klacht.')]),
      row([plain('Artikel 3')], [plain('De commissie beslist binnen zes weken over de klacht.')]),
    ],
  });
  const children = [bold('Klachtenregeling Stichting De Linde'), plain(REGLEMENT_CLAUSES[0] as string), table];
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** That an import of the reglement, in any format, reads its articles and clauses as the .docx's does: no table, nothing lost. */
export function expectTheReglement(result: ImportResult): void {
  const policy = parsePolicy(result.output).policy;
  const sections = allSections(policy)
    .slice(1)
    .map((section) => `${section.number ?? ''} ${section.title}`.trim());
  expect(sections).toEqual(REGLEMENT_SECTIONS);
  expect(allClauses(policy).map(({ clause }) => clause.text)).toEqual(REGLEMENT_CLAUSES);
  expect(result.output).not.toContain('|');
  expect(result.output).toContain('## {#artikel-3}');
  expect(result.output).toMatch(/sections: Artikel %1\n\s+clauses: "%1\.%2"/u);
  expect(result.findings.filter((finding) => finding.ruleId === 'import-lost')).toEqual([]);
  expect(result.accounting.missing).toEqual([]);
}
