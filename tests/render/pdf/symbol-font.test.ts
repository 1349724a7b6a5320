// Check boxes and check marks in a PDF whose brand font lacks them (IBM Plex Sans draws no ☐ ☑ ☒): set in the
// symbol font (src/brand/symbol-font.ts) in a clause, a table cell, a heading and a footnote, and read back as the
// characters they are; a PDF without them embeds no symbol font, and one whose brand draws them keeps them in it.
// In bold text they print bold (the font has one weight: emboldened), in italic text upright, measured in ink.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../../src/brand/load.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { inputFor, policyFrom, readPdf } from '../../support/pdf.js';
import { needTool } from '../../support/tools.js';

const FRONT = `---
id: meldcode
title: Meldcode
organisation: De Linde
version: "1"
status: draft
---
`;

const BOXES = `${FRONT}
## Stappen ☑ {#stappen}

{#stappen.signalen} ☒ De signalen zijn vastgelegd.[^1]

{#stappen.ouders} ☐ De ouders zijn ingelicht, **vet ☒**, *schuin ☐*, ✓ ✔ ✗ ✘.

| Stap | Gezet |
| --- | --- |
| Collegiale consultatie | ☒ |
| Melding gedaan | ☐ |

[^1]: Gezet ☒ op 1 maart.
`;

const plex = loadBrand('aloysius', { root: PROJECT_ROOT });
const embedsSymbols = (pdf: Uint8Array): boolean => Buffer.from(pdf).includes('ClausemarkSymbols');

describe('check boxes the brand font lacks', () => {
  it('prints them in a clause, a table cell, a heading and a footnote, read back as the characters they are', async () => {
    const pdf = await renderPdf(inputFor(policyFrom(BOXES), { brand: plex }));
    expect(embedsSymbols(pdf)).toBe(true);
    const lines = (await readPdf(pdf)).lines.flat().map((line) => line.join(' ').replace(/\s+/g, ' '));
    const text = lines.join('\n');
    expect(text).not.toContain('?');
    expect(text).toContain('☒ De signalen zijn vastgelegd.');
    // pdfjs parts the text where the font changes: compared without spaces.
    expect(text.replace(/\s/g, '')).toContain('☐Deouderszijningelicht,vet☒,schuin☐,✓✔✗✘.');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/Collegiale consultatie ?☒/u)]));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/Melding gedaan ?☐/u)]));
    expect(text).toContain('Stappen ☑');
    expect(text).toContain('Gezet ☒ op 1 maart.');
  });

  it('embeds no symbol font in a PDF without them', async () => {
    const pdf = await renderPdf(inputFor(policyFrom(BOXES.replace(/[☐☑☒✓✔✗✘]/gu, 'x')), { brand: plex }));
    expect(embedsSymbols(pdf)).toBe(false);
  });

  it('keeps in the brand font what it draws (Source Sans 3 has ☐ but no ☒)', async () => {
    const brand = loadBrand('casparus-college', { root: PROJECT_ROOT });
    const source = `${FRONT}\n## Stappen {#stappen}\n\n{#stappen.open} ☐ Open.\n`;
    expect(embedsSymbols(await renderPdf(inputFor(policyFrom(source), { brand })))).toBe(false);
    const both = `${FRONT}\n## Stappen {#stappen}\n\n{#stappen.open} ☐ Open, ☒ gezet.\n`;
    expect(embedsSymbols(await renderPdf(inputFor(policyFrom(both), { brand })))).toBe(true);
  });
});

/** The pixels of a page darker than mid-grey, as pdftoppm renders it at 150 dpi: how much ink the page carries. */
function inkOf(pdf: Uint8Array, page: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-symbol-ink-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    const args = ['-gray', '-r', '150', '-f', `${page}`, '-l', `${page}`, join(dir, 'page.pdf')];
    const pgm = spawnSync('pdftoppm', args, { maxBuffer: 64 * 1024 * 1024 }).stdout as Buffer;
    const header = /^P5\s+\d+\s+\d+\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    return pgm.subarray(header[0].length).filter((value) => value < 128).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ink a clause of `text` adds to its page over the same clause without it, in `style` ('**' bold, '*' italic). */
async function inkAdded(text: string, style: string): Promise<number> {
  const clause = (body: string) => `${FRONT}\n## Stappen {#stappen}\n\n{#stappen.vink} Vink: ${body}\n`;
  const page = async (body: string) => {
    const pdf = await renderPdf(inputFor(policyFrom(clause(body)), { brand: plex }));
    return inkOf(pdf, (await readPdf(pdf, { firstPages: 0 })).pageCount);
  };
  return (await page(`${style}${text}${style}`)) - (await page(`${style}x${style}`));
}

describe('check boxes in bold and italic text', () => {
  it('print bold in bold text (synthesised, as the symbol font has one weight), about as much bolder as letters', async (context) => {
    needTool(context.skip, 'pdftoppm');
    const boxes = '☒☐☑✓✔✗✘'.repeat(3);
    const [regular, bold] = [await inkAdded(boxes, ''), await inkAdded(boxes, '**')];
    const letters = 'HOEKNAMW'.repeat(3);
    const [regularLetters, boldLetters] = [await inkAdded(letters, ''), await inkAdded(letters, '**')];
    const lettersGain = boldLetters / regularLetters;
    expect(lettersGain).toBeGreaterThan(1.2);
    expect(bold / regular).toBeGreaterThan(1 + (lettersGain - 1) * 0.5);
    expect(bold / regular).toBeLessThan(1 + (lettersGain - 1) * 1.5);
  }, 60_000);

  it('print upright and as heavy as in regular text in italic text, as DejaVu Sans Oblique draws them', async (context) => {
    needTool(context.skip, 'pdftoppm');
    const boxes = '☒☐☑✓✔✗✘'.repeat(3);
    const [regular, italic] = [await inkAdded(boxes, ''), await inkAdded(boxes, '*')];
    expect(Math.abs(italic / regular - 1)).toBeLessThan(0.03);
  }, 60_000);
});
