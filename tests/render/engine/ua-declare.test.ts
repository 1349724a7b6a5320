// The PDF/UA-1 claim in the XMP metadata (src/render/engine/ua-declare.ts): a built PDF that passes the self-check
// declares pdfuaid:part 1 (with the extension schema PDF/A requires for it), still reads as a valid file, and a
// file that fails the self-check keeps the padding instead of the claim.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { checkPdfUa } from '../../../src/render/engine/ua-check.js';
import { declarationSlot, declarePdfUa } from '../../../src/render/engine/ua-declare.js';
import { boardPackTexts } from '../../../src/report/documents/boardpack.js';
import { renderBoardPack } from '../../../src/render/boardpack/index.js';
import { PROJECT_ROOT, seedRevision } from '../boardpack/fixtures.js';
import { inputFor, policyFrom, testBrand } from '../../support/pdf.js';
import { loadPdfjs } from '../../support/pdfjs.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdf', 'fixtures', 'kitchen-sink.md');
const CLAIM = /<pdfuaid:part>1<\/pdfuaid:part>/;

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

async function build(pdfa: boolean): Promise<Uint8Array> {
  return renderPdf(inputFor(policyFrom(readFileSync(FIXTURE, 'utf8')), { options: { pdfa } }));
}

describe('the PDF/UA-1 declaration', () => {
  for (const pdfa of [false, true]) {
    it(`is in the metadata of a built PDF that passes the self-check${pdfa ? ' (PDF/A, with its extension schema)' : ''}`, async () => {
      const bytes = await build(pdfa);
      expect(checkPdfUa(bytes)).toEqual([]);
      const { getDocument } = await loadPdfjs();
      const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
      const { metadata } = await pdf.getMetadata();
      // The metadata still parses as XMP, and the claim is in it.
      expect(metadata?.get('dc:title')).toMatch(/Reglement/);
      expect(latin1(bytes)).toMatch(CLAIM);
      if (pdfa) expect(latin1(bytes)).toMatch(/<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>/);
      else expect(latin1(bytes)).not.toMatch(/pdfaExtension/);
    });
  }

  it('is left out of a file that fails the self-check, and fills only its padding when it passes', async () => {
    const declared = latin1(await build(false));
    // The same file before the claim was filled in: the padding in its place.
    const start = declared.indexOf('<!-- pdfua -->');
    const end = declared.indexOf('</rdf:Description>', start) + '</rdf:Description>'.length;
    const undeclared = declared.slice(0, start) + declarationSlot(false) + declared.slice(end);
    expect(undeclared.length).toBe(declared.length);
    const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
    const again = declarePdfUa(bytes(undeclared), false, checkPdfUa(bytes(undeclared)).length === 0);
    expect(latin1(again)).toBe(declared);
    const broken = bytes(undeclared.replace('/Tabs /S', ''));
    expect(checkPdfUa(broken)).not.toEqual([]);
    expect(latin1(declarePdfUa(broken, false, checkPdfUa(broken).length === 0))).not.toMatch(CLAIM);
  });

  it('is in a built board pack, which passes the self-check (no gap in its heading levels)', async () => {
    const revision = seedRevision();
    const bytes = await renderBoardPack({
      diff: revision.diff,
      policy: revision.newPolicy,
      brand: testBrand(),
      texts: boardPackTexts(revision.diff, revision.newPolicy, PROJECT_ROOT),
      options: {
        creationDate: new Date(Date.UTC(2025, 7, 1)),
        producer: 'clausemark test',
        sourceHash: 'ab'.repeat(32),
      },
    });
    expect(checkPdfUa(bytes)).toEqual([]);
    expect(latin1(bytes)).toMatch(CLAIM);
  });
});
