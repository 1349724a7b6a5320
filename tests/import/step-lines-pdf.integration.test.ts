// A PDF made from a Word document whose adoption's steps stand on lines of their own ("Advies GMR: 3 februari 2025",
// "Instemming MR: 1 maart 2025", "Vastgesteld door het bestuur: 10 maart 2025"), at the top and (bold) at the end, with
// lines saying a step was not taken ("Vastgesteld: nee", "Niet vastgesteld door de MR", "Dit reglement is niet
// vastgesteld door het bestuur op 1 februari 2025.") and naming a body no procedure knows ("Goedkeuring raad van
// toezicht: 3 juni 2025"): the PDF reader reads the steps as the text and Word readers do, and reads none of the rest.
// The Word document is made with python-docx (tests/fixtures/import/step-lines-docx.py), the PDF of it by LibreOffice.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { convertFiles } from '../support/libreoffice.js';
import { havePythonDocx } from '../support/python-docx.js';
import { haveTool, needTool } from '../support/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'clausemark-step-lines-pdf-'));
const MAKE_DOCX = join(import.meta.dirname, '../fixtures/import/step-lines-docx.py');
const TOP = ['Advies GMR: 3 februari 2025', 'Instemming MR: 1 maart 2025'];
const END = ['Vastgesteld door het bestuur: 10 maart 2025'];
const DENIED_SENTENCE = 'Dit reglement is niet vastgesteld door het bestuur op 1 februari 2025.';
const LINES = [
  '# Pestprotocol',
  ...TOP,
  'Vastgesteld: nee',
  '## Artikel 1 Doel',
  'Iedere leerling voelt zich veilig op school.',
  '## Artikel 2 Aanpak',
  'Een leerkracht die pesten ziet, grijpt direct in.',
  DENIED_SENTENCE,
  '**Niet vastgesteld door de MR**',
  ...END.map((line) => `**${line}**`),
  '**Goedkeuring raad van toezicht: 3 juni 2025**',
];

beforeAll(async () => {
  if (!havePythonDocx() || !haveTool('soffice')) return;
  const file = join(dir, 'steps.docx');
  const made = spawnSync('/usr/bin/python3', [MAKE_DOCX, file, JSON.stringify(LINES)], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  await convertFiles([file], 'pdf', dir);
}, 300_000);

async function imported(file: string) {
  const result = await importDocument(join(dir, file), { org: 'school', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    history: result.meta.history ?? [],
    body: result.output.slice(result.output.indexOf('\n---\n')),
    sections: allSections(policy)
      .slice(1)
      .map((section) => section.title),
    approvals: policy.meta.approvals ?? [],
    // The lines reported as seen and not read (at their place in the source).
    unread: result.findings
      .map((finding) => [
        (finding.params?.decision as { messageId?: string } | undefined)?.messageId,
        finding.params?.text,
      ])
      .filter(([messageId]) => String(messageId).startsWith('import-history.unread'))
      .map(([, text]) => text),
  };
}

describe.each(['steps.docx', 'steps.pdf'])('step lines in %s', (file) => {
  it('are the steps of the history, no headings; a step said not taken or by an unknown body is none', async ({
    skip,
  }) => {
    if (!havePythonDocx()) skip('python-docx (for /usr/bin/python3) is not installed');
    needTool(skip, 'soffice');
    const { history, sections, approvals, unread, body } = await imported(file);
    expect(history).toEqual([...TOP, ...END]);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(approvals).toEqual([]);
    // In any order: the report lists the closing lines' apart from the text's.
    expect(unread.toSorted()).toEqual(
      [
        'Vastgesteld: nee',
        DENIED_SENTENCE,
        'Niet vastgesteld door de MR',
        'Goedkeuring raad van toezicht: 3 juni 2025',
      ].toSorted(),
    );
    expect(body).toContain(DENIED_SENTENCE);
  });
});
