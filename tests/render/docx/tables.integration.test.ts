// LibreOffice sets the Word output's tables with columns sized from their content (as the PDF does), so a long
// word in a narrow-looking table is not broken inside its cell, and a merged cell's text appears once. Skips with
// a message when soffice is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAVE_SOFFICE, SOFFICE_SKIP } from '../../support/docx.js';
import { convertToPdf } from '../../support/libreoffice.js';
import { wordFileOf } from '../../support/word-file.js';

const SOURCE = `---
id: kolommen
title: Kolommen
organisation: Stichting Voorbeeld
org: voorbeeld
version: "1.0"
status: draft
lang: nl
---

# Kolommen

## Afspraken {#afspraken}

1. {#k.een} Wie doet wat.

| Nr | Systeem | Wie | Ja | Handtekening |
| --- | --- | --- | --- | --- |
| 1 | Leerlingvolgsysteem | Mentor | ja | |
| 2 | Leerlingvolgsysteem | Zorgcoördinator | nee | |
| 3 | Samen met de ouders | Samen met de ouders | Samen met de ouders | |
`;

function convert(docx: string): string {
  const [pdf = ''] = convertToPdf([docx], mkdtempSync(join(tmpdir(), 'clausemark-soffice-')));
  return spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
}

if (!HAVE_SOFFICE) console.warn(SOFFICE_SKIP);

describe.skipIf(!HAVE_SOFFICE)('LibreOffice reads the Word output tables', () => {
  it('breaks no word inside a cell and prints a merged cell once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-columns-'));
    const file = join(dir, 'kolommen.md');
    writeFileSync(file, SOURCE);
    const text = convert(await wordFileOf(file, dir, 'kolommen.docx'));
    const words = text.split(/\s+/);
    expect(words).toContain('Handtekening');
    expect(words.filter((word) => word === 'Leerlingvolgsysteem')).toHaveLength(1);
    expect(words).toContain('Zorgcoördinator');
    expect(text.split('Samen met de ouders').length - 1).toBe(1);
  }, 180_000);
});
