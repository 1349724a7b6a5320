// The .docx package is made from docx's compiled parts without the zip Packer would write and we would read back
// (src/render/docx/package.ts): the bytes must be those of the way through Packer's zip, part for part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bookmark, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { packageParts, packReproducibly } from '../../../src/render/docx/package.js';
import { readZip } from '../../../src/render/docx/zip.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const font = (file: string): Buffer => readFileSync(join(PROJECT_ROOT, 'templates/fonts/ibm-plex-sans', file));

/** A document with what the Word output carries that Packer treats apart: an embedded font, bookmarks, UTF-8 text. */
function sample(): Document {
  return new Document({
    title: 'Protocol sociale media',
    creator: 'Stichting De Wĳk',
    fonts: [
      {
        name: 'IBM Plex Sans',
        data: font('IBMPlexSans_400Regular.ttf'),
      },
    ],
    sections: [
      {
        children: [
          new Paragraph({ children: [new Bookmark({ id: 'a.foto', children: [new TextRun('Foto’s')] })] }),
          new Paragraph({ children: [new TextRun({ text: 'Bĳ twijfel — coördinator', bold: true })] }),
        ],
      },
    ],
  });
}

const DATE = new Date('2024-03-01T00:00:00Z');

describe('the Word package', () => {
  it('holds the parts Packer zips, in its order, without zipping them first', async () => {
    const document = sample();
    const direct = await packageParts(document);
    const zipped = await readZip(new Uint8Array(await Packer.toBuffer(document)));
    expect(direct.map((part) => part.name)).toEqual(zipped.map((part) => part.name));
    expect(direct.map((part) => part.name)).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/fonts/font1.odttf']),
    );
    // Relationship ids are random per compile (packReproducibly renumbers them), so the sizes are compared.
    expect(direct.map((part) => part.data.length)).toEqual(zipped.map((part) => part.data.length));
  });

  it('gives the same bytes as the way through Packer’s zip, which it falls back to without docx’s compiler', async () => {
    const document = sample();
    const direct = await packReproducibly(document, DATE);
    const throughZip = await packReproducibly(document, DATE, {});
    expect(direct.length).toBeGreaterThan(0);
    expect(Buffer.from(direct).equals(Buffer.from(throughZip))).toBe(true);
  });
});
