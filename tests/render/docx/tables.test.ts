// Tables in the Word output: a cell that was merged in the source (the import repeats its text in every cell it
// covers) is one spanning cell again, so its text is printed once; read back from the package's XML and by pandoc.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPolicyFiles } from '../../../src/build/policy.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { HAVE_PANDOC, zipParts } from '../../support/docx.js';

const MERGED = `---
id: merged
title: Samengevoegde cellen
organisation: Stichting Voorbeeld
org: voorbeeld
version: "1.0"
status: draft
lang: nl
---

# Samengevoegde cellen

## Rollen {#rollen}

1. {#r.een} Wie doet wat.

| Taak | Wie | Wanneer |
| --- | --- | --- |
| Leerlingvolgsysteem bijhouden | Mentor en zorgcoördinator | Wekelijks |
| Rapport bespreken | Mentor en zorgcoördinator | Per periode |
| Gesprek plannen | Ouderbetrokkenheidsteam | Ouderbetrokkenheidsteam |
`;

async function buildMerged(): Promise<{ bytes: Uint8Array; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-tables-'));
  const file = join(dir, 'merged.md');
  writeFileSync(file, MERGED);
  const { files } = await renderPolicyFiles(file, {
    root: PROJECT_ROOT,
    outDir: dir,
    showIds: false,
    pdfa: false,
    formats: ['docx'],
  });
  const [docx] = files;
  const path = join(dir, 'merged.docx');
  writeFileSync(path, docx!.bytes);
  return { bytes: docx!.bytes, path };
}

const count = (text: string, word: string): number => text.split(word).length - 1;

describe('a merged table cell in the Word output', () => {
  it('is one cell spanning the columns and rows it covers', async () => {
    const { bytes } = await buildMerged();
    const xml = zipParts(bytes).get('word/document.xml') ?? '';
    expect(count(xml, 'Mentor en zorgcoördinator')).toBe(1);
    expect(count(xml, 'Ouderbetrokkenheidsteam')).toBe(1);
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/);
  });

  it.skipIf(!HAVE_PANDOC)('is printed once when pandoc reads the file', async () => {
    const { path } = await buildMerged();
    const result = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', path], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(count(result.stdout, 'Mentor en zorgcoördinator')).toBe(1);
    expect(count(result.stdout, 'Ouderbetrokkenheidsteam')).toBe(1);
    // Cells that differ stay apart.
    expect(count(result.stdout, 'Wekelijks')).toBe(1);
    expect(count(result.stdout, 'Per periode')).toBe(1);
  });
});

describe('a table clausemark makes from data', () => {
  it('keeps every cell: equal values and empty signature cells are not merged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-approvals-'));
    const { files } = await renderPolicyFiles(join(PROJECT_ROOT, 'policies', 'allure', 'social-media.md'), {
      root: PROJECT_ROOT,
      outDir: dir,
      showIds: false,
      pdfa: false,
      formats: ['docx'],
    });
    const xml = zipParts(files[0]!.bytes).get('word/document.xml') ?? '';
    const approvals = xml.slice(xml.indexOf('clausemark:approvals'));
    // The seed's first two rows have the same name and role ("ICT netwerk", "directieboard"): two cells each.
    expect(count(approvals, '>ICT netwerk<')).toBe(2);
    expect(count(approvals, '>directieboard<')).toBe(2);
    expect(approvals).not.toMatch(/<w:gridSpan|<w:vMerge/);
  });
});
