// Issue 16, noise: what changes nothing a reader sees is no change (whitespace, re-wrapped lines, list-marker
// style, link syntax, HTML tags around the same words); a web address written another way is editorial; clauses
// that were only renumbered stay out of the headline counts.
import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../support/reasons.js';
import { diffPolicies } from '../../src/diff/diff.js';
import type { PolicyDiff } from '../../src/diff/types.js';
import { parsePolicy } from '../../src/parse/index.js';

/** Plain Markdown as real documents are written: no frontmatter, no ids. */
const diffOf = (before: string, after: string): PolicyDiff =>
  diffPolicies(parsePolicy(before, { path: 'old.md' }).policy, parsePolicy(after, { path: 'new.md' }).policy);

const PRIVACY = `# Privacy

## Gegevens

Information about your use of this website is collected using server access logs and a tracking cookie. The collected information consists of the following:

* The IP address from which you access the website;
* The date and time when you access the website;

Part of this information is gathered using a tracking cookie set by the [Google Analytics](https://www.google.com/analytics/) service.

Op <a href="https://www.ggd.nl" target="_blank">www.GGD.nl</a> kunt u vinden onder welke GGD u valt.
`;

describe('no change at all', () => {
  it('trailing spaces, double spaces and extra blank lines', () => {
    const after = PRIVACY.replace('the following:', 'the following:   ')
      .replace('server access', 'server  access')
      .replace('## Gegevens\n', '## Gegevens\n\n\n');
    const diff = diffOf(PRIVACY, after);
    expect(diff.changes).toEqual([]);
    expect(diff.summary.total).toBe(0);
  });

  it('a hard-wrapped paragraph re-wrapped', () => {
    const after = PRIVACY.replace(
      'collected using server access logs and a tracking cookie. The collected',
      'collected using server access logs\nand a tracking cookie. The\ncollected',
    ).replace('set by the [Google', 'set by the\n[Google');
    expect(diffOf(PRIVACY, after).changes).toEqual([]);
  });

  it('list-marker style and link syntax: inline, reference, autolink, HTML <a>', () => {
    const after = PRIVACY.replaceAll('* The', '- The')
      .replace('[Google Analytics](https://www.google.com/analytics/)', '[Google Analytics][1]')
      .concat('\n  [1]: https://www.google.com/analytics/\n')
      .replace('<a href="https://www.ggd.nl" target="_blank">www.GGD.nl</a>', '[www.GGD.nl](https://www.ggd.nl/)');
    expect(diffOf(PRIVACY, after).changes).toEqual([]);
  });

  it('a red <span> put around unchanged words', () => {
    const after = PRIVACY.replace('service.', '<span style="color:red">service.</span>');
    expect(diffOf(PRIVACY, after).changes).toEqual([]);
  });
});

describe('a web address written another way is editorial', () => {
  it('http → https, "www." dropped, a trailing slash', () => {
    const before = `# Links\n\nMeer informatie vindt u op http://www.coronamelder.nl/nl/faq en bij de GGD.\n`;
    const after = `# Links\n\nMeer informatie vindt u op https://coronamelder.nl/nl/faq/ en bij de GGD.\n`;
    const diff = diffOf(before, after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.kinds).toEqual(['modified']);
    expect(diff.changes[0]?.significance).toBe('editorial');
    expect(diff.changes[0]?.reasons).toEqual([]);
  });

  it('another address is still substantive', () => {
    const before = `# Links\n\nMeer informatie vindt u op https://www.coronamelder.nl/nl/faq en bij de GGD.\n`;
    const after = `# Links\n\nMeer informatie vindt u op https://www.rivm.nl/nl/faq en bij de GGD.\n`;
    expect(diffOf(before, after).changes[0]?.significance).toBe('substantive');
  });
});

