// A reglement set in a Word table of two columns, saved as HTML by LibreOffice (`soffice --convert-to html`), read
// as the text it lays out (html-blocks.ts, layout-tables.ts): each article a section with its label as structure,
// "2.1" a clause, not a word lost, as the Word reader reads the .docx. Before, the page was one table clause.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { allClauses, allSections } from '../../../src/model/walk.js';
import { REGLEMENT_CLAUSES, REGLEMENT_SECTIONS, writeLayoutReglement } from '../../support/layout-reglement.js';
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
    const policy = parsePolicy(result.output).policy;
    const sections = allSections(policy)
      .slice(1)
      .map((section) => `${section.number ?? ''} ${section.title}`.trim());
    expect(sections).toEqual(REGLEMENT_SECTIONS);
    expect(allClauses(policy).map(({ clause }) => clause.text)).toEqual(REGLEMENT_CLAUSES);
    expect(result.output).not.toContain('|');
    expect(result.output).toContain('## {#artikel-3}');
    expect(result.output).toMatch(/sections: Artikel %1\n\s+clauses: "%1\.%2"/u);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-lost')).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });
});
