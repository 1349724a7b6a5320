// LibreOffice, an independent Word reader, converts both Word outputs (a policy, a revision with tracked changes)
// to PDF without error; the PDF's text has the title, the clauses, the page fields filled in ("Pagina 2 van N") and
// the revision's summary. Skips with a message when soffice is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBuildablePolicy, renderPolicyFiles } from '../../../src/build/policy.js';
import { buildRevisionDocx } from '../../../src/report/revision-docx.js';
import { diffPolicies } from '../../../src/diff/diff.js';
import { HAVE_SOFFICE, SOFFICE_SKIP } from '../../support/docx.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** soffice --headless --convert-to pdf, with a profile of its own (parallel runs do not share one). */
function convert(docx: string): { code: number; pdf: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-soffice-'));
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return {
    code: result.status ?? -1,
    pdf: join(dir, docx.replace(/.*\//, '').replace(/\.docx$/, '.pdf')),
    stderr: result.stderr,
  };
}

const pdfText = (pdf: string): string =>
  squash(spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
/** The text with words hyphenated at a line end joined again (the Word output asks for hyphenation, as the PDF has). */
const joinedText = (pdf: string): string =>
  squash(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'));

describe.skipIf(!HAVE_SOFFICE)('LibreOffice converts the Word outputs', () => {
  it('a policy: title, clauses, "Pagina 2 van N" from the page fields', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-lo-'));
    const { files } = await renderPolicyFiles(policyPath('allure'), {
      root: PROJECT_ROOT,
      outDir: out,
      showIds: false,
      pdfa: false,
      formats: ['docx'],
    });
    const docx = join(out, 'allure.docx');
    writeFileSync(docx, files[0]!.bytes);
    const converted = convert(docx);
    expect(converted.code, converted.stderr).toBe(0);
    expect(existsSync(converted.pdf)).toBe(true);
    const text = pdfText(converted.pdf);
    expect(text).toContain('Protocol social media');
    expect(text).toMatch(/Pagina 2 van \d+/);
    expect(text).toContain('Vastgesteld door Vz. College van Bestuur op 16 oktober 2019');
    expect(joinedText(converted.pdf)).toContain(
      squash('De leerkrachten begeleiden de leerlingen om de mogelijkheden van sociale media te leren gebruiken.'),
    );
  }, 180_000);

  it('a revision with tracked changes: the summary and both the deleted and the inserted text', async () => {
    const oldPolicy = loadBuildablePolicy(policyPath('casparus-college'));
    const newPolicy = loadBuildablePolicy(
      join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md'),
    );
    const bytes = await buildRevisionDocx(diffPolicies(oldPolicy, newPolicy), oldPolicy, newPolicy, {
      root: PROJECT_ROOT,
    });
    const docx = join(mkdtempSync(join(tmpdir(), 'clausemark-lo-')), 'revision.docx');
    writeFileSync(docx, bytes);
    const converted = convert(docx);
    expect(converted.code, converted.stderr).toBe(0);
    const text = pdfText(converted.pdf);
    expect(text).toContain('9 wijzigingen: 4 inhoudelijk, 5 redactioneel'); // the renumbered-only clause is counted apart
    expect(text).toContain('1 artikel hernummerd');
    expect(text).toContain('WhatsApp-groepen');
    expect(text).toContain('Je zoveel mogelijk inhoudelijk dient te reageren');
  }, 180_000);
});

if (!HAVE_SOFFICE) console.warn(SOFFICE_SKIP);