describe('renumbered-only entries', () => {
  it('are not counted in the headline, but counted apart', () => {
    const before = `# Regels\n\n1. Eerste regel over het gebruik van sociale media.\n2. Tweede regel over het delen van foto's.\n3. Derde regel over het melden van incidenten.\n`;
    const after = `# Regels\n\n1. Een nieuwe regel over de privacy van leerlingen.\n2. Eerste regel over het gebruik van sociale media.\n3. Tweede regel over het delen van foto's.\n4. Derde regel over het melden van incidenten.\n`;
    const diff = diffOf(before, after);
    expect(diff.summary.renumbered).toBe(3);
    expect(diff.summary.added).toBe(1);
    expect(diff.summary.total).toBe(1);
    expect(diff.summary.substantive + diff.summary.editorial).toBe(1);
  });
});

describe('text that moved between clauses and paragraphs', () => {
  it('a paragraph of lines that became the list it stood for is one split, not a list of added clauses', () => {
    const before = `# Artikel 6\n\nHet lidmaatschap eindigt:\n door de dood van het lid;\n door opzegging van het lid;\n door opzegging namens de vereniging;\n door ontzetting uit het lidmaatschap.\nOntzetting uit het lidmaatschap geschiedt door het bestuur.\n`;
    const after = `# Artikel 6\n\n1. Het lidmaatschap eindigt:\n    1. door de dood van het lid;\n    2. door opzegging van het lid;\n    3. door opzegging namens de vereniging;\n    4. door ontzetting uit het lidmaatschap.\n2. Ontzetting uit het lidmaatschap geschiedt door het bestuur.\n`;
    const diff = diffOf(before, after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.kinds).toEqual(['split']);
    expect(diff.changes[0]?.parts).toHaveLength(6);
    // The words are the same: an editorial split, with no reason of substance (issue 26 item 4).
    expect(diff.changes[0]?.significance).toBe('editorial');
    expect(reasonTexts(diff.changes[0]?.reasons ?? [])).toEqual([]);
    expect(diff.summary.added).toBe(0);
  });

  it('a sentence that left for a paragraph of its own, and changed on the way, is a split', () => {
    const before = `# Wijzigingen\n\nDeze privacyverklaring kan worden gewijzigd. In dat geval publiceren wij de nieuwe verklaring op onze website. Laatste update: 27 november 2020\n\n# Contact\n\nVragen kunt u stellen aan de functionaris gegevensbescherming.\n`;
    const after = `# Wijzigingen\n\nDeze privacyverklaring kan worden gewijzigd. In dat geval publiceren wij de nieuwe verklaring op onze website.\n\nLaatste update: 15 maart 2021.\n\n# Contact\n\nVragen kunt u stellen aan de functionaris gegevensbescherming.\n`;
    const diff = diffOf(before, after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.kinds).toEqual(['split', 'modified']);
    expect(diff.changes[0]?.parts?.map((part) => part.text)).toEqual([
      'Deze privacyverklaring kan worden gewijzigd. In dat geval publiceren wij de nieuwe verklaring op onze website.',
      'Laatste update: 15 maart 2021.',
    ]);
    expect(diff.summary.added).toBe(0);
  });

  it('a sentence that left for another section is a moved split, and the mirror a moved merge', () => {
    const before = `# Gebruik\n\nLeerlingen gebruiken hun telefoon niet tijdens de les. Bij overtreding neemt de docent de telefoon tot het einde van de dag in.\n\n# Sancties\n\nDe school meldt herhaalde overtredingen aan de ouders.\n`;
    const after = `# Gebruik\n\nLeerlingen gebruiken hun telefoon niet tijdens de les.\n\n# Sancties\n\nDe school meldt herhaalde overtredingen aan de ouders.\n\nBij overtreding neemt de docent de telefoon tot het einde van de dag in.\n`;
    const forward = diffOf(before, after);
    expect(forward.changes.map((change) => change.kinds)).toEqual([['split', 'moved']]);
    const backward = diffOf(after, before);
    expect(backward.changes.map((change) => change.kinds)).toEqual([['merged', 'moved']]);
  });
});

