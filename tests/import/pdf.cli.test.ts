// PDF import: the round trip (every seed policy → build → import the PDF's text) measured against the policy it
// was built from; the PDF/A attachment path; and the PDFs import refuses.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { approvalLine } from '../../src/import/history.js';
import { importDocument } from '../../src/import/index.js';
import type { CheckFinding } from '../../src/model/diagnostics.js';
import { parsePolicy } from '../../src/parse/index.js';
import { publishedSource } from '../../src/render/shared/published-source.js';
import { wordFinding } from '../../src/wording/messages.js';
import { runCli } from '../support/cli.js';
import { fidelity, percent } from '../support/import-fidelity.js';
import { expectRejectsSaid } from '../support/said.js';
import { SEED_ORGS, policyPath } from '../support/paths.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-pdf-'));
const built = (org: string, pdfa = false): string => join(folder, pdfa ? 'pdfa' : 'plain', org, 'social-media-1.0.pdf');

function pdfkitFile(
  name: string,
  options: PDFKit.PDFDocumentOptions,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<string> {
  return new Promise((resolve) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const path = join(folder, name);
      writeFileSync(path, Buffer.concat(chunks));
      resolve(path);
    });
    draw(doc);
    doc.end();
  });
}

type Imported = Awaited<ReturnType<typeof importDocument>>;
const seedImports = new Map<string, Promise<Imported>>();

/**
 * A seed's PDF imported as the round trips import it, once for the file: both round trips read the same import (its
 * text, findings and account; its approvals), and neither changes it. Made on first use, so each test runs alone.
 */
function importedSeed(org: string): Promise<Imported> {
  let imported = seedImports.get(org);
  if (!imported) {
    imported = importDocument(built(org), { org, dryRun: true, attachment: false });
    seedImports.set(org, imported);
  }
  return imported;
}

beforeAll(async () => {
  const plain = await runCli(['build', ...SEED_ORGS.map(policyPath), '--out', join(folder, 'plain'), '--no-site']);
  expect(plain.code, plain.stderr).toBe(0);
  const pdfa = await runCli([
    'build',
    policyPath('flex-college'),
    '--out',
    join(folder, 'pdfa'),
    '--no-site',
    '--pdfa',
  ]);
  expect(pdfa.code, pdfa.stderr).toBe(0);
}, 120_000);

describe('importing a PDF', () => {
  it('round trip: every seed policy → build → import its text; clause boundaries and word recall measured', async () => {
    const figures: Record<string, ReturnType<typeof fidelity>> = {};
    for (const org of SEED_ORGS) {
      const result = await importedSeed(org);
      figures[org] = fidelity(readFileSync(policyPath(org), 'utf8'), result.output);
      console.log(
        `import ${org} PDF: clause boundaries ${percent(figures[org].boundaries)}, word recall ${percent(figures[org].recall)}, source words accounted ${percent(result.accounting.recall)}`,
      );
      expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(result.accounting.recall).toBeGreaterThanOrEqual(0.99);
      // Every source word in the policy or listed (issue 25): a heading the contents repeat and a word broken over a
      // page's footer were reported lost on four of the five seeds (99.7 to 99.9%).
      expect(result.accounting.missing).toEqual([]);
      // The title is the policy's, not the logo's words or the organisation's name above it (Allure's logo says
      // "STICHTING allure", set larger than the title).
      expect([org, result.meta.title]).toEqual([
        org,
        parsePolicy(readFileSync(policyPath(org), 'utf8')).policy.meta.title,
      ]);
    }
    const values = Object.values(figures);
    // Issue 14 asks ≥ 98% of boundaries per policy. Aloysius was at 94.6% until an item whose first line is a label
    // ("1. Profilering", its text indented under it on the next line) stopped being read as a numbered heading.
    for (const value of values) expect(value.boundaries).toBeGreaterThanOrEqual(0.98);
    for (const value of values) expect(value.recall).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  it('round trip: the approval table a seed PDF prints comes back as its history, and none where it has none', async () => {
    // Issue 25: a PDF's approval table (Datum / Naam / Functie / Stap, read by its columns) is read row by row, each
    // row's step only where its Stap cell states one; issue 68: as history, never approvals (an import is a draft).
    for (const org of SEED_ORGS) {
      const result = await importedSeed(org);
      const { policy } = parsePolicy(readFileSync(policyPath(org), 'utf8'));
      const rows = policy.meta.approvals.map((approval) =>
        approvalLine({ ...approval, date: String(approval.date) } as typeof approval),
      );
      // The table's rows (a sentence stating the adoption, as Aeres's text has, is history of its own).
      const tableRows = (result.meta.history ?? []).filter((line) => /^\d{4}-\d{2}-\d{2}[ :]/u.test(line));
      expect([org, tableRows]).toEqual([org, rows]);
      expect(result.meta.approvals).toEqual([]);
    }
  }, 120_000);

  it('takes the Markdown source a clausemark PDF/A carries', async () => {
    const result = await importDocument(built('flex-college', true), { org: 'flex-college', dryRun: true });
    // The source without its author's notes (the HTML comment of its extraction repairs): a PDF does not carry them.
    const source = parsePolicy(readFileSync(policyPath('flex-college'), 'utf8')).policy;
    expect(result.output).toBe(publishedSource(source));
    expect(result.findings[0]?.ruleId).toBe('import-attachment');
    // Keyed by id, worded when printed, in the words it had when they were written in TypeScript.
    expect(wordFinding(result.findings[0] as CheckFinding)).toMatchObject({
      messageId: 'import-attachment.source-attached',
      fixId: 'import-attachment.nothing-to-do',
      message: 'the PDF carries its clausemark Markdown source (PDF/A attachment); that source was imported as it is',
      fix: 'nothing to do',
    });
  });

  it('refuses a PDF without text, an encrypted PDF and a truncated PDF', async () => {
    const scan = await pdfkitFile('scan.pdf', {}, (doc) => doc.rect(50, 50, 200, 300).fill('#888'));
    await expectRejectsSaid(importDocument(scan, { org: 'school', dryRun: true }), {
      message: 'the PDF has no text (a scan or an image of text)',
      fix: 'run text recognition (OCR) on it first, or import the Word document it was made from',
      messageId: 'import-refused.pdf-no-text',
      fixId: 'import-refused.run-ocr',
    });
    const locked = await pdfkitFile('locked.pdf', { userPassword: 'geheim', ownerPassword: 'geheim' }, (doc) =>
      doc.text('Protocol'),
    );
    await expectRejectsSaid(importDocument(locked, { org: 'school', dryRun: true }), {
      message: 'the PDF is encrypted (password protected) and cannot be read',
      fix: 'open it with the password and save or print an unprotected copy, then import that',
      messageId: 'import-refused.pdf-encrypted',
      fixId: 'import-refused.unprotected-copy',
    });
    const truncated = join(folder, 'truncated.pdf');
    writeFileSync(truncated, readFileSync(built('allure')).subarray(0, 600));
    await expect(importDocument(truncated, { org: 'school', dryRun: true })).rejects.toThrow(
      /the PDF (is damaged or incomplete|has no text)/,
    );
  });
});
