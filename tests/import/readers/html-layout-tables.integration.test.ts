// A reglement set in a Word table of two columns, saved as HTML by LibreOffice (`soffice --convert-to html`), read
// as the text it lays out (html-blocks.ts, layout-tables.ts): each article a section with its label as structure,
// "2.1" a clause, not a word lost, as the Word reader reads the .docx. Before, the page was one table clause.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { expectTheReglement, writeLayoutReglement } from '../../support/layout-reglement.js';
import { convertFiles } from '../../support/libreoffice.js';
import { haveTool } from '../../support/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'clausemark-html-layout-'));
const page = join(dir, 'html', 'reglement.html');

describe.skipIf(!haveTool('soffice'))('a reglement in a table of two columns, saved as HTML by LibreOffice', () => {
  beforeAll(async () => {
    await writeLayoutReglement(join(dir, 'reglement.docx'));
    // The filter soffice --convert-to html picks for a Writer document, named: the run's LibreOffice knows no default.
    await convertFiles([join(dir, 'reglement.docx')], 'html:HTML (StarWriter)', join(dir, 'html'));
  }, 300_000);

  it('is read as its articles and clauses, as the .docx is', async () => {
    // LibreOffice wrote the reglement as one <table>: it is the page's layout, not its text.
    expect(readFileSync(page, 'utf8').match(/<table/gu)).toHaveLength(1);
    const result = await importDocument(page, { org: 'de-linde', dryRun: true });
    expectTheReglement(result);
  });
});
