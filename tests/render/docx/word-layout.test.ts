// The Word output's layout as its XML states it (issue 40 item 4): clause text justified in a policy as its PDF
// sets it, ragged in a revision as the board pack sets its redlines, and ragged where the PDF is (a heading inside a
// clause, code); a table under the clause's text, padded and apart from the text before and after it; a draft's watermark in the header of every section,
// the cover's too, and none in an adopted policy; no empty page after the cover (a page break before a section break).
// A revision's changes to tables, headings and footnotes are Word revisions (w:ins, w:del, a row's w:trPr) with
// author and date. The same layout read back by LibreOffice and pandoc: word-user.integration.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../../src/diff/diff.js';
import { loadBuildablePolicy, renderPolicyFiles } from '../../../src/build/policy.js';
import { buildRevisionDocx } from '../../../src/report/documents/revision-docx.js';
import { ClauseNumbering } from '../../../src/render/docx/numbering.js';
import { zipParts } from '../../support/docx.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const head = (status: string): string =>
  `---\nid: lay-out\ntitle: Opmaak\norganisation: Stichting Voorbeeld\norg: voorbeeld\nversion: "1.0"\nstatus: ${status}\nlang: nl\n` +
  (status === 'approved' ? 'approvals:\n  - date: 2024-03-01\n    name: J. Jansen\n    role: directeur\n' : '') +
  '---\n\n# Opmaak\n\n';

const BODY = `## Tijden {#tijden}

1. {#tijden.rooster} De mediatheek is op deze tijden open:

   | Dag | Open |
   | --- | --- |
   | Maandag | 8.30 |

2. {#tijden.pas} Leerlingen tonen hun schoolpas bij binnenkomst, ook wanneer zij de mediatheek alleen even
   binnenlopen om een boek terug te brengen.
3. {#tijden.code} De inlogcode staat zo in het systeem:

   \`\`\`
   MEDIA-2024   (niet delen)
   \`\`\`
`;

const built = new Map<string, Promise<Map<string, string>>>();

/** The package's parts of the policy above with `status`, built once per status. */
function documentXml(status: string): Promise<Map<string, string>> {
  if (!built.has(status)) built.set(status, buildPolicy(status));
  return built.get(status)!;
}

async function buildPolicy(status: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-layout-'));
  const file = join(dir, 'opmaak.md');
  writeFileSync(file, head(status) + BODY);
  const { files } = await renderPolicyFiles(file, {
    root: PROJECT_ROOT,
    outDir: dir,
    showIds: false,
    pdfa: false,
    formats: ['docx'],
  });
  return zipParts(files[0]!.bytes);
}

/** The paragraph style `id`'s alignment (w:jc), as styles.xml defines it. */
function styleAlignment(parts: Map<string, string>, id: string): string | undefined {
  const style = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(
    parts.get('word/styles.xml')!,
  )?.[1];
  return /<w:jc w:val="([^"]+)"/.exec(style ?? '')?.[1];
}

/** Twips of a paragraph's w:spacing attribute, from its own properties or else its style's. */
function spacingOf(parts: Map<string, string>, paragraph: string, attribute: 'before' | 'after'): number {
  const own = new RegExp(`<w:spacing\\b[^>]*w:${attribute}="(\\d+)"`).exec(
    /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(paragraph)?.[0] ?? '',
  );
  if (own) return Number(own[1]);
  const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? 'Normal';
  const definition = new RegExp(`<w:style\\b[^>]*w:styleId="${style}"[^>]*>([\\s\\S]*?)</w:style>`).exec(
    parts.get('word/styles.xml')!,
  )?.[1];
  return Number(new RegExp(`<w:spacing\\b[^>]*w:${attribute}="(\\d+)"`).exec(definition ?? '')?.[1] ?? 0);
}

