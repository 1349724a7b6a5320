// The Word output's table of contents carries page numbers when the file is opened: each entry is written with the
// page its heading has in the PDF of the same policy (read back from the PDF's named destinations here), inside the
// TOC field, so Word can still update it: the field is marked to be updated and the document asks Word to update its
// fields on opening, so Word shows the pages of its own layout. Every policy in policies/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPolicyFiles } from '../../../src/build/policy.js';
import { zipParts } from '../../support/docx.js';
import { readPdf } from '../../support/pdf.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS } from '../../support/paths.js';

interface Entry {
  anchor: string;
  title: string;
  page: string;
}

/** The TOC field's content control: its field code and the entries of its result. */
function contents(documentXml: string): { field: string; entries: Entry[] } {
  const sdt =
    /<w:sdt>[\s\S]*?<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdt>/.exec(documentXml)?.[0] ?? '';
  const field = /<w:instrText[^>]*>([^<]*)<\/w:instrText>/.exec(sdt)?.[1] ?? '';
  const entries = [...sdt.matchAll(/<w:hyperlink\b[^>]*w:anchor="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map(
    ([, anchor, body]) => {
      // "number<tab>title<tab>page": the number in its column, the page at the right margin.
      const parts = body!
        .split('<w:tab/>')
        .map((part) => [...part.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
      return { anchor: anchor!, title: parts.slice(0, -1).join(' '), page: parts[parts.length - 1] ?? '' };
    },
  );
  return { field, entries };
}

describe('Word contents with page numbers', () => {
  it.each([...SEED_ORGS])(
    '%s: every entry shows the page its heading has in the PDF',
    async (org) => {
      const { files } = await renderPolicyFiles(policyPath(org), {
        root: PROJECT_ROOT,
        outDir: mkdtempSync(join(tmpdir(), 'clausemark-docx-toc-')),
        showIds: false,
        pdfa: false,
        formats: ['docx', 'pdf'],
      });
      const docx = files.find((file) => file.format === 'docx')!;
      const pdf = await readPdf(files.find((file) => file.format === 'pdf')!.bytes);
      const parts = zipParts(docx.bytes);
      const { field, entries } = contents(parts.get('word/document.xml')!);

      expect(field.replaceAll('&quot;', '"')).toMatch(/^TOC \\h \\o "1-3"/);
      expect(parts.get('word/settings.xml')).toContain('<w:updateFields/>');
      expect(parts.get('word/document.xml')).toMatch(
        /<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText[^>]*>TOC /,
      );
      expect(entries.length).toBeGreaterThan(3);
      for (const entry of entries) {
        const index = pdf.destinations.get(entry.anchor);
        expect(index, `${entry.anchor} is a heading of the PDF`).toBeDefined();
        expect(`${entry.title}: ${entry.page}`).toBe(`${entry.title}: ${index! + 1}`);
      }
      // The first entry is the first section, after the cover and the contents.
      expect(Number(entries[0]!.page)).toBeGreaterThanOrEqual(3);
    },
    120_000,
  );

  it('a Word-only build has the page numbers too', async () => {
    const { files } = await renderPolicyFiles(policyPath('allure'), {
      root: PROJECT_ROOT,
      outDir: mkdtempSync(join(tmpdir(), 'clausemark-docx-toc-')),
      showIds: false,
      pdfa: false,
      formats: ['docx'],
    });
    const { entries } = contents(zipParts(files[0]!.bytes).get('word/document.xml')!);
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.every((entry) => /^\d+$/.test(entry.page))).toBe(true);
  }, 120_000);

  it.each([...SEED_ORGS])(
    '%s: a Word-only build (its pages laid out, no PDF made) is byte for byte the Word document built with the PDF',
    async (org) => {
      const build = async (formats: string[]) =>
        (
          await renderPolicyFiles(policyPath(org), {
            root: PROJECT_ROOT,
            outDir: mkdtempSync(join(tmpdir(), 'clausemark-docx-toc-')),
            showIds: false,
            pdfa: false,
            formats,
          })
        ).files.find((file) => file.format === 'docx')!.bytes;
      expect(Buffer.from(await build(['docx'])).equals(Buffer.from(await build(['pdf', 'docx'])))).toBe(true);
    },
    120_000,
  );
});
