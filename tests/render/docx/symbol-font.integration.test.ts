// The Word output's check boxes read by independent readers (src/render/docx/symbols.ts): LibreOffice, converting
// it to PDF, sets them in the Clausemark Symbols it found embedded in the .docx (this machine has no such font
// installed: without the embedded one it takes DejaVu Sans), and python-docx opens it and reads the boxes' runs in
// that font. Skips with a message where soffice, pdffonts or python-docx is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAVE_SOFFICE } from '../../support/docx.js';
import { convertToPdf } from '../../support/libreoffice.js';
import { havePythonDocx } from '../../support/python-docx.js';
import { needTool } from '../../support/tools.js';
import { wordFileOf } from '../../support/word-file.js';

const POLICY = `---
id: meldcode
title: Meldcode
organisation: De Linde
org: aloysius
version: "1"
status: draft
lang: nl
---

## Stappen {#stappen}

{#stappen.signalen} ☒ De signalen zijn vastgelegd, **☐ vet**, *☑ schuin*.

| Stap | Gezet |
| --- | --- |
| Collegiale consultatie | ☒ |
`;

/** A check box only in the title and the organisation: on the cover, in the running header and the colophon. */
const COVER_POLICY = `---
id: meldcode
title: "☒ Meldcode"
organisation: "De Linde ☒"
org: aloysius
version: "1"
status: draft
lang: nl
---

## Stappen {#stappen}

{#stappen.signalen} De signalen zijn vastgelegd.
`;

/** IBM Plex Sans (aloysius's brand) draws none of ☐ ☑ ☒. */
async function meldcodeDocx(dir: string, policy = POLICY): Promise<string> {
  const file = join(dir, 'meldcode.md');
  writeFileSync(file, policy);
  return wordFileOf(file, dir, 'meldcode.docx');
}

describe.skipIf(!HAVE_SOFFICE)('the Word output carries its symbol font', () => {
  let docx: string;
  let pdf: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-symbols-lo-'));
    docx = await meldcodeDocx(dir);
    [pdf] = convertToPdf([docx], dir) as [string];
  }, 240_000);

  it('LibreOffice sets the check boxes in the embedded Clausemark Symbols, no font of its own', (context) => {
    needTool(context.skip, 'pdffonts');
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/\+ClausemarkSymbols\b/);
    expect(fonts).not.toMatch(/DejaVu/);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('☒ De signalen zijn vastgelegd, ☐ vet, ☑ schuin.');
    expect(text).toMatch(/Collegiale consultatie ☒/u);
  });

  it.skipIf(!havePythonDocx())('python-docx opens it and reads the boxes in runs of that font', () => {
    const script = [
      'import docx, sys',
      'document = docx.Document(sys.argv[1])',
      'runs = [r for p in document.paragraphs for r in p.runs]',
      'runs += [r for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]',
      "print('|'.join(r.text for r in runs if r.font.name == 'Clausemark Symbols'))",
    ].join('\n');
    const result = spawnSync('/usr/bin/python3', ['-c', script, docx], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('☒|☐|☑|☒');
  });
});

describe.skipIf(!HAVE_SOFFICE)('the check boxes of the cover and the running header', () => {
  let docx: string;
  let pdf: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-symbols-cover-'));
    docx = await meldcodeDocx(dir, COVER_POLICY);
    [pdf] = convertToPdf([docx], dir) as [string];
  }, 240_000);

  it('LibreOffice sets them in the embedded Clausemark Symbols', (context) => {
    needTool(context.skip, 'pdffonts');
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/\+ClausemarkSymbols\b/);
    expect(fonts).not.toMatch(/DejaVu/);
    const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
    expect(pages[0]).toContain('☒ Meldcode');
    expect(pages[0]).toContain('De Linde ☒');
    expect(pages[1]).toContain('☒ Meldcode · versie 1');
  });

  it.skipIf(!havePythonDocx())('python-docx reads them in runs of that font, the header’s too', () => {
    const script = [
      'import docx, sys',
      'document = docx.Document(sys.argv[1])',
      'runs = [r for p in document.paragraphs for r in p.runs]',
      'runs += [r for s in document.sections for p in s.header.paragraphs for r in p.runs]',
      "print('|'.join(r.text for r in runs if r.font.name == 'Clausemark Symbols'))",
      "print(any('\u2612' in r.text for r in runs if r.font.name != 'Clausemark Symbols'))",
    ].join('\n');
    const result = spawnSync('/usr/bin/python3', ['-c', script, docx], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const [symbols, elsewhere] = result.stdout.trim().split('\n');
    // Cover title, cover line, colophon; then the running header of each section after the cover.
    expect(symbols?.split('|').length).toBeGreaterThanOrEqual(4);
    expect(symbols?.replace(/\|/g, '')).toMatch(/^☒+$/u);
    expect(elsewhere).toBe('False');
  });
});
