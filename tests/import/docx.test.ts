// Word documents made in the test with the `docx` package: numbering, headings, tables, footnotes, links and
// emphasis become structure; tracked changes and comments are refused unless the user decides them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { wordFinding } from '../../src/wording/messages.js';
import { parsePolicy } from '../../src/parse/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { policyDocx } from '../support/docx-fixture.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-docx-'));
const clean = join(folder, 'protocol.docx');
const withChanges = join(folder, 'protocol-changes.docx');

beforeAll(async () => {
  writeFileSync(clean, await policyDocx());
  writeFileSync(withChanges, await policyDocx({ changes: true }));
});

function structure(output: string) {
  const policy = parsePolicy(output).policy;
  return {
    title: policy.meta.title,
    sections: allSections(policy)
      .slice(1)
      .map((section) => `${section.number} ${section.title}`),
    clauses: allClauses(policy).map(({ clause }) => `${clause.number} ${clause.text}`),
  };
}

describe('importing a Word document', () => {
  it('turns styles and automatic numbering into exactly the expected sections and clauses', async () => {
    const result = await importDocument(clean, { org: 'school', dryRun: true });
    expect(structure(result.output)).toEqual({
      title: 'Protocol sociale media',
      sections: ['1 Uitgangspunten', '1.1 Regels voor medewerkers', '2 Communicatie'],
      clauses: [
        '1 De school onderkent het belang van sociale media.',
        '1.1 Iedereen gedraagt zich online zoals op school.',
        '1.2 Medewerkers letten op:',
        '1.2.a de privacy van leerlingen;',
        '1.2.b de goede naam van de school:',
        '1.2.b.i in berichten;',
        "1.2.b.ii in foto's.",
        '1.3 Leerlingen vragen toestemming.',
        // A new numbering instance under the next heading restarts at 1.
        "1.1.1 Medewerkers delen nooit foto's van leerlingen.",
        '1.1.2 Lees ook de richtlijn.',
        '2 Ouders krijgen de nieuwsbrief.',
        // The same instance after a paragraph continues: Word shows 3, and so does the policy. The table after it
        // belongs to this clause (docs/format.md).
        '2.3 Vragen gaan naar de mentor.\n\nKanaal | Wie | Wanneer\nNieuwsbrief | Directie en team | Directie en team\nNieuwsbrief | Mentor | Maandelijks',
      ],
    });
    expect(result.accounting.missing).toEqual([]);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('keeps emphasis, the link, the footnote and the merged cells of the table', async () => {
    const { output } = await importDocument(clean, { org: 'school', dryRun: true });
    expect(output).toContain('De school onderkent het **belang** van sociale media.[^1]');
    expect(output).toContain('[^1]: Zie ook het privacyreglement.');
    expect(output).toContain('_Lees ook_ [de richtlijn](https://www.example.org/richtlijn).');
    expect(output).toMatch(
      /\| Nieuwsbrief +\| Directie en team +\| Directie en team +\|\n\| Nieuwsbrief +\| Mentor +\| Maandelijks +\|/,
    );
  });

  it('refuses tracked changes and comments with their count', async () => {
    await expect(importDocument(withChanges, { org: 'school', dryRun: true })).rejects.toThrow(
      'the document has 2 tracked changes (1 insertion, 1 deletion) and 1 comment',
    );
  });

  it('follows --accept-changes and --reject-changes, and reports the comment it leaves out', async () => {
    const accepted = await importDocument(withChanges, { org: 'school', dryRun: true, changes: 'accept' });
    const rejected = await importDocument(withChanges, { org: 'school', dryRun: true, changes: 'reject' });
    expect(accepted.output).toContain("Medewerkers delen nooit foto's van leerlingen.");
    expect(rejected.output).toContain("Medewerkers delen soms foto's van leerlingen.");
    expect(accepted.output).not.toContain('Klopt dit nog?');
    expect(accepted.findings.map((finding) => wordFinding(finding).message)).toEqual(
      expect.arrayContaining(['2 tracked changes accepted (--accept-changes)', '1 comment left out']),
    );
    expect(rejected.accounting.missing).toEqual([]);
  });

  it('refuses a ZIP file that is not a Word document, and a truncated one', async () => {
    const other = join(folder, 'spreadsheet.docx');
    writeFileSync(other, zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    await expect(importDocument(other, { org: 'school', dryRun: true })).rejects.toThrow(
      'the file is a ZIP archive but not a Word document',
    );
    const truncated = join(folder, 'truncated.docx');
    const bytes = await policyDocx();
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(importDocument(truncated, { org: 'school', dryRun: true })).rejects.toThrow(
      'the file cannot be unpacked as a Word document',
    );
  });
});

describe('a Word document unpacked with a bound', () => {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-docx-bound-'));

  it('refuses a needed part that unpacks past CLAUSEMARK_MAX_INFLATED_MB, naming the part, before unpacking it', async () => {
    const file = join(folder, 'padded.docx');
    const padding = `<!--${' '.repeat(3 * 1024 * 1024)}-->`;
    writeFileSync(
      file,
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/document.xml': strToU8(`<w:document>${padding}</w:document>`),
      }),
    );
    const previous = process.env.CLAUSEMARK_MAX_INFLATED_MB;
    process.env.CLAUSEMARK_MAX_INFLATED_MB = '1';
    try {
      await expect(importDocument(file, { org: 'school', dryRun: true })).rejects.toThrow(
        /word\/document\.xml unpacks to 3\.0 MB; clausemark unpacks parts up to 1 MB/,
      );
    } finally {
      if (previous === undefined) delete process.env.CLAUSEMARK_MAX_INFLATED_MB;
      else process.env.CLAUSEMARK_MAX_INFLATED_MB = previous;
    }
  });

  it('never unpacks an entry it does not read (an image far past the limit)', async () => {
    const source = unzipSync(await policyDocx());
    source['word/media/huge.png'] = new Uint8Array(3 * 1024 * 1024);
    const file = join(folder, 'with-image.docx');
    writeFileSync(file, zipSync(source));
    const previous = process.env.CLAUSEMARK_MAX_INFLATED_MB;
    process.env.CLAUSEMARK_MAX_INFLATED_MB = '1';
    try {
      const result = await importDocument(file, { org: 'school', dryRun: true });
      expect(result.accounting.missing).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.CLAUSEMARK_MAX_INFLATED_MB;
      else process.env.CLAUSEMARK_MAX_INFLATED_MB = previous;
    }
  });
});
