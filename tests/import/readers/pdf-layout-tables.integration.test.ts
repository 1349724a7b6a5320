// A reglement set in a Word table of two columns, made a PDF by LibreOffice: the PDF reader finds the table by its
// columns (pdf-tables.ts) and, as it lays out a text (layout-tables.ts), reads it as that text (pdf.ts `tableLines`):
// each article a section with its label as structure, "2.1" a clause, not a word lost. Before, the whole reglement
// was one table clause.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { expectTheReglement, writeLayoutReglement } from '../../support/layout-reglement.js';
import { convertFiles } from '../../support/libreoffice.js';
import { haveTool } from '../../support/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'clausemark-pdf-layout-'));

describe.skipIf(!haveTool('soffice'))('a reglement in a table of two columns, made a PDF by LibreOffice', () => {
  beforeAll(async () => {
    await writeLayoutReglement(join(dir, 'reglement.docx'));
    await convertFiles([join(dir, 'reglement.docx')], 'pdf', join(dir, 'pdf'));
  }, 300_000);

  it('is read as its articles and clauses, as the .docx is', async () => {
    const result = await importDocument(join(dir, 'pdf', 'reglement.pdf'), { org: 'de-linde', dryRun: true });
    expectTheReglement(result);
  });
});
