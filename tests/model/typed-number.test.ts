// The numbers authors type at the start of headings: the parse numbers such sections by them (parse/typed-headings.ts)
// and the diff reads them as the number a reader sees (diff/visible-number.ts).
import { describe, expect, it } from 'vitest';
import { namesArticle, typedHeadingNumber, typedNumber } from '../../src/model/typed-number.js';

describe('typedHeadingNumber', () => {
  it('reads an article, chapter, paragraph or annex by its word and number', () => {
    expect(typedHeadingNumber('Artikel 3 Termijn')).toEqual({ label: 'Artikel 3', numeral: '3' });
    expect(typedHeadingNumber('Artikel  12a')).toEqual({ label: 'Artikel 12a', numeral: '12a' });
    expect(typedHeadingNumber('Artikel 1. Begripsbepalingen')).toEqual({ label: 'Artikel 1', numeral: '1' });
    expect(typedHeadingNumber('Hoofdstuk IV Slotbepalingen')).toEqual({ label: 'Hoofdstuk IV', numeral: 'IV' });
    expect(typedHeadingNumber('§ 2 Melden')).toEqual({ label: '§ 2', numeral: '2' });
    expect(typedHeadingNumber('Bijlage A Formulier')).toEqual({ label: 'Bijlage A', numeral: 'A' });
    expect(typedHeadingNumber('Art. 5:1')).toEqual({ label: 'Art. 5:1', numeral: '5:1' });
  });

  it('reads a number with parts, or one closed by a full stop or bracket', () => {
    expect(typedHeadingNumber('4. Toezicht')).toEqual({ label: '4', numeral: '4' });
    expect(typedHeadingNumber('6.2 Beveiliging')).toEqual({ label: '6.2', numeral: '6.2' });
    expect(typedHeadingNumber('IV. Slotbepalingen')).toEqual({ label: 'IV', numeral: 'IV' });
    expect(typedHeadingNumber('b) Klachten')).toEqual({ label: 'b', numeral: 'b' });
  });

  it('reads no number in a title that starts with a figure or a word like one', () => {
    for (const title of [
      'Toezicht',
      '2024 in cijfers',
      '10 regels voor sociale media',
      'Artikelen 1 tot en met 3',
      'Bijlage bij het reglement',
      'Titel van de regeling',
      'Hoofdstukken',
    ])
      expect(typedHeadingNumber(title), title).toBeUndefined();
  });

  it('gives the numeral alone for the diff', () => {
    expect(typedNumber('Artikel 12')).toBe('12');
    expect(typedNumber('4. Toezicht')).toBe('4');
    expect(typedNumber('Toezicht')).toBeUndefined();
  });

  it('tells an article from a chapter, paragraph or annex', () => {
    const names = (title: string) => namesArticle(typedHeadingNumber(title)!);
    expect(['Artikel 3 Termijn', 'Art. 5:1', 'Article 2 Scope'].map(names)).toEqual([true, true, true]);
    expect(['Hoofdstuk 2 Behandeling', '§ 1 Begrippen', 'Bijlage A', '4. Toezicht'].map(names)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
