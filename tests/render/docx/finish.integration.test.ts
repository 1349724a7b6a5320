// The Word output of every policy clausemark ships in policies/ (not a school's own beside them in its clone:
// tests/support/paths.ts) as LibreOffice shows it (converted to PDF, read with pdftotext and
// pdffonts): the contents list every entry with a page number without any field being updated, and the text is set
// in the brand's font embedded in the file (Source Sans 3, IBM Plex Sans), not a substitute. The font must not be
// installed on the machine for the second check to mean anything: fc-list says whether it is, and the check is then
// skipped with a message. Skips with a message when soffice, pdftotext or pdffonts is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { loadBrand, resolveBrandName } from '../../../src/brand/load.js';
import { renderPolicyFiles } from '../../../src/build/policy.js';
import { HAVE_SOFFICE, SOFFICE_SKIP } from '../../support/docx.js';
import { PROJECT_ROOT, shippedPolicyPaths } from '../../support/paths.js';
import { contentsClaims, convertToPdf, pageTexts } from '../../support/libreoffice.js';

const HAVE_POPPLER = spawnSync('pdffonts', ['-v'], { encoding: 'utf8' }).status === 0;
const FONT_INSTALLED = /Source Sans 3|IBM Plex Sans/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '');
if (!HAVE_SOFFICE) console.warn(SOFFICE_SKIP);
if (!HAVE_POPPLER) console.warn('pdffonts/pdftotext are not installed (apt-get install poppler-utils); skipping');
if (FONT_INSTALLED)
  console.warn('a brand font is installed on this machine (fc-list): the embedded-font check proves nothing here');

const FILES = shippedPolicyPaths().sort();
const converted = new Map<string, string>();
/** The PostScript names of the brand's regular and bold faces, as pdffonts lists them. */
const brandFonts = new Map<string, string[]>();

describe.skipIf(!HAVE_SOFFICE || !HAVE_POPPLER)('the Word output as LibreOffice shows it', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-finish-'));
    const docs: string[] = [];
    for (const [index, file] of FILES.entries()) {
      const { files, policy } = await renderPolicyFiles(file, {
        root: PROJECT_ROOT,
        outDir: dir,
        showIds: false,
        pdfa: false,
        formats: ['docx'],
      });
      const brand = loadBrand(resolveBrandName(policy.meta, undefined, PROJECT_ROOT), { root: PROJECT_ROOT });
      brandFonts.set(
        file,
        [brand.fonts.regular, brand.fonts.bold].map(
          (bytes) => (fontkit.create(Buffer.from(bytes)) as fontkit.Font).postscriptName,
        ),
      );
      const docx = join(dir, `policy-${index}.docx`);
      writeFileSync(docx, files[0]!.bytes);
      docs.push(docx);
    }
    // One LibreOffice run for all of them, with a profile of its own (parallel runs do not share one).
    convertToPdf(docs, dir);
    FILES.forEach((file, index) => converted.set(file, join(dir, `policy-${index}.pdf`)));
  }, 600_000);

  it.each(FILES.map((file) => [relative(PROJECT_ROOT, file), file]))(
    '%s: the contents show a page number on every entry',
    (_, file) => {
      const page = spawnSync('pdftotext', ['-layout', '-f', '2', '-l', '2', converted.get(file)!, '-'], {
        encoding: 'utf8',
      }).stdout;
      const entries = page.split('\n').filter((line) => /\.{5,}/.test(line));
      expect(entries.length, page).toBeGreaterThanOrEqual(3);
      for (const entry of entries) expect(entry.trim()).toMatch(/\.{5,}\s*\d+$/);
    },
  );

  it.each(FILES.map((file) => [relative(PROJECT_ROOT, file), file]))(
    '%s: each heading is on the page the contents name (the numbers are true in LibreOffice too)',
    (_, file) => {
      const claims = contentsClaims(pageTexts(converted.get(file)!));
      expect(claims.length).toBeGreaterThanOrEqual(3);
      expect(claims.map(({ title, found }) => `${title}: ${found}`)).toEqual(
        claims.map(({ title, named }) => `${title}: ${named}`),
      );
    },
  );

  it.skipIf(FONT_INSTALLED).each(FILES.map((file) => [relative(PROJECT_ROOT, file), file]))(
    '%s: the text is set in the brand font embedded in the file',
    (_, file) => {
      const fonts = spawnSync('pdffonts', [converted.get(file)!], { encoding: 'utf8' }).stdout;
      const names = fonts
        .split('\n')
        .slice(2)
        .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
        .filter(Boolean);
      const expected = brandFonts.get(file)!;
      for (const name of expected) expect(names).toContain(name);
      // Nothing in another font: no substitute (LibreOffice's is DejaVu Sans), no style of LibreOffice's own
      // (its "Contents Heading" is Liberation Sans).
      const family = expected[0]!.replace(/-.*/, '');
      expect(names.filter((name) => !name.startsWith(`${family}-`))).toEqual([]);
    },
  );
});
