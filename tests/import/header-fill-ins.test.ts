// A template's fill-ins never filled in, in a Word document's header and footer (tests/fixtures/import/fill-ins:
// make-header-fill-ins.py, python-docx): the lines are left out of the policy and listed, as every header's are, and
// each fill-in in them is reported naming where it stands, as a date field there is; the summary names them with no
// fill-in kept, for none is.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { wordFindings } from '../../src/wording/messages.js';

const file = join(import.meta.dirname, '../fixtures/import/fill-ins/header-footer.docx');

describe("fill-ins in a Word document's header and footer", () => {
  it('are each reported where they stand, their lines left out and listed, none named as kept', async () => {
    const result = await importDocument(file, { org: 'de-linde', dryRun: true });
    const fillIns = wordFindings(result.findings).filter((finding) => finding.ruleId === 'import-fill-in');
    // They went unreported: the header's line was listed as left out, its fill-in with no word.
    expect(fillIns.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^a header of the Word document: "\[naam school\]" is a fill-in .* left out of the policy/u,
      ),
      expect.stringMatching(/^a footer of the Word document: "«Naam_school»" is a fill-in .* left out of the policy/u),
    ]);
    expect(fillIns.map((finding) => finding.fix)).toEqual([
      expect.stringMatching(/^fill it in in the Word document/u),
      expect.stringMatching(/^fill it in in the Word document/u),
    ]);
    expect(result.dropped.map((dropped) => dropped.text)).toEqual(
      expect.arrayContaining(['[naam school] – Protocol schorsing', '«Naam_school», schooljaar 2026-2027']),
    );
    const summary = wordMessage(importSummary({ ...result, target: 'beleid.md' }));
    expect(summary).toMatch(/, 0 lost\)$/mu);
    expect(summary).not.toMatch(/not filled in/u);
    expect(result.accounting.missing).toEqual([]);
  });
});
