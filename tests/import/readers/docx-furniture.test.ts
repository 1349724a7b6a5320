// A school's Word document with headers and footers, made in the test with the `docx` package and read back by
// import: what they print is left out of the policy, listed in the report and counted as left out. Import read none
// of it, and a footer holding a rule was gone while the summary said "0 lost".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { wordFinding } from '../../../src/wording/messages.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-docx-furniture-'));

const HEADER = 'Stichting De Linde – Klachtenregeling';
const RULE = 'Deze regeling geldt ook voor de kinderopvang van de stichting.';

async function withHeadersAndFooters(): Promise<string> {
  const header = new Header({ children: [new Paragraph(HEADER)] });
  const document = new Document({
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: header, first: new Header({ children: [new Paragraph(HEADER)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph(RULE),
              new Paragraph({ children: [new TextRun('Pagina '), new TextRun({ children: [PageNumber.CURRENT] })] }),
              new Paragraph({ children: [new TextRun({ text: 'Concept van de secretaris', vanish: true })] }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: 'Klachtenregeling', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Artikel 1 Indienen', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Een klacht wordt schriftelijk ingediend bij de klachtencommissie.'),
        ],
      },
    ],
  });
  const file = join(folder, 'klachtenregeling.docx');
  writeFileSync(file, new Uint8Array(await Packer.toBuffer(document)));
  return file;
}

describe("a Word document's headers and footers", () => {
  it('are left out of the policy, each distinct line listed once and counted, so nothing is lost unsaid', async () => {
    const result = await importDocument(await withHeadersAndFooters(), { org: 'linde', dryRun: true });
    expect(result.output).not.toContain('Deze regeling geldt ook');
    const listed = result.dropped.filter((dropped) => /^running (?:header|footer)$/u.test(dropped.reason));
    // The first page's header repeats the others': listed once. The hidden line is not printed, and the page number
    // is Word's (a field), so neither is read. Each is named a header or a footer, as Word keeps it.
    expect(listed.map((dropped) => `${dropped.reason}: ${dropped.text}`)).toEqual([
      `running header: ${HEADER}`,
      `running footer: ${RULE}`,
    ]);
    expect(result.dropped.map((dropped) => dropped.text).join(' ')).not.toMatch(/Pagina|secretaris/u);
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.listed).toBe(
      result.accounting.total - result.accounting.kept - result.accounting.numbering,
    );
    // 4 words of the header, 10 of the footer's rule.
    expect(result.accounting.listed).toBe(14);
  });

  it('are named as such in the report, and a header naming the organisation by its legal form names it', async () => {
    const result = await importDocument(await withHeadersAndFooters(), { org: 'linde', dryRun: true });
    const messages = result.findings
      .filter((finding) => finding.ruleId === 'import-dropped')
      .map((finding) => wordFinding(finding).message);
    expect(messages.join('\n')).toContain(
      'a header of the Word document: left out of the text (running header, 1 line)',
    );
    expect(messages.join('\n')).toContain(
      'a footer of the Word document: left out of the text (running footer, 1 line)',
    );
    expect(messages.join('\n')).toContain('Deze regeling geldt ook');
    expect(result.meta.organisation).toBe('Stichting De Linde');
  });
});
