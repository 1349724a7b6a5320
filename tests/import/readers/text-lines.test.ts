// A cover page in text as pdftotext writes it (a form feed starts each next page): its few short lines stand each on
// its own; a first page of text, a form feed only at the end, or no form feed at all make no cover.
import { describe, expect, it } from 'vitest';
import { coverPageLines } from '../../../src/import/readers/text-lines.js';

const TEXT = ['Inleiding', 'Op onze school voelt iedereen zich veilig.'];

describe('the lines of a cover page', () => {
  it('are the first page when it holds a few short lines and more pages follow', () => {
    const lines = ['  Pestprotocol', 'Basisschool De Regenboog', '', '   Versie 2.0', `\f${TEXT[0]}`, ...TEXT.slice(1)];
    expect([...coverPageLines(lines)]).toEqual([0, 1, 3]);
  });

  it('are none where the first page is text, no page follows, or no form feed ends a page', () => {
    const long = 'Deze regeling beschrijft hoe de school met klachten van ouders, leerlingen en personeel omgaat.';
    expect(coverPageLines(['Klachtenregeling', long, `\f${TEXT[0]}`])).toEqual(new Set());
    const many = Array.from({ length: 9 }, (_, index) => `Regel ${index + 1}`);
    expect(coverPageLines([...many, `\f${TEXT[0]}`])).toEqual(new Set());
    expect(coverPageLines(['Pestprotocol', 'Versie 2.0', '\f'])).toEqual(new Set());
    expect(coverPageLines(['Pestprotocol', 'Versie 2.0', ...TEXT])).toEqual(new Set());
  });
});
