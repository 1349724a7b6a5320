// An article of no title ("## {#artikel-1}" under numbering "Artikel %1", as import reads a reglement that types
// "Artikel 1" alone over its text) prints its label on a line of its own, in the body and in the contents; before,
// the label had no line and the article's first sentence was printed over it. Read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { inputFor, policyFrom } from '../../support/pdf.js';

const SOURCE = `---
id: privacyreglement
title: Privacyreglement
organisation: Stichting De Linde
version: "1.0"
status: draft
lang: nl
numbering:
  sections: Artikel %1
---

# Privacyreglement

## {#artikel-1}

{#artikel-1.verstaan} In dit reglement wordt verstaan onder school: een school van de stichting.

## {#artikel-2}

{#artikel-2.verwerkt} De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.
`;

function pdfLines(bytes: Uint8Array): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'cm-titleless-')), 'policy.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim());
}

describe('an article of no title, built to PDF', () => {
  it('prints its label on its own line, over its text, and with its page in the contents', async () => {
    const lines = pdfLines(await renderPdf(inputFor(policyFrom(SOURCE))));
    const sentence = lines.findIndex((line) => line.startsWith('In dit reglement wordt verstaan'));
    expect(sentence).toBeGreaterThan(0);
    const label = lines.lastIndexOf('Artikel 1', sentence);
    expect(label, lines.join('\n')).toBeGreaterThan(0);
    expect(lines.slice(label + 1, sentence).every((line) => line === '')).toBe(true);
    expect(
      lines.some((line) => /^Artikel 2\s+\d+$/u.test(line)),
      'the contents: "Artikel 2 … 3"',
    ).toBe(true);
  });
});
