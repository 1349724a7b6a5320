import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

describe('splitSentences', () => {
  it('does not end a sentence at an abbreviation', () => {
    expect(splitSentences('Leerlingen mogen o.a. bellen. Zie art. 5 lid 2. Dat m.b.t. Ouders geldt ook.')).toEqual([
      'Leerlingen mogen o.a. bellen. ',
      'Zie art. 5 lid 2. ',
      'Dat m.b.t. Ouders geldt ook.',
    ]);
  });

  it('ends at ! and ?, keeps closing brackets, and breaks at blank lines', () => {
    expect(splitSentences('Echt?! Ja (zie boven.) Klaar\n\nnieuwe alinea. nog')).toEqual([
      'Echt?! ',
      'Ja (zie boven.) ',
      'Klaar\n\n',
      'nieuwe alinea. nog',
    ]);
  });

  it('gives the text back when joined', () => {
    const text = 'Op 25 mei 2018 om 12.30 uur. Bel 0900 - 1113111! Bijv. morgen?  En dan…';
    expect(splitSentences(text).join('')).toBe(text);
  });
});
