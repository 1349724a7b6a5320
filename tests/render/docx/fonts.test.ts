// The Word output embeds the brand's fonts as Word does (ECMA-376 Part 1 §17.8.1): word/fonts/fontN.odttf, each
// obfuscated with its w:fontKey (the first 32 bytes XORed with the key's bytes in reverse order), referenced from
// fontTable.xml by w:embedRegular/Bold/Italic/BoldItalic through a font relationship, with the obfuscated-font
// content type and w:embedTrueTypeFonts in settings.xml. The de-obfuscation here is written from the standard,
// not taken from the renderer, and the result is parsed as a font by fontkit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { renderPolicyFiles } from '../../../src/build/policy.js';
import { deobfuscate, zipBinaryParts, zipParts } from '../../support/docx.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';

async function allureDocx(): Promise<Uint8Array> {
  const { files } = await renderPolicyFiles(policyPath('allure'), {
    root: PROJECT_ROOT,
    outDir: mkdtempSync(join(tmpdir(), 'clausemark-docx-fonts-')),
    showIds: false,
    pdfa: false,
    formats: ['docx'],
  });
  return files[0]!.bytes;
}

describe('Word output embeds the brand fonts', () => {
  it('every face in word/fonts/, obfuscated with its key, reads back as the brand font', async () => {
    const bytes = await allureDocx();
    const texts = zipParts(bytes);
    const binary = zipBinaryParts(bytes);
    const table = texts.get('word/fontTable.xml')!;
    const rels = texts.get('word/_rels/fontTable.xml.rels')!;

    const font = /<w:font w:name="Source Sans 3">([\s\S]*?)<\/w:font>/.exec(table)?.[1] ?? '';
    const embeds = [...font.matchAll(/<w:(embed\w+) r:id="([^"]+)" w:fontKey="(\{[0-9A-F-]{36}\})"\/>/g)];
    expect(embeds.map((match) => match[1])).toEqual(['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']);

    const styles = new Map<string, string>();
    for (const [, element, id, key] of embeds) {
      const relationship = new RegExp(`<Relationship Id="${id}" Type="([^"]+)" Target="([^"]+)"/>`).exec(rels);
      expect(relationship?.[1]).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/font');
      const part = `word/${relationship![2]}`;
      expect(part).toMatch(/^word\/fonts\/font\d+\.odttf$/);
      const data = binary.get(part)!;
      // Obfuscated: as stored it is no font (a TrueType file starts 00 01 00 00).
      expect(data.subarray(0, 4).toString('hex')).not.toBe('00010000');
      const face = fontkit.create(deobfuscate(data, key!)) as fontkit.Font;
      expect(face.familyName).toBe('Source Sans 3');
      styles.set(element!, face.subfamilyName);
    }
    expect(Object.fromEntries(styles)).toEqual({
      embedRegular: 'Regular',
      embedBold: 'Bold',
      embedItalic: 'Italic',
      embedBoldItalic: 'Bold Italic',
    });

    expect(texts.get('[Content_Types].xml')).toContain(
      '<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/>',
    );
    expect(texts.get('word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
  }, 120_000);

  it('the same input gives the same bytes: the font keys are derived, not drawn at random', async () => {
    const [first, second] = [await allureDocx(), await allureDocx()];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  }, 120_000);
});
