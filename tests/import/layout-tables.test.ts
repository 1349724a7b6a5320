// Which tables lay out a text (src/import/layout-tables.ts): a reglement set in two columns, its labels on the left,
// is read as its text; a table of data, a role table or a table of contents stays a table.
import { describe, expect, it } from 'vitest';
import { isStructureLabel, isWordLabel, laysOutText } from '../../src/import/layout-tables.js';

const SENTENCE = 'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.';

describe('a label cell', () => {
  it('says an article, chapter or paragraph label, alone or with a short title', () => {
    for (const label of [
      'Artikel 1',
      'Art. 3',
      'Artikel 4a.',
      '§ 2',
      'Hoofdstuk 1',
      '1.',
      '2.1',
      'Artikel 1 Begrippen',
    ])
      expect(isStructureLabel(label), label).toBe(true);
  });

  it('is no label when it is a word, a value or a sentence', () => {
    for (const text of ['Gegeven', 'Directeur', '2 jaar', 'Artikel 3 is van toepassing op alle leerlingen.', ''])
      expect(isStructureLabel(text), text).toBe(false);
  });

  it('is a label in words alone only without a title', () => {
    expect(isWordLabel('Artikel  12')).toBe(true);
    expect(isWordLabel('Artikel 12 Slotbepaling')).toBe(false);
    expect(isWordLabel('12.')).toBe(false);
  });
});

describe('a table that lays out a text', () => {
  it('has labels in its first column and sentences beside them', () => {
    const rows = [
      ['Artikel 1', 'Begripsbepalingen'],
      ['', SENTENCE],
      ['Artikel 2', SENTENCE],
    ];
    expect(laysOutText(rows)).toBe(true);
  });

  it('holds a row of one cell across the columns (a chapter) among its rows', () => {
    expect(laysOutText([['Hoofdstuk 1 Algemeen'], ['1.1', SENTENCE], ['1.2', SENTENCE]])).toBe(true);
  });

  it('is not a table of data, roles or contents, nor of three columns, nor of one label', () => {
    const tables: string[][][] = [
      [
        ['Gegeven', 'Bewaartermijn'],
        ['Leerlingdossier', 'Twee jaar na het vertrek van de leerling.'],
      ],
      [
        ['Directeur', 'De directeur is verantwoordelijk voor de naleving van dit protocol.'],
        ['Leerkracht', 'De leerkracht meldt een incident dezelfde dag nog bij de directeur.'],
      ],
      [
        ['Artikel 1', 'Begripsbepalingen'],
        ['Artikel 2', 'Indienen van een klacht'],
      ],
      [
        ['Artikel 1', SENTENCE, 'ja'],
        ['Artikel 2', SENTENCE, 'nee'],
      ],
      [
        ['Artikel 1', SENTENCE],
        ['', SENTENCE],
      ],
    ];
    for (const rows of tables) expect(laysOutText(rows), JSON.stringify(rows[0])).toBe(false);
  });
});
