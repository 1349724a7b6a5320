// Check boxes and check marks in a PDF whose brand font lacks them (IBM Plex Sans draws no ☐ ☑ ☒): set in the
// symbol font (src/brand/symbol-font.ts) in a clause, a table cell, a heading and a footnote, and read back as the
// characters they are; a PDF without them embeds no symbol font, and one whose brand draws them keeps them in it.
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../../src/brand/load.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { inputFor, policyFrom, readPdf } from '../../support/pdf.js';

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
