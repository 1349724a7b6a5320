// A clausemark PDF/A's attached Markdown is imported only when it is the text on the pages (issue 23 item 7):
// a PDF whose pages say "alleen voor het onderwijs" and whose attachment says "verkoopt persoonsgegevens aan
// derden", status approved, imports the pages and says so; the PDFs clausemark builds itself still import whole.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { asDraft } from '../../src/import/history.js';
import { importDocument } from '../../src/import/index.js';
import { parsePolicy } from '../../src/parse/index.js';
import { publishedSource } from '../../src/render/shared/published-source.js';
import type { CheckFinding } from '../../src/model/diagnostics.js';
import { wordFinding } from '../../src/wording/messages.js';
import { runCli } from '../support/cli.js';
import { SEED_ORGS, policyPath } from '../support/paths.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-attachment-'));
const ORGS = SEED_ORGS;

const ATTACHED = `---
id: privacyreglement
title: Privacyreglement
organisation: Casparus College
version: "1.0"
status: approved
approvals:
  - { date: 2024-07-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }
---

## Verstrekking {#verstrekking}

1. {#vs.derden} De school verkoopt persoonsgegevens aan derden.
`;

/** A PDF whose pages say one thing and whose attached Markdown another. */
function tampered(
  name = 'privacyreglement',
  attached = ATTACHED,
  clause = 'De school geeft geen persoonsgegevens aan derden.',
): Promise<string> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const path = join(folder, `${name}.pdf`);
      writeFileSync(path, Buffer.concat(chunks));
      resolve(path);
    });
    doc.fontSize(20).text('Privacyreglement');
    doc.fontSize(14).text('Verstrekking');
    doc.fontSize(11).text('1. Persoonsgegevens van leerlingen worden alleen voor het onderwijs gebruikt.');
    doc.text(`2. ${clause}`);
    doc.file(Buffer.from(attached, 'utf8'), { name: `${name}.md`, type: 'text/markdown' });
    doc.end();
  });
}

beforeAll(async () => {
  const built = await runCli(['build', ...ORGS.map(policyPath), '--out', join(folder, 'pdfa'), '--no-site', '--pdfa']);
  expect(built.code, built.stderr).toBe(0);
}, 120_000);

describe('importing a PDF that carries Markdown', () => {
  it.each(ORGS)('%s: a clausemark PDF/A whose attachment is its pages is imported from the attachment', async (org) => {
    const pdf = join(folder, 'pdfa', org, 'social-media-1.0.pdf');
    const result = await importDocument(pdf, { org, dryRun: true });
    expect(result.findings[0]?.messageId).toBe('import-attachment.source-attached');
    // The source without its author's notes, which a published document does not carry; a draft, its approvals
    // history (issue 68 item 2), as every import.
    const source = parsePolicy(readFileSync(policyPath(org), 'utf8')).policy;
    expect(result.output).toBe(asDraft(publishedSource(source)).output);
    const imported = parsePolicy(result.output).policy;
    expect(imported.meta.approvals).toEqual([]);
    if (source.meta.approvals.length > 0) {
      expect(imported.meta.status).toBe('draft');
      expect(result.output).toContain('# history: the document states its adoption');
      for (const approval of source.meta.approvals) expect(result.output).toContain(approval.name);
      expect(result.findings.filter((finding) => finding.ruleId === 'import-history')).toHaveLength(
        source.meta.approvals.length,
      );
    }
  });

  it('an attachment recording an approval by `approve` is imported as a draft, the approval as history', async () => {
    const attached = ATTACHED.replace(
      '1. {#vs.derden} De school verkoopt persoonsgegevens aan derden.',
      '1. {#vs.onderwijs} Persoonsgegevens van leerlingen worden alleen voor het onderwijs gebruikt.\n2. {#vs.derden} De school geeft geen persoonsgegevens aan derden.',
    );
    // The pages say what the attachment says: it is taken as it is.
    const pdf = await tampered('aangenomen', attached);
    const result = await importDocument(pdf, { org: 'casparus-college', dryRun: true });
    expect(result.findings[0]?.messageId).toBe('import-attachment.source-attached');
    const imported = parsePolicy(result.output).policy;
    expect(imported.meta.status).toBe('draft');
    expect(imported.meta.approvals).toEqual([]);
    expect(result.output).toContain('#   2024-07-01 vaststelling: J. de Vries (Voorzitter College van Bestuur)\n');
    expect(result.output).toContain('De school geeft geen persoonsgegevens aan derden.');
  });

  it('an attachment that is not the pages is not trusted: the pages are imported, and the report says so', async () => {
    const result = await importDocument(await tampered(), { org: 'casparus-college', dryRun: true });
    expect(result.output).toContain('alleen voor het onderwijs');
    expect(result.output).not.toContain('verkoopt');
    expect(result.output).not.toContain('status: approved');
    const said = result.findings.find((finding) => finding.messageId === 'import-attachment.disagrees');
    expect(said).toBeDefined();
    expect(wordFinding(said as CheckFinding).message).toMatch(
      /not the text on its pages \(words in one and not the other: .*verkoopt.*\); the pages were imported/,
    );
  });

  it('a word on the pages that the attachment left out ("geen") is a disagreement too', async () => {
    const pages = 'De school geeft geen persoonsgegevens aan derden.';
    const attached = ATTACHED.replace(
      '1. {#vs.derden} De school verkoopt persoonsgegevens aan derden.',
      '1. {#vs.onderwijs} Persoonsgegevens van leerlingen worden alleen voor het onderwijs gebruikt.\n2. {#vs.derden} De school geeft persoonsgegevens aan derden.',
    ).replace('title: Privacyreglement\n', 'title: Privacyreglement\n');
    const result = await importDocument(await tampered('zonder-geen', attached, pages), {
      org: 'casparus-college',
      dryRun: true,
    });
    expect(result.output).toContain('geeft geen persoonsgegevens');
    expect(result.findings.map((finding) => finding.messageId)).toContain('import-attachment.disagrees');
  });
});
