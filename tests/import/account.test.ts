// The import's account of every word: "kept" means in the written policy; text left out and listed is counted
// apart, and a word in neither is a loss, placed at its line of the source (issue 25: the report said every word
// was kept when numbers were gone).
import { describe, expect, it } from 'vitest';
import { accountWords } from '../../src/import/account.js';

describe('accounting for the words of an import', () => {
  it('counts kept, listed and lost words apart, and says where each lost word stands', () => {
    const source = 'Artikel 5 Begrippen\nDe school komt op 12 maart bijeen.\nPagina 1';
    const output = '---\nid: x\n---\n\n## Begrippen\n\nDe school komt op maart bijeen.\n';
    const accounting = accountWords(source, output, ['Pagina 1']);
    expect(accounting).toMatchObject({ total: 12, kept: 7, listed: 2, missing: ['artikel', '5', '12'] });
    expect(accounting.missingLines).toEqual([0, 0, 1]);
  });

  it('does not count as kept a word that only the listed text holds', () => {
    const accounting = accountWords('Inhoud\nInleiding\nInleiding\nTekst.', '## Inleiding\n\nTekst.\n', [
      'Inhoud',
      'Inleiding',
    ]);
    expect(accounting).toMatchObject({ total: 4, kept: 2, listed: 2, missing: [] });
  });
});
