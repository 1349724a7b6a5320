// The text a screen reader reads from a built PDF: the glyphs inside each paragraph's marked content, in order
// (pdfjs-dist, as assistive technology reads the tag tree's content). Justified lines must keep the space at each
// line break, else "De school draagt zorg" at a line end is read as "De schooldraagt zorg".
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { inputFor, policyFrom } from '../../support/pdf.js';
import { loadPdfjs } from '../../support/pdfjs.js';

const PARAGRAPH =
  'De school draagt zorg voor een veilig klimaat waarin leerlingen, ouders en medewerkers elkaar met respect ' +
  'behandelen en waarin ieder die een melding doet serieus wordt genomen en binnen redelijke termijn antwoord ' +
  'krijgt van de vertrouwenspersoon of de directie van de school die daarvoor verantwoordelijk is.';

const SOURCE = `---
title: Veiligheidsbeleid
organisation: Stichting Voorbeeld
version: 1.0.0
status: draft
lang: nl
---

# Uitgangspunten

${PARAGRAPH}
`;

describe('the text of tagged paragraphs', () => {
  it('keeps a real space at every line break of justified text', async () => {
    const bytes = await renderPdf(inputFor(policyFrom(SOURCE)));
    const { getDocument } = await loadPdfjs();
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    const { OPS } = await loadPdfjs();
    // The glyphs drawn inside each P's marked content, with the characters their font maps them to (pdfjs's text
    // extraction would guess spaces from positions; the operator list holds what the file actually says).
    const paragraphs: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const list = await (await pdf.getPage(number)).getOperatorList();
      const open: (string | undefined)[] = [];
      let current: string | undefined;
      list.fnArray.forEach((fn, index) => {
        const args = list.argsArray[index] as unknown[];
        if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) {
          open.push(current);
          current = args[0] === 'P' ? '' : undefined;
        } else if (fn === OPS.endMarkedContent) {
          if (current !== undefined) paragraphs.push(current);
          current = open.pop();
        } else if (fn === OPS.showText && current !== undefined) {
          for (const glyph of args[0] as ({ unicode: string } | number | null)[])
            if (glyph && typeof glyph === 'object') current += glyph.unicode;
        }
      });
    }
    const ours = paragraphs.join('');
    // The paragraph has no hyphens, so any in the text are hyphenation at a line end.
    expect(ours.replace(/-/g, '').trim()).toContain(PARAGRAPH);
  });
});
