// A text box in a footnote of a Word document (tests/fixtures/import/note-boxes: make-note-boxes.py, LibreOffice's
// .docx): its text is left out, listed and counted as a text box in the body is, and the report names where it
// stands by its note, for it stands in no paragraph of the body ("source line 0" it said).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { wordFindings } from '../../src/wording/messages.js';

const file = join(import.meta.dirname, '../fixtures/import/note-boxes/note-box.docx');

describe('a text box in a footnote of a Word document', () => {
  it('is left out and listed, named by its note, its note kept, nothing lost', async () => {
    const result = await importDocument(file, { org: 'de-linde', dryRun: true });
    const findings = wordFindings(result.findings);
    const listed = findings.filter((finding) => finding.message.includes('Vertrouwenspersoon: 06-12345678'));
    expect(listed.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^a text box in the Word document's note "Zie ook de vertrouwenspersoon\.": left out/u),
    ]);
    expect(findings.filter((finding) => /source line 0\b/u.test(finding.message))).toEqual([]);
    expect(result.dropped.map((dropped) => dropped.text)).toContain('Vertrouwenspersoon: 06-12345678');
    expect(result.output).toMatch(/^\[\^\d+\]: Zie ook de vertrouwenspersoon\.$/mu);
    expect(result.accounting.missing).toEqual([]);
  });
});
