// What a school's own fill-in looks like (templates/import/word-placeholders.yaml, `fill-ins`), in the text of any
// format (src/import/fill-ins.ts): a bracketed text to fill in is one, a lapsed article, a reference, an omission in a
// quote or a typed box is none.
import { describe, expect, it } from 'vitest';
import { fillInsOf, isFillIn } from '../../src/import/fill-ins.js';

describe('fill-ins', () => {
  it.each([
    'naam directeur',
    'datum',
    'Naam school',
    'schoolnaam',
    'Ingangsdatum',
    'e-mailadres contactpersoon',
    'in te vullen',
    'dd-mm-jjjj',
    'XXXX',
    'xx:xx',
    'Kies: MR of GMR',
  ])('"[%s]" is one', (inside) => {
    expect(isFillIn(inside)).toBe(true);
  });

  it.each([
    'vervallen',
    'Vervallen per 1 augustus 2024',
    'Gereserveerd',
    '1',
    'a',
    '…',
    '...',
    'sic',
    'x',
    ' ',
    'zie bijlage 2',
    'MR',
    'naam van de school die de leerling na de zomer bezoekt',
  ])('"[%s]" is none', (inside) => {
    expect(isFillIn(inside)).toBe(false);
  });

  it('are found in a text with their brackets, in order', () => {
    expect(fillInsOf('De directeur, [naam directeur], tekent op [datum]; artikel 4 [vervallen], zie [1].')).toEqual([
      '[naam directeur]',
      '[datum]',
    ]);
  });
});
