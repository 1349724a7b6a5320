// The words of the lines that close a regulation are data (templates/import/closing-lines.yaml, read by
// src/parse/closing-lines.ts); compare builds its patterns from them (src/compare/read/closing-lines.ts).
import { describe, expect, it } from 'vitest';
import { isClosingLine } from '../../src/compare/read/closing-lines.js';
import { closingLineWords } from '../../src/parse/closing-lines.js';

describe("a regulation's closing lines' words", () => {
  it('are read from the data file', () => {
    const words = closingLineWords();
    expect(words.formFields).toContain('handtekening');
    expect(words.signingFields).not.toContain('naam');
    expect(words.lapsed).toEqual(['vervallen', 'vervalt', 'gereserveerd']);
    expect(words.gazette).toContain('in de nederlandse staatscourant');
  });

  it('make the patterns of the form fields, the lapsed article and the publication formula', () => {
    for (const line of [
      'Datum en handtekening:',
      'Plaats, datum:',
      'Naam, datum en handtekening:',
      'Paraaf:',
      '[Vervallen]',
      'Dit artikel is vervallen.',
      'Gereserveerd',
      'Deze regeling zal met de toelichting in de Staatscourant worden geplaatst.',
      'Het besluit zal in de Nederlandse  Staatscourant worden geplaatst',
    ])
      expect(isClosingLine(line), line).toBe(true);
    for (const line of [
      'Naam:',
      'Datum en tijd:',
      'Dit artikel is vervallen omdat de wet is gewijzigd.',
      'Deze regeling zal op de website worden geplaatst.',
    ])
      expect(isClosingLine(line), line).toBe(false);
  });
});
