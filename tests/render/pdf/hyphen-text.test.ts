// A word hyphenated at a line end reads as the whole word in the tag tree: the added hyphen is drawn in marked
// content of its own with an empty ActualText (ISO 32000-1 §14.9.4), which screen readers and copying use instead
// of the glyph. Read here from the content streams as a reader that honours ActualText does: the glyphs inside each
// paragraph's marked content, with what an ActualText span stands for in place of its glyphs.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { inputFor, policyFrom } from '../../support/pdf.js';
import { loadPdfjs } from '../../support/pdfjs.js';

// Long Dutch words in justified text: lines that would be loose hyphenate their next word.
const PARAGRAPH =
  'Aloysius moedigt medewerkers aan sociale media te gebruiken; dat is een uitstekende manier om in gesprek te ' +
  'zijn met de maatschappij. Wanneer je je begeeft op alle middelen van sociale media, wees je er dan van bewust ' +
  'dat je Aloysius vertegenwoordigt. Onderwijsondersteuningsmedewerkers, vertrouwenscontactpersonen en ' +
  'leerlingbegeleiders hebben een bijzondere verantwoordelijkheid bij de informatievoorziening.';

const SOURCE = `---
title: Sociale media
organisation: Stichting Voorbeeld
version: 1.0.0
status: draft
lang: nl
---

# Uitgangspunten

${PARAGRAPH}
`;

/** Every FlateDecode stream of the file, inflated. */
function contentStreams(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  for (const match of text.matchAll(/<<([\s\S]*?)>>\s*stream\r?\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(match[1]!)?.[1]);
    if (!/\/FlateDecode/.test(match[1]!) || !Number.isFinite(length)) continue;
    const start = match.index! + match[0].length;
    try {
      out.push(inflateSync(bytes.subarray(start, start + length)).toString('latin1'));
    } catch {
      // Not every stream is ours to read (fonts, images): only the text matters here.
    }
  }
  return out;
}

describe('words hyphenated at a line end', () => {
  it('read as the whole word: the added hyphen has an empty ActualText', async () => {
    const bytes = await renderPdf(inputFor(policyFrom(SOURCE)));
    const spans =
      contentStreams(bytes)
        .join('\n')
        .match(/\/Span <<\/ActualText \(\)>> BDC/g) ?? [];
    expect(spans.length, 'the paragraph is hyphenated at least once').toBeGreaterThan(0);

    const { getDocument, OPS } = await loadPdfjs();
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    const paragraphs: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const list = await (await pdf.getPage(number)).getOperatorList();
      // The open marked-content sequences: 'P' collects its glyphs, 'Span' (our only one: an empty ActualText)
      // stands for nothing, anything else collects nothing.
      const open: string[] = [];
      let current = '';
      list.fnArray.forEach((fn, index) => {
        const args = list.argsArray[index] as unknown[];
        if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) open.push(String(args[0]));
        else if (fn === OPS.endMarkedContent) {
          if (open.pop() === 'P') paragraphs.push(current);
          current = open.includes('P') ? current : '';
        } else if (fn === OPS.showText && open.at(-1) === 'P') {
          for (const glyph of args[0] as ({ unicode: string } | number | null)[])
            if (glyph && typeof glyph === 'object') current += glyph.unicode;
        }
      });
    }
    expect(paragraphs.join('').trim()).toContain(PARAGRAPH);
  });
});
