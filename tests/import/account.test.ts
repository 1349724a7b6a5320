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

  it('finds a word broken at a line end with a running footer between its halves, which the output holds whole', () => {
    const source = 'Zij volgt de missie van de onder-\nAeres MBO Pagina 3 van 5\nwijsinstelling en de normen.';
    const output = '---\nid: x\n---\n\nZij volgt de missie van de onderwijsinstelling en de normen.\n';
    const accounting = accountWords(source, output, ['Aeres MBO Pagina 3 van 5']);
    expect(accounting).toMatchObject({ missing: [], kept: 11, listed: 6 });
  });

  it('pairs a heading with its copy in the listed table of contents, whichever copy the output matched', () => {
    // Seen on the seed PDFs: the contents list "Voorwoord", the running header stands before the heading.
    const source =
      'Inhoud\nVoorwoord 3\nUitvoering 4\nProtocol versie 1\nVoorwoord\nTekst over voorwoord.\nUitvoering\nMeer.';
    const output = '---\nid: x\n---\n\n## Voorwoord\n\nTekst over voorwoord.\n\n## Uitvoering\n\nMeer.\n';
    const accounting = accountWords(source, output, ['Inhoud', 'Voorwoord 3', 'Uitvoering 4', 'Protocol versie 1']);
    expect(accounting.missing).toEqual([]);
  });

  it('still loses a word the source has more often than the output and the listed text together', () => {
    const source = 'Inhoud\nVoorwoord 3\nVoorwoord\nDe school komt op 12 maart bijeen.\nOok op 12 april.';
    const output = '---\nid: x\n---\n\n## Voorwoord\n\nDe school komt op maart bijeen.\n\nOok op 12 april.\n';
    const accounting = accountWords(source, output, ['Inhoud', 'Voorwoord 3']);
    expect(accounting.missing).toEqual(['12']);
    expect(accounting.missingLines).toEqual([3]);
  });

  it('reads no word in a heading id with attributes: a title lost beside its id is lost', () => {
    // `{#over-de-aanpak .unnumbered}` spelled "over de aanpak" once more: the title's own words were counted kept.
    const source = 'Over de aanpak\nWij praten.';
    const output = '---\nid: x\n---\n\n## {#over-de-aanpak .unnumbered}\n\n{#over-de-aanpak.praten} Wij praten.\n';
    expect(accountWords(source, output, [])).toMatchObject({ kept: 2, missing: ['over', 'de', 'aanpak'] });
  });

  it('counts nothing lost where an id with attributes repeats words the text holds again further on', () => {
    // A place and date read as headings, each id spelling part of it: the ids' words took the dates' place in order.
    const lines = [
      'Utrecht, 12 maart 2025',
      'Plaats: Utrecht, 12 maart 2025',
      'Plaats en datum: Utrecht, 12 maart 2025',
    ];
    const source = `Tekst.\n${lines.join('\n')}\nHandtekening:`;
    const ids = ['utrecht-12-maart-2025', 'plaats-utrecht-12-maart-2025', 'plaats-en-datum-utrecht-12'];
    const headings = lines.map((line, n) => `## ${line} {#${ids[n]} .unnumbered}`).join('\n\n');
    const output = `---\nid: x\n---\n\nTekst.\n\n${headings}\n\n{#${ids[2]}.handtekening} Handtekening:\n`;
    expect(accountWords(source, output, []).missing).toEqual([]);
  });
});

describe('accounting for footnotes the policy places where it chooses', () => {
  const source =
    'Artikel 2 Media\nBij een verzoek overleg met de directie 1.\nArtikel 3 Maatregelen\nAlle medewerkers tekenen.';
  const notes = { text: '1 Hierbij dienden de aandachtspunten te worden gevolgd.', labels: ['1'] };

  it('counts footnote words kept where the definition stands after the list citing it', () => {
    const output =
      '---\nid: x\n---\n\n## Media\n\n1. Bij een verzoek overleg met de directie[^1].\n\n[^1]: Hierbij dienden de aandachtspunten\n    te worden gevolgd.\n\n## Maatregelen\n\nAlle medewerkers tekenen.\n';
    const accounting = accountWords(source, output, ['Artikel 2', 'Artikel 3'], [], notes);
    expect(accounting).toMatchObject({ missing: [], recall: 1 });
    expect(accounting.kept).toBe(accounting.total - 4);
  });

  it('still counts a footnote word lost when the body, not the definition, holds it', () => {
    const output =
      '---\nid: x\n---\n\n## Media\n\n1. Bij een verzoek overleg met de directie[^1]. Hierbij dienden.\n\n[^1]: De aandachtspunten te worden gevolgd.\n\n## Maatregelen\n\nAlle medewerkers tekenen.\n';
    const accounting = accountWords(source, output, ['Artikel 2', 'Artikel 3'], [], notes);
    expect(accounting.missing).toEqual(['hierbij', 'dienden']);
    // Placed on the footnote's line, after the source's four.
    expect(accounting.missingLines).toEqual([4, 4]);
  });

  it('counts a footnote word missing from every definition lost', () => {
    const output =
      '## Media\n\n1. Bij een verzoek overleg met de directie[^1].\n\n[^1]: Hierbij dienden de te worden gevolgd.\n\n## Maatregelen\n\nAlle medewerkers tekenen.\n';
    expect(accountWords(source, output, ['Artikel 2', 'Artikel 3'], [], notes).missing).toEqual(['aandachtspunten']);
  });
});
