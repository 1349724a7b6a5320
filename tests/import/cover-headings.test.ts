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

  it('runs to the last field before the first numbered heading, over a subtitle between them', () => {
    const blocks = [
      heading('Klachtenregeling', { level: 1 }),
      heading('voor ouders en leerlingen'),
      heading('Basisschool De Regenboog'),
      heading('Versie 2.0'),
      heading('Algemene bepalingen'),
      heading('Begripsbepalingen', { marker: 'Artikel 1' }),
    ];
    expect(lastCoverHeading(blocks, 1, 'obs-de-regenboog', noText)).toBe(3);
  });

  it('stops at a heading with text under it, a paragraph, or a typed chapter', () => {
    const heads = [heading('Inleiding'), heading('Versie 2.0')];
    expect(lastCoverHeading(heads, 0, undefined, (index) => index === 0)).toBe(-1);
    expect(lastCoverHeading([paragraph('Zie hieronder'), heading('Versie 2.0')], 0, undefined, noText)).toBe(-1);
    expect(lastCoverHeading([heading('Hoofdstuk 1 Algemeen'), heading('maart 2024')], 0, undefined, noText)).toBe(-1);
  });
});
