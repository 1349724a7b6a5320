// The organisation a document names in its title (src/import/meta.ts): a Word document whose only naming of its
// organisation is "Klachtenregeling Stichting De Linde" was imported with the --org key as a stand-in
// ("organisation: de-linde # niet vermeld in de bron"), though the title states it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-meta-organisation-'));

let made = 0;

/**
 * A .docx titled `title` with the `cover` lines under it and one article, imported for the organisation key `org`;
 * its front matter and the report's findings.
 */
async function imported(title: string, org: string | undefined, cover: readonly string[] = []) {
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    ...cover.map((line) => new Paragraph(line)),
    new Paragraph({ text: 'Artikel 1 Begrippen', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('In deze regeling wordt verstaan onder klager: een ouder, leerling of personeelslid.'),
  ];
  made += 1;
  const file = join(folder, `${org ?? 'beleid'}-${made}.docx`);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const result = await importDocument(file, { ...(org === undefined ? {} : { org }), dryRun: true });
  return { meta: parsePolicy(result.output).policy.meta, output: result.output, findings: result.findings };
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

  it('takes the name a title gives after its kind by its legal form or kind of school, with no --org given', async () => {
    const board = await imported('Klachtenregeling Stichting De Linde', undefined);
    expect(board.meta.organisation).toBe('Stichting De Linde');
    const school = await imported('Pestprotocol OBS De Regenboog', undefined);
    expect(school.meta.organisation).toBe('OBS De Regenboog');
    // No form before the name: nothing says it is the organisation's, so the stand-in stays.
    const bare = await imported('Klachtenregeling De Linde', undefined);
    expect(bare.output).toMatch(/^organisation: beleid-\d+ # niet vermeld in de bron$/mu);
  });

  it('keeps the stand-in where the title spells another organisation', async () => {
    const { output } = await imported('Klachtenregeling Stichting De Eik', 'de-linde');
    expect(output).toMatch(/^organisation: de-linde # niet vermeld in de bron$/mu);
  });
});

describe('an --org key that spells only part of the name', () => {
  const BOARD = 'Stichting Primair Onderwijs Utrecht';

  it.each(['regenboog', 'obs-de-regenboog'])(
    'takes the cover line of the school whose words but its form and article are the key (%s), not the board above it',
    async (org) => {
      const { meta } = await imported('Klachtenregeling', org, [BOARD, 'Basisschool De Regenboog']);
      expect(meta.organisation).toBe('Basisschool De Regenboog');
    },
  );

  it.each(['regenboog', 'obs-de-regenboog'])('takes the school the title names, its form with it (%s)', async (org) => {
    const { meta } = await imported('Klachtenregeling Basisschool De Regenboog', org);
    expect(meta.organisation).toBe('Basisschool De Regenboog');
  });

  it("reads a shortened article as an article (templates/import/adoption-lines.yaml `nl.shortArticles`: 't)", async () => {
    const { meta } = await imported('Klachtenregeling', 't-kompas', [BOARD, 'Kindcentrum Kompas']);
    expect(meta.organisation).toBe('Kindcentrum Kompas');
  });

  it('takes no name that goes on past the key, nor one of another kind of school', async () => {
    // "Noord" is a word of the name the key does not spell: the board's line is taken by its legal form, as before.
    const noord = await imported('Klachtenregeling', 'regenboog', [BOARD, 'Basisschool De Regenboog Noord']);
    expect(noord.meta.organisation).toBe(BOARD);
    const inTitle = await imported('Klachtenregeling Basisschool De Regenboog Noord', 'regenboog');
    expect(inTitle.output).toMatch(/^organisation: regenboog # niet vermeld in de bron$/mu);
    // A college is no OBS.
    const college = await imported('Klachtenregeling', 'obs-de-regenboog', ['Het Regenboog College']);
    expect(college.output).toMatch(/^organisation: obs-de-regenboog # niet vermeld in de bron$/mu);
  });

  it.each([
    ['obs-de-regenboog', 'De Regenboog'],
    ['obs-de-regenboog', 'DE REGENBOOG.'],
    ['de-regenboog', 'CBS De Regenboog'],
    ['school-de-regenboog', 'Basisschool De Regenboog'],
  ])(
    'takes the cover line that is the key (%s) but for case, punctuation and a leading kind word: %s',
    async (org, line) => {
      const { meta } = await imported('Klachtenregeling', org, [line]);
      expect(meta.organisation).toBe(line);
    },
  );

  it('takes no cover line whose words but a kind word are not the key', async () => {
    // "Noord" is no word of the key, and the key's "de" is a word of the name: neither is its name.
    for (const [org, line] of [
      ['obs-de-regenboog', 'De Regenboog Noord'],
      ['obs-de-regenboog', 'Regenboog Stichting'],
    ] as const) {
      const { output } = await imported('Klachtenregeling', org, [line]);
      expect(output).toMatch(new RegExp(`^organisation: ${org} # niet vermeld in de bron$`, 'mu'));
    }
  });

  it('takes neither of two cover lines that spell the key, and says so', async () => {
    const cover = ['Stichting De Regenboog', 'Basisschool De Regenboog'];
    const { output, findings } = await imported('Klachtenregeling', 'regenboog', cover);
    expect(output).toMatch(/^organisation: regenboog # niet vermeld in de bron$/mu);
    const said = findings.map((finding) => finding.params?.decision as { messageId?: string } | undefined);
    expect(said.map((decision) => decision?.messageId)).toContain('import-unstated.several-organisations');
    // The key's kind settles it where it names one: an OBS is the school, not the stichting.
    const obs = await imported('Klachtenregeling', 'obs-de-regenboog', cover);
    expect(obs.meta.organisation).toBe('Basisschool De Regenboog');
  });
});

describe('a cover line naming the organisation by its form, its name a fill-in never filled in', () => {
  it.each(['Basisschool XXX', 'Stichting XXX', 'Stichting De [naam]', 'OBS De «Naam_school»'])(
    'is no organisation: "%s"',
    async (line) => {
      const { output } = await imported('Klachtenregeling', 'de-linde', [line]);
      expect(output).toMatch(/^organisation: de-linde # niet vermeld in de bron$/mu);
    },
  );

  it('leaves a name filled in the organisation', async () => {
    const { meta } = await imported('Klachtenregeling', 'de-linde', ['Stichting Openbaar Onderwijs Waterlinie']);
    expect(meta.organisation).toBe('Stichting Openbaar Onderwijs Waterlinie');
  });
});
