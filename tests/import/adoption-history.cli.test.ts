// An import is a draft; only `approve` adopts (issue 68 item 2). A document's own adoption (a clausemark Word document
// built from an approved policy, an adoption sentence in a school's own Word document) comes in as history: in the
// report and a note in the front matter, never `status: approved` or an approval row; `approve` then records the real
// adoption, and the history stays out of the signature table. Run through the CLI as a user would (in the test's
// process: runCli).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

const work = mkdtempSync(join(tmpdir(), 'clausemark-adoption-history-'));

const POLICY = `---
id: pestprotocol
title: Pestprotocol
organisation: Basisschool De Linde
org: de-linde
version: "1.0"
status: draft
lang: nl
---

# Pestprotocol

## Doel {#doel}

{#doel.veilig} Iedere leerling voelt zich veilig op school.

## Aanpak {#aanpak}

{#aanpak.ingrijpen} Een leerkracht die pesten ziet, grijpt direct in.
`;

const cli = (args: string[]) => runCli(args, { cwd: work });

const pdfText = (pdf: string): string => spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;

describe('an import is a draft; only approve adopts (issue 68 item 2)', () => {
  it('imports a Word document built from an adopted policy as a draft, its approval as history, and check is clean', async () => {
    const source = join(work, 'linde.md');
    writeFileSync(source, POLICY);
    const approved = await cli([
      'approve',
      source,
      '--name',
      'J. de Vries',
      '--role',
      'directeur',
      '--date',
      '2026-03-01',
    ]);
    expect(approved.code, approved.stderr).toBe(0);
    const docx = join(work, 'linde.docx');
    expect((await cli(['build', source, '--format', 'docx', '--out', docx])).code).toBe(0);

    const target = join(work, 'linde-imported.md');
    const imported = await cli(['import', docx, '--org', 'anders', '--out', target]);
    expect(imported.code, imported.stderr).toBe(0);
    const written = readFileSync(target, 'utf8');
    const { policy } = parsePolicy(written, { path: target });
    expect(policy.meta.status).toBe('draft');
    expect(policy.meta.approvals ?? []).toEqual([]);
    expect(written).toContain('#   2026-03-01: J. de Vries (directeur)\n');
    expect(imported.stdout).toMatch(/"2026-03-01: J\. de Vries \(directeur\)".*a draft\s+import-history/u);
    const checked = await cli(['check', target]);
    expect(checked.code, checked.stdout).toBe(0);
    // Brought --into its own source, the source keeps its own approval (a path of its own).
    const into = await cli(['import', docx, '--into', source, '--dry-run']);
    expect(into.code, into.stderr).toBe(0);
    expect(parsePolicy(readFileSync(source, 'utf8'), { path: source }).policy.meta.approvals).toHaveLength(1);
  });

  it('check names the steps of the procedure still to record for an imported draft, and none once adopted', async () => {
    const source = join(work, 'klachtenregeling.md');
    writeFileSync(source, readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'word', 'reglement.md'), 'utf8'));
    const docx = join(work, 'klachtenregeling.docx');
    expect((await cli(['build', source, '--format', 'docx', '--out', docx])).code).toBe(0);
    const target = join(work, 'klachtenregeling-imported.md');
    const imported = await cli(['import', docx, '--out', target]);
    expect(imported.code, imported.stderr).toBe(0);
    const checked = await cli(['check', target]);
    expect(checked.stdout).toContain('procedure-to-record');
    expect(checked.stdout).toContain(
      'the steps still to record, in order: Instemming GMR (WMS art. 10 sub g); Vaststelling bestuur (WPO art. 14)',
    );
    // Its source, adopted with both steps, has nothing left to record.
    expect((await cli(['check', source])).stdout).not.toContain('procedure-to-record');
  });

  it('keeps an adoption sentence as history; after approve only the real approval is in the PDF', async ({ skip }) => {
    if (spawnSync('/usr/bin/python3', ['-c', 'import docx']).status !== 0)
      skip('python3-docx is not installed (apt-get install python3-docx)');
    needTool(skip, 'pdftotext');
    const docx = join(work, 'medicijn.docx');
    const script = join(import.meta.dirname, '../fixtures/import/word-layouts/adoption-sentence.py');
    expect(spawnSync('/usr/bin/python3', [script, docx]).status).toBe(0);
    const target = join(work, 'medicijn.md');
    const imported = await cli(['import', docx, '--org', 'de-linde', '--out', target]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^# {3}Dit protocol is vastgesteld door de directeur na instemming/mu);

    const draftPdf = join(work, 'medicijn-draft.pdf');
    expect((await cli(['build', target, '--out', draftPdf])).code).toBe(0);
    expect(pdfText(draftPdf)).toMatch(/CONCEPT|Concept/u);
    expect(pdfText(draftPdf)).not.toContain('medezeggenschapsraad en treedt in werking (');

    const approved = await cli(['approve', target, '--name', 'A. Smit', '--role', 'directeur', '--date', '2026-11-20']);
    expect(approved.code, approved.stderr).toBe(0);
    const { policy } = parsePolicy(readFileSync(target, 'utf8'), { path: target });
    expect(policy.meta.approvals?.map((approval) => approval.name)).toEqual(['A. Smit']);
    const pdf = join(work, 'medicijn.pdf');
    expect((await cli(['build', target, '--out', pdf])).code).toBe(0);
    const text = pdfText(pdf);
    expect(text).toContain('A. Smit');
    expect(text).not.toMatch(/medezeggenschapsraad en treedt in werking\s*\n/u);
  });

  it('leaves the adoption line that closes the document out of its text, as history; the PDF prints no adoption', async ({
    skip,
  }) => {
    if (spawnSync('/usr/bin/python3', ['-c', 'import docx']).status !== 0)
      skip('python3-docx is not installed (apt-get install python3-docx)');
    needTool(skip, 'pdftotext');
    const docx = join(work, 'regenboog.docx');
    const script = join(import.meta.dirname, '../fixtures/import/word-layouts/closing-sentence.py');
    expect(spawnSync('/usr/bin/python3', [script, docx]).status).toBe(0);
    const target = join(work, 'regenboog.md');
    const imported = await cli(['import', docx, '--org', 'regenboog', '--out', target]);
    expect(imported.code, imported.stderr).toBe(0);
    const closing = 'Vastgesteld bij besluit van het college van bestuur d.d. 12 maart 2024.';
    const written = readFileSync(target, 'utf8');
    const body = written.slice(written.indexOf('\n---\n'));
    expect(written).toContain(`\n#   ${closing}\n`);
    expect(body).not.toContain('Vastgesteld bij besluit');
    // The sentence before it in the paragraph stays, as does a sentence about another document's adoption.
    expect(body).toMatch(/^\{#[^}]+\} Dit reglement treedt in werking op 1 augustus 2024\.$/mu);
    expect(body).toContain('De schoolgids is vastgesteld door de directeur na instemming van de MR.');
    const { policy } = parsePolicy(written, { path: target });
    expect(policy.meta.approvals ?? []).toEqual([]);
    expect(policy.meta.effective).toBe('2024-08-01');
    // Said twice: left out of the text (its 13 words listed, none lost), and kept as history.
    expect(imported.stdout).toMatch(
      /left out of the text \(closing line stating the adoption, kept as history in the frontmatter, 1 line\): "Vastgesteld bij besluit/u,
    );
    expect(imported.stdout).toMatch(/the document states its adoption: "Vastgesteld bij besluit[^\n]*import-history/u);
    expect(imported.stdout).toMatch(/19 left out and listed in the report .*, 0 lost\)/u);

    const pdf = join(work, 'regenboog.pdf');
    expect((await cli(['build', target, '--out', pdf])).code).toBe(0);
    const text = pdfText(pdf).replace(/\s+/gu, ' ');
    expect(text).toContain('Dit reglement treedt in werking op 1 augustus 2024.');
    expect(text).not.toContain('Vastgesteld bij besluit');
    expect(text).not.toContain('12 maart 2024');
  });
});