/** The header parts each section of the body refers to, by their relationship ids. */
function sectionHeaders(parts: Map<string, string>): string[] {
  const document = parts.get('word/document.xml')!;
  const rels = parts.get('word/_rels/document.xml.rels')!;
  return [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map(([section]) => {
    const id = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(section)?.[1];
    const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
    return target ? (parts.get(`word/${target}`) ?? '') : '';
  });
}

describe('the Word output as the PDF sets it', () => {
  it('justifies clause text in a policy, and sets code inside a clause ragged', async () => {
    const parts = await documentXml('draft');
    expect(styleAlignment(parts, 'Clause')).toBe('both');
    const document = parts.get('word/document.xml')!;
    const code = [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?MEDIA-2024[\s\S]*?<\/w:p>/g)][0]?.[0] ?? '';
    expect(code).toMatch(/<w:jc w:val="(left|start)"\/>/);
  }, 60_000);

  it('leaves space between a table and the clause after it', async () => {
    const parts = await documentXml('draft');
    const document = parts.get('word/document.xml')!;
    const after = /<\/w:tbl>(<w:p\b[\s\S]*?<\/w:p>)/.exec(document)?.[1] ?? '';
    expect(after).toContain('Leerlingen tonen');
    // The space the PDF leaves between two list items (4 pt), above the clause; Word sets no space below a table.
    expect(spacingOf(parts, after, 'before')).toBeGreaterThanOrEqual(80);
  }, 60_000);

  it('sets a table as the PDF does: under the clause text, apart from the line it follows, its cells padded', async () => {
    const parts = await documentXml('draft');
    const document = parts.get('word/document.xml')!;
    const [, lead = '', table = ''] =
      /(<w:p\b(?:(?!<w:p\b)[\s\S])*?<\/w:p>)(<w:tbl>[\s\S]*?<\/w:tbl>)/.exec(document) ?? [];
    expect(lead).toContain('op deze tijden open');
    // Word sets no space above a table: the paragraph it follows keeps the PDF's gap between two blocks (4.2 pt).
    expect(spacingOf(parts, lead, 'after')).toBe(84);
    // Its left edge where the clause's text starts, after the number, as the PDF draws it.
    const textLeft = ClauseNumbering.continuation(0).left;
    expect(textLeft).toBeGreaterThan(0);
    expect(table).toContain(`<w:tblInd w:type="dxa" w:w="${textLeft}"/>`);
    // The PDF's cell padding (4.5 pt above and below, 6 pt beside), not Word's 0 pt and 5.4 pt.
    const margins = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(table)?.[1] ?? '';
    expect(margins).toMatch(/<w:top w:type="dxa" w:w="90"\/>/);
    expect(margins).toMatch(/<w:left w:type="dxa" w:w="120"\/>/);
  }, 60_000);

  it("puts a draft's watermark in the header of every section, the cover's too, and none in an adopted policy", async () => {
    const draft = sectionHeaders(await documentXml('draft'));
    expect(draft.length).toBeGreaterThanOrEqual(3);
    for (const [index, header] of draft.entries()) {
      expect(header, `section ${index + 1}`).toContain('PowerPlusWaterMarkObject');
      expect(header, `section ${index + 1}`).toContain('string="CONCEPT"');
    }
    const adopted = sectionHeaders(await documentXml('approved'));
    for (const header of adopted) expect(header).not.toContain('PowerPlusWaterMarkObject');
  }, 60_000);

  it('starts the page after the cover with the section break alone (a page break before it is an empty page)', async () => {
    const document = (await documentXml('draft')).get('word/document.xml')!;
    const cover = /<w:p>(?:(?!<w:p>)[\s\S])*?<w:sectPr\b[\s\S]*?<\/w:p>/.exec(document)?.[0] ?? '';
    expect(cover).toContain('<w:sectPr');
    expect(cover).not.toContain('w:type="page"');
    // Nor an empty paragraph holding only a page break at the top of a page.
    expect(document).not.toMatch(/<w:p><w:r><w:br w:type="page"\/><\/w:r><\/w:p>/);
  }, 60_000);
});

describe('a revision as Word revisions', () => {
  const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'render', 'revision');

  let revision: Promise<Map<string, string>> | undefined;
  const revisionParts = (): Promise<Map<string, string>> => (revision ??= buildRevision());

  async function buildRevision(): Promise<Map<string, string>> {
    const oldPolicy = loadBuildablePolicy(join(FIXTURES, 'old.md'));
    const newPolicy = loadBuildablePolicy(join(FIXTURES, 'new.md'));
    const bytes = await buildRevisionDocx(diffPolicies(oldPolicy, newPolicy), oldPolicy, newPolicy, {
      root: PROJECT_ROOT,
      author: 'J. de Vries',
    });
    return zipParts(bytes);
  }

  it('sets its clauses ragged, as the board pack sets a redline', async () => {
    expect(styleAlignment(await revisionParts(), 'Clause')).toMatch(/^(left|start)$/);
  }, 60_000);

  /** The revised text: after the summary and the contents (the summary quotes changed words too). */
  const body = (parts: Map<string, string>): string => parts.get('word/document.xml')!.split('</w:sdt>').pop()!;

  it('marks a table row added as an inserted row, a changed cell by its words, and keeps the table a table', async () => {
    const document = body(await revisionParts());
    const row = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?Vrijdag[\s\S]*?<\/w:tr>/.exec(document)?.[0] ?? '';
    expect(row).toMatch(/<w:trPr>[\s\S]*?<w:ins w:id="\d+" w:author="J\. de Vries" w:date="[^"]+"/);
    const cell = /<w:tc>(?:(?!<\/w:tc>)[\s\S])*?12\.30[\s\S]*?<\/w:tc>/.exec(document)?.[0] ?? '';
    expect(cell).toMatch(/<w:del\b[^>]*>[\s\S]*?<w:delText[^>]*>12\.30<\/w:delText>/);
    expect(cell).toMatch(/<w:ins\b[^>]*>[\s\S]*?<w:t[^>]*>13\.00<\/w:t>/);
    expect(document).not.toContain('Dag | Open');
  }, 60_000);

  it('marks a heading added, removed or renamed, with its paragraph mark where the heading is new or gone', async () => {
    const document = body(await revisionParts());
    const heading = (words: string): string =>
      new RegExp(
        `<w:p>(?:(?!</w:p>)[\\s\\S])*?<w:pStyle w:val="Heading1"/>(?:(?!</w:p>)[\\s\\S])*?${words}[\\s\\S]*?</w:p>`,
      ).exec(document)?.[0] ?? '';
    expect(heading('Uitlenen')).toMatch(/<w:rPr><w:ins\b/);
    expect(heading('Uitlenen')).toMatch(/<w:ins\b[^>]*>[\s\S]*?<w:t[^>]*>Uitlenen<\/w:t>/);
    expect(heading('Boetes')).toMatch(/<w:rPr><w:del\b/);
    expect(heading('Boetes')).toMatch(/<w:delText[^>]*>Boetes<\/w:delText>/);
    expect(heading('Openingstijden')).toMatch(/<w:ins\b[^>]*>[\s\S]*?<w:t[^>]*> en toegang<\/w:t>/);
  }, 60_000);
});
