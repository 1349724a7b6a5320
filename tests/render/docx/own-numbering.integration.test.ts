// A policy that names its own numbering ("Artikel %1", "%1.%2", "%a)") prints the source's labels in the Word
// output too: Word counts each clause's own number inside its label ("1.%1", "%2)"), so inserting a clause in Word
// renumbers as the source did. Read back the way a reader sees it: LibreOffice converts the .docx to PDF and
// pdftotext reads its text. Skips with a message when soffice is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAVE_SOFFICE, SOFFICE_SKIP, zipParts } from '../../support/docx.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { convertToPdf } from '../../support/libreoffice.js';
import { wordFileOf } from '../../support/word-file.js';

/** Its own numbering: "Artikel %1" over clauses "%1.%2" and items "%a)" (shared with the PDF, Word and HTML tests). */
const SOURCE = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'render', 'own-numbering.md'), 'utf8');

async function buildDocx(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-own-numbering-'));
  const file = join(dir, 'klachtenregeling.md');
  writeFileSync(file, SOURCE);
  return wordFileOf(file, dir, 'klachtenregeling.docx');
}

/** Converted to PDF by LibreOffice (convertToPdf), then pdftotext: the text a reader sees. */
function readBack(docx: string): string {
  const [pdf = ''] = convertToPdf([docx], mkdtempSync(join(tmpdir(), 'clausemark-soffice-')));
  return spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
}

describe('a policy with its own numbering, built to Word', () => {
  it('counts each clause in its own label: "1.%1" and "%2)" in the numbering definitions', async () => {
    const numbering = zipParts(readFileSync(await buildDocx())).get('word/numbering.xml') ?? '';
    const texts = [...numbering.matchAll(/<w:lvlText w:val="([^"]*)"\/>/g)].map((match) => match[1]);
    expect(texts).toEqual(expect.arrayContaining(['1.%1', '%2)', '2.%1']));
  });

  it.skipIf(!HAVE_SOFFICE)(
    'reads "Artikel 1", "1.1", "1.2", "a)", "b)", "Artikel 2", "2.1", "2.2" back',
    async () => {
      const text = readBack(await buildDocx());
      expect(text).toMatch(/Artikel 1\s+Begripsbepalingen/);
      expect(text).toMatch(/1\.1\s+Een klacht is een uiting/);
      expect(text).toMatch(/1\.2\s+Klager is degene/);
      expect(text).toMatch(/a\)\s+een ouder/);
      expect(text).toMatch(/b\)\s+een leerling/);
      expect(text).toMatch(/Artikel 2\s+Indienen/);
      expect(text).toMatch(/2\.1\s+Een klacht wordt binnen/);
      expect(text).toMatch(/2\.2\s+De klacht is schriftelijk/);
    },
    180_000,
  );

  it.skipIf(HAVE_SOFFICE)('skips the LibreOffice read-back', () => {
    console.warn(SOFFICE_SKIP);
  });
});
