// A policy that names its own numbering prints the source's labels ("Artikel 1", "1.1", "a)") in the built PDF,
// not the brand's house style (1, 1., a.). Read back with pdftotext, as a reader would see it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { inputFor, policyFrom } from '../../support/pdf.js';

/** Its own numbering: "Artikel %1" over clauses "%1.%2" and items "%a)" (shared with the PDF, Word and HTML tests). */
const SOURCE = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'render', 'own-numbering.md'), 'utf8');

function pdfText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cm-own-numbering-')), 'policy.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('a policy with its own numbering, built to PDF', () => {
  it('prints "Artikel 1", "1.1", "1.2", "a)" and "Artikel 2", "2.1"', async () => {
    const text = pdfText(await renderPdf(inputFor(policyFrom(SOURCE))));
    expect(text).toMatch(/Artikel 1\s+Begripsbepalingen/);
    expect(text).toMatch(/1\.1\s+Een klacht is een uiting/);
    expect(text).toMatch(/1\.2\s+Klager is degene/);
    expect(text).toMatch(/a\)\s+een ouder/);
    expect(text).toMatch(/b\)\s+een leerling/);
    expect(text).toMatch(/Artikel 2\s+Indienen/);
    expect(text).toMatch(/2\.1\s+Een klacht wordt binnen/);
  });
});
