// Cover lines a reader took for headings (src/import/cover-headings.ts): which lines state a field of a cover, and
// where the cover's headings end.
import { describe, expect, it } from 'vitest';
import type { Block, HeadingBlock } from '../../src/import/blocks.js';
import { coverField, lastCoverHeading } from '../../src/import/cover-headings.js';

const heading = (text: string, extra: Partial<HeadingBlock> = {}): Block => ({
  kind: 'heading',
  level: 2,
  inlines: [{ text }],
  source: { line: 1 },
  ...extra,
});
const paragraph = (text: string): Block => ({ kind: 'paragraph', inlines: [{ text }], source: { line: 1 } });

describe('coverField', () => {
  it.each([
    'Basisschool De Regenboog',
    'Stichting De Linde',
    'Versie 2.0',
    'maart 2024',
    'Vastgesteld op 12 maart 2024',
    'Datum: 12-03-2024',
    'Schooljaar 2024-2025',
  ])('%s is a field of a cover', (text) => expect(coverField(text, 'obs-de-regenboog')).toBe(true));

  it.each([
    'Algemene bepalingen',
    'Inleiding',
    'Begripsbepalingen',
    'Het bestuur stelt deze regeling vast op 12 maart 2024 na overleg.',
    'Stichting De Linde en de scholen die onder haar vallen werken samen',
  ])('%s is not', (text) => expect(coverField(text, 'obs-de-regenboog')).toBe(false));

  it('takes a school by the --org key only where the key spells it', () => {
    expect(coverField('Het Kompas', 'het-kompas')).toBe(true);
    expect(coverField('Het Kompas', undefined)).toBe(false);
  });
});

describe('lastCoverHeading', () => {
  const noText = (): boolean => false;

  const cover = [
    heading('Klachtenregeling', { level: 1 }),
    heading('voor ouders en leerlingen'),
    heading('Basisschool De Regenboog'),
    heading('Versie 2.0'),
  ];

  it('runs to the last field before the first numbered heading, over a subtitle between them', () => {
    const blocks = [
      ...cover,
      heading('Algemene bepalingen'),
      heading('Begripsbepalingen', { marker: 'Artikel 1' }),
      paragraph('Klager: degene die een klacht indient.'),
      heading('Klachtenprocedure'),
      heading('Indienen', { marker: 'Artikel 2' }),
    ];
    expect(lastCoverHeading(blocks, 1, 'obs-de-regenboog', noText)).toBe(3);
  });

  it('takes a heading after the last field (a slogan) for the cover where no chapter divides the articles', () => {
    const articles = [heading('Begripsbepalingen', { marker: 'Artikel 1' }), paragraph('Klager: degene die klaagt.')];
    const slogan = [...cover, heading('Samen leren, samen groeien'), ...articles];
    expect(lastCoverHeading(slogan, 1, 'obs-de-regenboog', noText)).toBe(4);
    // A chapter by its typed number further on: the heading before "Artikel 1" is the first chapter's.
    const typed = [...slogan, heading('Hoofdstuk 2 Slot'), heading('Slot', { marker: 'Artikel 2' })];
    expect(lastCoverHeading(typed, 1, 'obs-de-regenboog', noText)).toBe(3);
    // Without a field before it there is no cover set as headings to take it for.
    expect(lastCoverHeading([cover[0] as Block, heading('Samen leren'), ...articles], 1, undefined, noText)).toBe(0);
  });

  it("takes the school's name over the articles (set larger than them) for the cover, unless another stands beside it", () => {
    const blocks = [
      heading('Klachtenregeling', { level: 1 }),
      heading('Basisschool De Regenboog', { level: 1 }),
      heading('Begripsbepalingen', { marker: 'Artikel 1' }),
      paragraph('Klager: degene die een klacht indient.'),
    ];
    const headsText = (index: number): boolean => index === 1;
    expect(lastCoverHeading(blocks, 1, 'obs-de-regenboog', headsText)).toBe(1);
    const twoSchools = [
      ...blocks,
      heading('Basisschool Het Kompas'),
      heading('Tijden', { marker: 'Artikel 2' }),
      paragraph('De school begint om half negen.'),
    ];
    expect(lastCoverHeading(twoSchools, 1, 'obs-de-regenboog', headsText)).toBe(0);
    // A heading over the articles that states no field stays theirs.
    const chapter = [blocks[0] as Block, heading('Algemeen', { level: 1 }), ...blocks.slice(2)];
    expect(lastCoverHeading(chapter, 1, undefined, headsText)).toBe(0);
  });

  it("takes a school's name right over the first article for the first chapter's where another school's divides the articles", () => {
    // A board's document: each school's name over its own articles, all one level once the articles are read.
    const school = (name: string, number: number): Block[] => [
      heading(name, { unnumbered: true }),
      heading('Schooltijden', { marker: `Artikel ${number}` }),
      paragraph('De lessen beginnen om half negen.'),
    ];
    const board = [
      heading('Schooltijden', { level: 1 }),
      heading('Stichting Primair Onderwijs Utrecht'),
      ...school('Basisschool De Regenboog', 1),
      ...school('Basisschool Het Kompas', 2),
    ];
    expect(lastCoverHeading(board, 1, 'spou', noText)).toBe(1);
    // Alone over the articles, the school's name is the cover's, as before.
    expect(lastCoverHeading(board.slice(0, 5), 1, 'spou', noText)).toBe(2);
  });

  it('stops at a heading with text under it, a paragraph, or a typed chapter', () => {
    const heads = [heading('Inleiding'), heading('Versie 2.0')];
    expect(lastCoverHeading(heads, 0, undefined, (index) => index === 0)).toBe(-1);
    expect(lastCoverHeading([paragraph('Zie hieronder'), heading('Versie 2.0')], 0, undefined, noText)).toBe(-1);
    expect(lastCoverHeading([heading('Hoofdstuk 1 Algemeen'), heading('maart 2024')], 0, undefined, noText)).toBe(-1);
  });
});
