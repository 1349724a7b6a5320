// Issue 23 item 11: a PDF's compressed parts were inflated whole and without a limit (a page content of 1 GB took
// 21 s and 2.2 GB, then "the document has no text"). Each Flate stream is now inflated with the limit for one part
// (CLAUSEMARK_MAX_INFLATED_MB, as for a Word file) before pdfjs reads the file; images, never decoded for text, are
// left alone. Real PDFs built here, imported through the library job.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('leaves an image alone, however large it inflates: text import never decodes it', async () => {
    const file = write('image.pdf', flatePdf(pdfTextContent(LINES), 2 * MB));
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.output).toContain('Medewerkers delen geen foto van leerlingen zonder toestemming.');
  });
});
