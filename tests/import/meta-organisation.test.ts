// The organisation a document names in its title (src/import/meta.ts): a Word document whose only naming of its
// organisation is "Klachtenregeling Stichting De Linde" was imported with the --org key as a stand-in
// ("organisation: de-linde # not stated in the source"), though the title states it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-meta-organisation-'));

/** A .docx titled `title` with one article, imported for the organisation key `org`; its front matter. */
async function imported(title: string, org: string) {
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'Artikel 1 Begrippen', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('In deze regeling wordt verstaan onder klager: een ouder, leerling of personeelslid.'),
  ];
  const file = join(folder, `${org}.docx`);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const result = await importDocument(file, { org, dryRun: true });
  return { meta: parsePolicy(result.output).policy.meta, output: result.output };
}

describe('the organisation named in the title', () => {
  it('takes the capitalised words of the title that spell the --org key, with the legal form before them', async () => {
    const { meta, output } = await imported('Klachtenregeling Stichting De Linde', 'de-linde');
    expect(meta.organisation).toBe('Stichting De Linde');
    expect(output).not.toMatch(/^organisation: .*not stated/mu);
  });

  it('takes no word before the name that is no legal form', async () => {
    const { meta } = await imported('Klachtenregeling De Linde', 'de-linde');
    expect(meta.organisation).toBe('De Linde');
  });

  it('keeps the stand-in where the title spells another organisation', async () => {
    const { output } = await imported('Klachtenregeling Stichting De Eik', 'de-linde');
    expect(output).toMatch(/^organisation: de-linde # not stated in the source$/mu);
  });
});
