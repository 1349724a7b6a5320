// Check boxes and check marks the brand's font lacks, in the Word output (src/render/docx/symbols.ts): set in runs of
// their own in Clausemark Symbols, and that font embedded as Word embeds a font (ECMA-376 Part 1 §17.8.1: an
// obfuscated word/fonts/*.odttf, w:embedRegular with its w:fontKey), so a reader's Word without a font that draws
// ☒ shows it. The de-obfuscation is written from the standard here. A document without such a character embeds no
// symbol font and names none.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPolicyFiles } from '../../../src/build/policy.js';
import { symbolFontBytes } from '../../../src/brand/symbol-font-file.js';
import { deobfuscate, zipBinaryParts, zipParts } from '../../support/docx.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const front = (org: string, title = 'Meldcode', organisation = 'De Linde'): string => `---
id: meldcode
title: ${title}
organisation: ${organisation}
org: ${org}
version: "1"
status: draft
lang: nl
---
`;

const BOXES = `
## Stappen ☑ {#stappen}

{#stappen.signalen} ☒ De signalen zijn vastgelegd.[^1]

{#stappen.ouders} ☐ Ingelicht, **☒ Akkoord**, *☐ schuin*, ✓ klaar, ja☒nee.

| ☒ Stap | Gezet |
| --- | --- |
| Collegiale consultatie | ☒ |

[^1]: Gezet ☒ op 1 maart.
`;

/** The Word output of a policy of `org`'s brand (aloysius: IBM Plex Sans, casparus-college: Source Sans 3). */
async function docxOf(org: string, body: string, head = front(org)): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-symbols-'));
  const file = join(dir, 'meldcode.md');
  writeFileSync(file, `${head}${body}`);
  const options = { root: PROJECT_ROOT, outDir: dir, showIds: false, pdfa: false, formats: ['docx'] };
  return (await renderPolicyFiles(file, options)).files[0]!.bytes;
}

interface WordRun {
  properties: string;
  text: string;
}

/** The runs of a part: their properties (w:rPr) and their text. */
function runsOf(xml: string): WordRun[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, inner]) => ({
    properties: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner!)?.[1] ?? '',
    text: [...inner!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
  }));
}

const SYMBOL_FONTS =
  '<w:rFonts w:ascii="Clausemark Symbols" w:cs="Clausemark Symbols" w:eastAsia="Clausemark Symbols" w:hAnsi="Clausemark Symbols"/>';
const inSymbolFont = (run: WordRun): boolean => run.properties.includes(SYMBOL_FONTS);

describe('check boxes in the Word output', () => {
  it('embeds Clausemark Symbols as Word does, obfuscated with its key, regular face only', async () => {
    const bytes = await docxOf('aloysius', BOXES);
    const texts = zipParts(bytes);
    const binary = zipBinaryParts(bytes);
    const font = /<w:font w:name="Clausemark Symbols">([\s\S]*?)<\/w:font>/.exec(texts.get('word/fontTable.xml')!);
    const embeds = [...(font?.[1] ?? '').matchAll(/<w:(embed\w+) r:id="([^"]+)" w:fontKey="(\{[0-9A-F-]{36}\})"\/>/g)];
    expect(embeds.map((match) => match[1])).toEqual(['embedRegular']);
    const [, , id, key] = embeds[0]!;
    const rels = texts.get('word/_rels/fontTable.xml.rels')!;
    const relationship = new RegExp(`<Relationship Id="${id}" Type="([^"]+)" Target="([^"]+)"/>`).exec(rels);
    expect(relationship?.[1]).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/font');
    const data = binary.get(`word/${relationship![2]}`)!;
    expect(data.subarray(0, 4).toString('hex')).not.toBe('00010000');
    expect(deobfuscate(data, key!).equals(Buffer.from(symbolFontBytes()))).toBe(true);
    expect(texts.get('[Content_Types].xml')).toContain(
      '<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/>',
    );
    expect(texts.get('word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
    // The brand's four faces are embedded as before.
    expect([...binary.keys()].filter((name) => name.endsWith('.odttf'))).toHaveLength(5);
  }, 60_000);

  it('sets every check box the brand lacks, and only those, in runs of the symbol font', async () => {
    const texts = zipParts(await docxOf('aloysius', BOXES));
    const runs = [...runsOf(texts.get('word/document.xml')!), ...runsOf(texts.get('word/footnotes.xml')!)];
    const symbols = runs.filter(inSymbolFont);
    // The heading's ☑ in the contents and over its clauses, the clauses' five boxes, the table's two and the
    // footnote's one (IBM Plex Sans draws ✓).
    expect(symbols.map((run) => run.text).join('')).toBe('☑☑☒☐☒☐☒☒☒☒');
    expect(runs.filter((run) => !inSymbolFont(run)).some((run) => /[☐☑☒]/u.test(run.text))).toBe(false);
    expect(runs.some((run) => run.text.includes('✓ klaar') && !inSymbolFont(run))).toBe(true);
    // In bold text it stays bold (Word emboldens it); in italic text it is upright, as in the PDF.
    const akkoord = runs.findIndex((run) => run.text.includes('Akkoord'));
    expect(runs[akkoord - 1]?.properties).toContain('<w:b/>');
    const schuin = runs.findIndex((run) => run.text.includes('schuin'));
    expect(runs[schuin - 1]?.properties).toContain('<w:i w:val="false"/>');
  }, 60_000);

  it('sets the check boxes of the cover and the running header in the symbol font, and embeds it for them', async () => {
    const head = front('aloysius', '"☒ Meldcode"', '"De Linde ☐"');
    const bytes = await docxOf('aloysius', '\n## Stappen {#stappen}\n\n{#stappen.klaar} Klaar.\n', head);
    const texts = zipParts(bytes);
    const cover = runsOf(texts.get('word/document.xml')!);
    // The title on the cover, the organisation on the cover's first line, the title in the colophon.
    expect(cover.filter(inSymbolFont).map((run) => run.text)).toEqual(['☒', '☐', '☒']);
    expect(cover.filter((run) => !inSymbolFont(run)).some((run) => /[☐☒]/u.test(run.text))).toBe(false);
    // The first cover line is bold, and its box stays bold.
    expect(cover.find((run) => run.text === '☐')?.properties).toContain('<w:b/>');
    const headers = [...texts].filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const running = headers.flatMap(([, xml]) => runsOf(xml)).filter((run) => /☒/u.test(run.text));
    expect(running.length).toBeGreaterThan(0);
    expect(running.every(inSymbolFont)).toBe(true);
    expect(texts.get('word/fontTable.xml')).toContain('<w:font w:name="Clausemark Symbols">');
    expect([...zipBinaryParts(bytes).keys()].filter((name) => name.endsWith('.odttf'))).toHaveLength(5);
  }, 60_000);

  it('names and embeds no symbol font where the brand draws every symbol the document has', async () => {
    for (const [org, body] of [
      ['aloysius', '\n## Stappen {#stappen}\n\n{#stappen.klaar} ✓ Klaar, **✓ vet**.\n'],
      ['casparus-college', '\n## Stappen {#stappen}\n\n{#stappen.open} ☐ Open.\n'],
    ] as const) {
      const bytes = await docxOf(org, body);
      expect(Buffer.from(bytes).includes('Clausemark Symbols')).toBe(false);
      for (const data of zipBinaryParts(bytes).values()) expect(data.includes('Clausemark Symbols')).toBe(false);
      expect([...zipBinaryParts(bytes).keys()].filter((name) => name.endsWith('.odttf'))).toHaveLength(4);
    }
  }, 60_000);

  it('sets in the symbol font only what the brand face lacks (Source Sans 3 has ☐ but no ☒)', async () => {
    const texts = zipParts(
      await docxOf('casparus-college', '\n## Stappen {#stappen}\n\n{#stappen.open} ☐ Open, ☒ gezet.\n'),
    );
    const runs = runsOf(texts.get('word/document.xml')!);
    expect(runs.filter(inSymbolFont).map((run) => run.text)).toEqual(['☒']);
    expect(texts.get('word/fontTable.xml')).toContain('<w:font w:name="Clausemark Symbols">');
  }, 60_000);
});
