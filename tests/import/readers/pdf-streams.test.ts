// Issue 23 item 11: a PDF's compressed parts were inflated whole and without a limit (a page content of 1 GB took
// 21 s and 2.2 GB, then "the document has no text"). Each Flate stream is now inflated with the limit for one part
// (CLAUSEMARK_MAX_INFLATED_MB, as for a Word file) before pdfjs reads the file, through every stage of a chain of
// filters, and images too (pdfjs decodes them for the operator list the import reads). Real PDFs built here, imported
// through the library job.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { oversizedStream } from '../../../src/import/readers/pdf-streams.js';
import { flatePdf, pdfTextContent } from '../../hardening/generate.js';
import { expectRejectsSaid } from '../../support/said.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-pdf-streams-'));
const MB = 1024 * 1024;
const LINES = ['Protocol sociale media', 'Medewerkers delen geen foto van leerlingen zonder toestemming.'];

let previous: string | undefined;
beforeEach(() => {
  previous = process.env.CLAUSEMARK_MAX_INFLATED_MB;
  process.env.CLAUSEMARK_MAX_INFLATED_MB = '1';
});
afterEach(() => {
  if (previous === undefined) delete process.env.CLAUSEMARK_MAX_INFLATED_MB;
  else process.env.CLAUSEMARK_MAX_INFLATED_MB = previous;
});

function write(name: string, bytes: Uint8Array): string {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

describe('PDF streams inflated with a bound', () => {
  it('refuses a page content that inflates past the limit, naming the file, the object, the limit and its variable', async () => {
    const file = write('bomb.pdf', flatePdf(Buffer.alloc(3 * MB, 0x20)));
    await expectRejectsSaid(importDocument(file, { org: 'school', dryRun: true }), {
      message: 'a part of the PDF (object 4) unpacks to more than 1 MB; clausemark unpacks parts of a PDF up to 1 MB',
      fix: 'check that this is the right document; if it is, raise the limit with the environment variable CLAUSEMARK_MAX_INFLATED_MB (in MB)',
    });
  });

  it('stops inflating at the limit instead of inflating the whole stream', () => {
    // 64 MB of blanks compress to about 64 KB; the check answers after inflating 1 MB of it.
    expect(oversizedStream(flatePdf(Buffer.alloc(64 * MB, 0x20)), MB)).toBe('4');
    expect(oversizedStream(flatePdf(Buffer.alloc(MB - 1, 0x20)), MB)).toBeUndefined();
  });

  it('imports a PDF whose parts stay within the limit, text and all', async () => {
    const file = write('small.pdf', flatePdf(pdfTextContent(LINES)));
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.output).toContain('Medewerkers delen geen foto van leerlingen zonder toestemming.');
  });

  it('refuses an image that inflates past the limit: pdfjs decodes images for the operator list', async () => {
    const file = write('image.pdf', flatePdf(pdfTextContent(LINES), 2 * MB));
    await expectRejectsSaid(importDocument(file, { org: 'school', dryRun: true }), {
      message: 'a part of the PDF (object 6) unpacks to more than 1 MB; clausemark unpacks parts of a PDF up to 1 MB',
    });
  });

  it('imports a PDF with an image within the limit', async () => {
    const file = write('small-image.pdf', flatePdf(pdfTextContent(LINES), MB / 2));
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.output).toContain('Medewerkers delen geen foto van leerlingen zonder toestemming.');
  });

  it('decodes every stage of a chain of filters with the limit, not only the first', () => {
    const blanks = Buffer.alloc(3 * MB, 0x20);
    // Deflated twice, the first stage unpacks to a few kilobytes and the second to 3 MB.
    expect(oversizedStream(flatePdf(blanks, undefined, ['FlateDecode', 'FlateDecode']), MB)).toBe('4');
    expect(oversizedStream(flatePdf(blanks, undefined, ['ASCIIHexDecode', 'FlateDecode']), MB)).toBe('4');
    const text = pdfTextContent(LINES);
    expect(oversizedStream(flatePdf(text, undefined, ['FlateDecode', 'FlateDecode']), MB)).toBeUndefined();
    expect(oversizedStream(flatePdf(text, undefined, ['ASCIIHexDecode', 'FlateDecode']), MB)).toBeUndefined();
  });

  it('reads the text of a PDF whose page content is behind a chain of filters', async () => {
    const file = write('chain.pdf', flatePdf(pdfTextContent(LINES), undefined, ['ASCIIHexDecode', 'FlateDecode']));
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.output).toContain('Medewerkers delen geen foto van leerlingen zonder toestemming.');
  });

  it('judges a JPEG (or other image codec) by the pixels it declares', () => {
    const jpeg = (width: number, height: number): Buffer =>
      Buffer.from(
        `%PDF-1.4\n7 0 obj\n<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length 4 >>\nstream\n\xff\xd8\xff\xd9\nendstream\nendobj\n`,
        'latin1',
      );
    expect(oversizedStream(jpeg(60_000, 60_000), MB)).toBe('7');
    expect(oversizedStream(jpeg(400, 300), MB)).toBeUndefined();
  });

  it('follows a chain of filters given by reference (/Filter 9 0 R)', () => {
    const data = deflateSync(deflateSync(Buffer.alloc(3 * MB, 0x20)));
    const pdf = Buffer.concat([
      Buffer.from(`%PDF-1.4\n4 0 obj\n<< /Filter 9 0 R /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream\nendobj\n9 0 obj\n[/FlateDecode /FlateDecode]\nendobj\n', 'latin1'),
    ]);
    expect(oversizedStream(pdf, MB)).toBe('4');
  });
});
