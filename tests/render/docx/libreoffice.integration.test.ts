// LibreOffice, an independent Word reader, converts both Word outputs (a policy, a revision with tracked changes)
// to PDF without error; the PDF's text has the title, the clauses, the page fields filled in ("Pagina 2 van N") and
// the revision's summary. Skips with a message when soffice is not installed. Both documents are converted by one
// soffice run (tests/support/libreoffice.ts): each start of LibreOffice costs about a CPU second.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuildablePolicy } from '../../../src/build/policy.js';
import { buildRevisionDocx } from '../../../src/report/documents/revision-docx.js';
import { diffPolicies } from '../../../src/diff/diff.js';
import { HAVE_SOFFICE, SOFFICE_SKIP } from '../../support/docx.js';
import { convertToPdf } from '../../support/libreoffice.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';
import { wordFileOf } from '../../support/word-file.js';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const pdfText = (pdf: string): string =>
  squash(spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
/** The text with words hyphenated at a line end joined again (the Word output asks for hyphenation, as the PDF has). */
const joinedText = (pdf: string): string =>
  squash(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'));

/** A policy's Word output (allure's social-media protocol). */
function policyDocx(dir: string): Promise<string> {
  return wordFileOf(policyPath('allure'), dir, 'allure.docx');
}

/** A revision's Word output with tracked changes (casparus-college's social-media protocol 1.0 → 2.0). */
async function revisionDocx(dir: string): Promise<string> {
  const oldPolicy = loadBuildablePolicy(policyPath('casparus-college'));
  const newPolicy = loadBuildablePolicy(
    join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md'),
  );
  const bytes = await buildRevisionDocx(diffPolicies(oldPolicy, newPolicy), oldPolicy, newPolicy, {
    root: PROJECT_ROOT,
  });
  const docx = join(dir, 'revision.docx');
  writeFileSync(docx, bytes);
  return docx;
}

describe.skipIf(!HAVE_SOFFICE)('LibreOffice converts the Word outputs', () => {
  /** The PDFs LibreOffice made of the two documents; converting throws with soffice's message when it fails. */
  let policyPdf: string;
  let revisionPdf: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-lo-'));
    [policyPdf, revisionPdf] = convertToPdf([await policyDocx(dir), await revisionDocx(dir)], dir) as [string, string];
  }, 240_000);

  it('a policy: title, clauses, "Pagina 2 van N" from the page fields', () => {
    expect(existsSync(policyPdf)).toBe(true);
    const text = pdfText(policyPdf);
    expect(text).toContain('Protocol social media');
    expect(text).toMatch(/Pagina 2 van \d+/);
    expect(text).toContain('Vastgesteld door Vz. College van Bestuur op 16 oktober 2019');
    expect(joinedText(policyPdf)).toContain(
      squash('De leerkrachten begeleiden de leerlingen om de mogelijkheden van sociale media te leren gebruiken.'),
    );
  });

  it('a revision with tracked changes: the summary and both the deleted and the inserted text', () => {
    expect(existsSync(revisionPdf)).toBe(true);
    const text = pdfText(revisionPdf);
    expect(text).toContain('9 wijzigingen: 4 inhoudelijk, 5 redactioneel'); // the renumbered-only clause is counted apart
    expect(text).toContain('1 artikel hernummerd');
    expect(text).toContain('WhatsApp-groepen');
    expect(text).toContain('Je zoveel mogelijk inhoudelijk dient te reageren');
  });
});

if (!HAVE_SOFFICE) console.warn(SOFFICE_SKIP);