describe('order and context before content', () => {
  it('a short list item renamed in place is modified, not removed and added', () => {
    const list = (last: string): string =>
      `# Percelen\n\nDe opdracht bestaat uit vier percelen:\n\n1. Licenties of contracten\n2. Beheer, implementatie, onderhoud en support\n3. Doorontwikkeling\n4. ${last}\n\nStel de percelen zo samen dat iedere leverancier zich op afzonderlijke percelen kan richten.\n`;
    const diff = diffOf(list('Scholing'), list('Training'));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      kinds: ['modified'],
      old: { text: 'Scholing' },
      new: { text: 'Training' },
    });
  });

  it('a long paragraph replaced in place stays removed and added', () => {
    const text = (middle: string): string =>
      `# Regels\n\nDe school publiceert dit protocol op haar website.\n\n${middle}\n\nHet bestuur stelt dit protocol vast na instemming van de raad.\n`;
    const diff = diffOf(
      text('Medewerkers gebruiken voor contact met leerlingen uitsluitend de kanalen van de school.'),
      text('Ouders ontvangen jaarlijks een overzicht van alle incidenten die op school zijn gemeld.'),
    );
    expect(diff.changes.map((change) => change.kinds)).toEqual([['removed'], ['added']]);
  });
});

describe('hard-wrapped source', () => {
  it('an opening tag wrapped onto a line of its own leaves no empty clause to report as removed', () => {
    // The CISA draft: "-   <span …>" then the wrapped text. CommonMark ends the item at the tag line, so the item
    // is empty and the text a paragraph after it; the next version has it on one line, inside the item.
    const before = `# Instructions\n\n-   <span style="color:red">\n*Instructions for how to use the template are provided throughout\n    the document in red and italic text.*</span>\n\n-   <span style="color:red">\n*You are encouraged to modify the template to suit your needs.*</span>\n`;
    const after = `# Instructions\n\n-   <span style="color:red">*Instructions for how to use the template are provided throughout the document in red and italic text.*</span>\n-   <span style="color:red">*You are encouraged to modify the template to suit your needs.*</span>\n`;
    for (const diff of [diffOf(before, after), diffOf(after, before)]) {
      expect(
        diff.changes.filter((change) => change.kinds.includes('removed') || change.kinds.includes('added')),
      ).toEqual([]);
    }
  });
});

describe('tables, row by row and cell by cell', () => {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const table = ([header = [], ...rows]: string[][]): string =>
    `# Contact\n\nDe school heeft deze contactpersonen.\n\n${line(header)}\n|${' --- |'.repeat(header.length)}\n${rows.map(line).join('\n')}\n\n# Slot\n\nDit protocol geldt vanaf 1 augustus.\n`;
  const ROWS = [
    ['Rol', 'Naam', 'Dagen'],
    ['Interne contactpersoon', 'Jan de Vries', '2'],
    ['Externe contactpersoon', 'Piet Jansen', '2'],
    ['Vertrouwenspersoon', 'Anna Bakker', '1'],
    ['Conciërge', 'Kees Smit', '5'],
  ];

  it('a column added gives one reason per kind of cell, not a row of numbers', () => {
    const wider = ROWS.map((row, index) => [...row, index === 0 ? 'Uren' : String((index % 2) + 1)]);
    const diff = diffOf(table(ROWS), table(wider));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.kinds).toEqual(['modified']);
    for (const reason of reasonTexts(diff.changes[0]?.reasons ?? [])) expect(reason).not.toMatch(/'\d+ \d+/);
  });

  it('one changed cell is that cell changed', () => {
    const changed = ROWS.map((row) => (row[0] === 'Vertrouwenspersoon' ? [...row.slice(0, 2), '3'] : row));
    const diff = diffOf(table(ROWS), table(changed));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ kinds: ['modified'], significance: 'substantive' });
    expect(reasonTexts(diff.changes[0]?.reasons ?? [])).toEqual(['number 1 → 3']);
  });
});
