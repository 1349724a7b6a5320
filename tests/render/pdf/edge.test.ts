// Documents at the edges: empty, nested very deep, a table cell longer than a page, characters the font lacks,
// duplicate ids, plain Markdown without frontmatter. Each must render a valid PDF with all of its text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { needTool } from '../../support/tools.js';
import { bodyText, dutchTexts, inputFor, policyFrom, readPdf, squash, testBrand } from '../../support/pdf.js';

let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'clausemark-pdf-edge-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** qpdf's structural check, last in a test: without qpdf the test is reported skipped (see tests/support/tools.ts). */
function qpdfAccepts(skip: TestContext['skip'], bytes: Uint8Array, name: string): boolean {
  needTool(skip, 'qpdf');
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  return spawnSync('qpdf', ['--check', file]).status === 0;
}

const FRONT = `---
id: randgeval
title: Randgeval
organisation: Stichting Rand
version: "1"
status: draft
---
`;

describe('edge cases', () => {
  it('renders a policy without any text: a cover and a page with the colophon, no empty contents page', async ({
    skip,
  }) => {
    const policy = policyFrom(FRONT);
    const bytes = await renderPdf(inputFor(policy));
    const pdf = await readPdf(bytes);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pages.join(' ')).not.toContain('Inhoud');
    expect(pdf.pages[1]).toContain('Pagina 2 van 2');
    expect(qpdfAccepts(skip, bytes, 'empty.pdf')).toBe(true);
  });

  it('keeps deep nesting readable and complete', async ({ skip }) => {
    const depth = 14;
    const lines = Array.from(
      { length: depth },
      (_, level) =>
        `${'   '.repeat(level)}1. {#diep.${level}} Niveau ${level} van een diep geneste opsomming met genoeg woorden om over meerdere regels te lopen.`,
    );
    const policy = policyFrom(`${FRONT}\n## Diep {#diep}\n\n${lines.join('\n')}\n`);
    const input = inputFor(policy);
    const bytes = await renderPdf(input);
    const pdf = await readPdf(bytes);
    const text = bodyText(pdf, input.texts, input.brand);
    for (let level = 0; level < depth; level++)
      expect(text).toContain(squash(`Niveau ${level} van een diep geneste opsomming`));
    expect(qpdfAccepts(skip, bytes, 'deep.pdf')).toBe(true);
  });

  it('splits a table row taller than a page, repeating the header', async () => {
    const long = Array.from({ length: 1000 }, (_, index) => `woord${index}`).join(' ');
    const policy = policyFrom(
      `${FRONT}\n## Tabel {#tabel}\n\n{#tabel.lang} Een tabel:\n\n| Kop A | Kop B |\n| --- | --- |\n| kort | ${long} |\n| laatste | rij |\n`,
    );
    const input = inputFor(policy);
    const pdf = await readPdf(await renderPdf(input));
    // The header repeated on the next page sits between the two halves of the row in the text.
    const text = bodyText(pdf, input.texts, input.brand).split(squash('Kop A Kop B')).join('');
    expect(text).toContain(squash(long));
    expect(text).toContain(squash('laatste rij'));
    const pagesWithRow = pdf.pages
      .map((page, index) => (page.includes('woord') ? index : -1))
      .filter((index) => index >= 0);
    expect(pagesWithRow.length).toBeGreaterThanOrEqual(2);
    for (const index of pagesWithRow) expect(pdf.lines[index]!.map((line) => line.join(' '))).toContain('Kop A Kop B');
  });

  it('replaces characters the font cannot draw instead of setting invisible glyphs', async () => {
    const policy = policyFrom(
      `${FRONT}\n## Tekens {#tekens}\n\n{#tekens.emoji} Duim 👍 omhoog, ligatuur ﬁjn, ĳs en ideeën.\n`,
    );
    const pdf = await readPdf(await renderPdf(inputFor(policy)));
    const text = pdf.pages.join(' ');
    expect(text).toContain('Duim ? omhoog');
    expect(text).toContain('fijn');
    expect(text).toContain('ĳs en ideeën');
  });

  it('survives duplicate ids (check reports them) with one destination each', async ({ skip }) => {
    const policy = policyFrom(`${FRONT}\n## Dubbel {#dubbel}\n\n{#zelfde} Eerste.\n\n{#zelfde} Tweede.\n`);
    const bytes = await renderPdf(inputFor(policy));
    const pdf = await readPdf(bytes);
    expect(pdf.destinations.has('zelfde')).toBe(true);
    expect(pdf.pages.join(' ')).toContain('Tweede.');
    expect(qpdfAccepts(skip, bytes, 'duplicate.pdf')).toBe(true);
  });

  it('renders plain Markdown without frontmatter or ids', async () => {
    const policy = policyFrom(
      '# Huisregels\n\n## Algemeen\n\n1. Wees op tijd.\n2. Ruim je spullen op.\n\n## Slot\n\nVragen? Mail **de conciërge**.\n',
      'policies/school/huisregels.md',
    );
    const input = inputFor(policy, { brand: testBrand({ logo: undefined, footer: '' }) });
    const pdf = await readPdf(await renderPdf(input));
    const text = bodyText(pdf, dutchTexts(policy), input.brand);
    for (const sentence of ['Wees op tijd.', 'Ruim je spullen op.', 'Vragen? Mail de conciërge.'])
      expect(text).toContain(squash(sentence));
    expect(pdf.outline.map((item) => item.title)).toEqual(['1 Algemeen', '2 Slot']);
  });
});
