// The import report and import's refusals keyed by id (src/import/): each finding and error names an entry of
// templates/messages/en.yaml with its values, and reads word for word as it did when the words were built in
// TypeScript (the words below were printed by the code of commit aca3e49 on these documents).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { wordFinding } from '../../src/wording/messages.js';
import { policyDocx } from '../support/docx-fixture.js';
import { expectRejectsSaid } from '../support/said.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-ids-'));
const write = (name: string, content: string | Uint8Array): string => {
  const file = join(folder, name);
  writeFileSync(file, content);
  return file;
};
const TEXT = [
  'Stichting Voorbeeld',
  '',
  'Gedragscode',
  '',
  'Versie 2',
  '',
  'Inleiding',
  '',
  'Deze code geldt voor iedereen die bij de school werkt of er',
  '',
  'leert en daar zijn best doet.',
  '',
  'Regels:',
  '',
  '- Wees vriendelijk.',
  '- Help elkaar.',
  '',
  '- Kort punt',
  '',
  'Dit is de uitleg bij het punt hierboven, in een hele zin.',
  '',
  'Postbus 12',
  '',
  '1234 AB Ergens',
  '',
].join('\n');

/** The report's own findings (not check's), worded: [ruleId, line, message, fix, messageId]. */
async function report(file: string, options: { changes?: 'accept' | 'reject' } = {}): Promise<string[][]> {
  const result = await importDocument(file, { org: 'school', dryRun: true, ...options });
  return result.findings
    .filter((finding) => finding.ruleId.startsWith('import-') && finding.ruleId !== 'import-unstated')
    .map((finding) => {
      const worded = wordFinding(finding);
      return [worded.ruleId, `${worded.place?.start.line}`, worded.message, worded.fix ?? '', worded.messageId ?? ''];
    });
}

let changes: string;
beforeAll(async () => {
  changes = write('changes.docx', await policyDocx({ changes: true }));
});

describe('the import report, by id', () => {
  it("says each reader's decision where it stood in the source, as before", async () => {
    const paragraph = 'if it is a sentence of the text, turn the heading into a paragraph';
    const backToText = 'if it is part of the text, turn the heading back into a list item or paragraph';
    const at = 'import-report.at-source';
    expect(await report(write('gedragscode.txt', TEXT))).toEqual([
      [
        'import-dropped',
        '3',
        'source line 1: left out of the text (moved into the frontmatter (organisation), 1 line): "Stichting Voorbeeld"',
        'if this text belongs in the policy, copy it in by hand',
        'import-dropped.left-out',
      ],
      [
        'import-heading',
        '14',
        'source line 7: the line "Inleiding" stands alone and was read as a heading',
        paragraph,
        at,
      ],
      [
        'import-dropped',
        '14',
        'source line 5: left out of the text (moved into the frontmatter (version), 1 line): "Versie 2"',
        'if this text belongs in the policy, copy it in by hand',
        'import-dropped.left-out',
      ],
      [
        'import-joined',
        '16',
        'source line 11: the text at source line 11 continues the sentence before it (a page break) and was joined to it',
        'if it starts a new paragraph, put a blank line before it',
        at,
      ],
      [
        'import-heading',
        '18',
        'source line 13: the line "Regels:" introduces the list after it and was read as a heading',
        backToText,
        at,
      ],
      [
        'import-heading',
        '23',
        'source line 18: the short bullet "Kort punt" is followed by text of its own and was read as a heading',
        backToText,
        at,
      ],
      [
        'import-heading',
        '27',
        'source line 22: the line "Postbus 12" stands alone and was read as a heading',
        paragraph,
        at,
      ],
      [
        'import-heading',
        '29',
        'source line 24: the line "1234 AB Ergens" stands alone and was read as a heading',
        paragraph,
        at,
      ],
    ]);
  });

  it('keeps the decision inside the place it stood, with their values', async () => {
    const result = await importDocument(write('kop.txt', TEXT), { org: 'school', dryRun: true });
    const joined = result.findings.find((finding) => finding.ruleId === 'import-joined');
    expect(joined).toMatchObject({
      messageId: 'import-report.at-source',
      fixId: 'import-joined.blank-line',
      params: {
        line: 11,
        where: { messageId: 'import-report.source-line', params: { line: 11 } },
        decision: { messageId: 'import-joined.across-break', params: { line: 11 } },
      },
    });
  });

  it('counts what a Word document had that import left out or decided', async () => {
    const check = 'check the original document and copy what is missing in by hand';
    expect(await report(changes, { changes: 'accept' })).toEqual([
      ['import-changes', '1', '2 tracked changes accepted (--accept-changes)', check, 'import-changes.accepted'],
      ['import-dropped', '1', '1 comment left out', check, 'import-dropped.comments'],
      // The id is the kind of policy the title names (issue 25 item 8): said only when the title names several kinds
      // (issue 43: a warning on every import).
    ]);
    expect((await report(changes, { changes: 'reject' }))[0]?.slice(2)).toEqual([
      '2 tracked changes rejected (--reject-changes)',
      check,
      'import-changes.rejected',
    ]);
  });
});

/** A Word document made by hand: two paragraphs, two text boxes and an image in runs, a title only in its properties. */
function boxesDocx(): Uint8Array {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const box =
    '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>In een kader.</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>';
  const document = `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body>
<w:p><w:r><w:t>Iedereen gedraagt zich online zoals op school.</w:t></w:r>${box}</w:p>
<w:p><w:r><w:t>Medewerkers delen geen foto's van leerlingen.</w:t></w:r>${box}<w:r><w:drawing/></w:r></w:p>
</w:body></w:document>`;
  const core = `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Protocol sociale media</dc:title></cp:coreProperties>`;
  return zipSync({ 'word/document.xml': strToU8(document), 'docProps/core.xml': strToU8(core) });
}

describe('a Word document with text boxes, an image and a title in its properties', () => {
  it('counts them in the report by id, "text boxes" spelled right', async () => {
    const check = 'check the original document and copy what is missing in by hand';
    expect(await report(write('kaders.docx', boxesDocx()))).toEqual([
      ['import-dropped', '1', '1 image left out: a policy holds text only', check, 'import-dropped.images'],
      // The words built in TypeScript said "2 text boxs".
      [
        'import-dropped',
        '1',
        '2 text boxes left out: their text is not imported (each text is listed)',
        check,
        'import-dropped.text-boxes',
      ],
      [
        'import-title',
        '1',
        'the title "Protocol sociale media" comes from the document properties, not from its text',
        check,
        'import-title.from-properties',
      ],
      // Each box's text, listed and counted as left out (docx-text-boxes.ts), after the paragraph it stands in.
      ...[
        ['1', 'source line 2'],
        ['16', 'source line 1'],
      ].map(([line, place]) => [
        'import-dropped',
        line,
        `${place}: left out of the text (text box, 1 line): "In een kader."`,
        'if this text belongs in the policy, copy it in by hand',
        'import-dropped.left-out',
      ]),
      // The id is the kind of policy the title names (issue 25 item 8): said only when the title names several kinds
      // (issue 43: a warning on every import).
    ]);
  });
});

describe("import's refusals, by id", () => {
  const importing = (name: string, content: string | Uint8Array) =>
    importDocument(write(name, content), { org: 'school', dryRun: true });

  it('a file that is not what its name or first bytes say', async () => {
    await expectRejectsSaid(importing('latin1.txt', new Uint8Array([0x41, 0xe9, 0xff, 0x42])), {
      message: 'the file is not UTF-8 text',
      fix: 'save it as UTF-8 text, or import the .docx or .pdf it came from',
      messageId: 'import-refused.not-utf8',
      fixId: 'import-refused.save-utf8',
    });
    await expectRejectsSaid(importing('fake.pdf', 'not a pdf'), {
      message: 'the file is not a PDF file (it does not start like one); it may be truncated or renamed',
      fix: 'export the document again from the program that made it',
      messageId: 'import-refused.not-the-format',
      params: { format: 'PDF' },
    });
    await expectRejectsSaid(importing('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])), {
      message: 'an old Word (.doc) document cannot be imported',
      fix: 'open it in Word and save it as .docx, then import that',
      messageId: 'import-refused.old-word',
    });
  });

  it('a damaged PDF or Word document, and a ZIP file that is not one', async () => {
    await expectRejectsSaid(importing('broken.pdf', '%PDF-1.4\n1 0 obj\n'), {
      message:
        'the PDF is damaged or incomplete and cannot be read (technical detail from the PDF reader: Invalid PDF structure.)',
      fix: 'download or export the PDF again, or import the Word document the PDF was made from; a truncated file cannot be imported',
      messageId: 'import-refused.pdf-damaged',
      params: { reason: 'Invalid PDF structure.' },
    });
    await expectRejectsSaid(importing('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), {
      message:
        'the file cannot be unpacked as a Word document: it is damaged or incomplete (technical detail: invalid zip data)',
      fix: 'open the document in Word and save it again, or export it once more from the program that made it',
      messageId: 'import-refused.docx-not-zip',
    });
    await expectRejectsSaid(importing('sheet.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })), {
      message: 'the file is a ZIP archive but not a Word document (it has no word/document.xml)',
      fix: 'import the .docx itself; an .xlsx, .pptx, .odt or other ZIP file cannot be imported',
      messageId: 'import-refused.zip-not-docx',
    });
  });

  it('tracked changes and comments nobody decided, and Markdown whose front matter cannot be read', async () => {
    await expectRejectsSaid(importDocument(changes, { org: 'school', dryRun: true }), {
      message:
        'the document has 2 tracked changes (1 insertion, 1 deletion) and 1 comment; import does not decide them for you',
      fix: 'accept or reject them in Word first, or pass --accept-changes or --reject-changes (comments are then left out and reported)',
      messageId: 'import-refused.has-changes-and-comments',
      fixId: 'import-refused.decide-changes',
    });
    // The parser's finding, with its own ids (before, import dropped them).
    await expectRejectsSaid(importing('bad.md', '---\ntitle: [x\n---\n\n# X\n\nTekst.\n'), {
      ruleId: 'yaml-syntax',
      message: 'invalid YAML in the frontmatter: the list opened with [ is never closed with ]',
      messageId: 'yaml-syntax.unclosed-list',
      fixId: 'yaml-syntax.close-or-quote',
    });
  });
});
