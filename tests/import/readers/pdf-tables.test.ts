// The PDF table detector on lines laid out as LibreOffice and clausemark lay them out: a table with wrapped cells is
// one table with its cells whole; a bulleted list, clauses set with their label before a hanging indent and a table
// of contents align in columns too, and are never taken for a table (issue 25, PDF tables by column geometry).
import { describe, expect, it } from 'vitest';
import type { PageLine } from '../../../src/import/readers/pdf-lines.js';
import { pageTables } from '../../../src/import/readers/pdf-tables.js';

/** A line at `y` whose runs of text start at the given x-positions (5 points a character). */
function line(y: number, ...runs: [number, string][]): PageLine {
  const segments = runs.map(([x, text]) => ({ x, text, end: x + text.length * 5 }));
  return { page: 1, y, x: segments[0]?.x ?? 0, size: 11, text: runs.map(([, text]) => text).join('\t'), segments };
}

const join = (before: string, after: string): string => `${before} ${after}`;

describe('PDF tables by column positions', () => {
  it('reads a table whose cells wrap over several lines as one table, each cell whole, rows as set', () => {
    const lines = [
      line(650, [90, 'Bij een melding van pesten zet de school deze stappen en nog meer woorden.']),
      line(606.6, [90, 'Stap'], [198, 'Wie'], [306, 'Wat'], [414, 'Termijn']),
      line(593.3, [90, '1'], [198, 'mentor'], [306, 'spreekt met de'], [414, 'binnen twee']),
      line(580.5, [306, 'leerling die'], [414, 'werkdagen']),
      line(567.7, [306, 'gepest wordt']),
      line(554.4, [90, '2'], [198, 'mentor'], [306, 'spreekt met de'], [414, 'binnen een week']),
      line(541.6, [306, 'pester']),
      line(500, [90, 'De school evalueert dit protocol elk jaar met de medezeggenschapsraad van de school.']),
    ];
    const tables = pageTables(lines, 11, join);
    expect(tables.map((table) => table.rows)).toEqual([
      [
        ['Stap', 'Wie', 'Wat', 'Termijn'],
        ['1', 'mentor', 'spreekt met de leerling die gepest wordt', 'binnen twee werkdagen'],
        ['2', 'mentor', 'spreekt met de pester', 'binnen een week'],
      ],
    ]);
    expect(tables[0]?.lines).toEqual(lines.slice(1, 7));
  });

  it('reads the rows of a table of wrapped text set without space between them, where a cell ends its row', () => {
    // Every line 14.7 points under the one before; the first column's text wrapped near its edge (x 295, the next
    // column at 306) goes on in its cell, a line whose first word would have fitted after the line above starts a row.
    const lines = [
      line(634.8, [90, 'De klager dient de klacht schriftelijk in'], [306, 'De commissie bevestigt']),
      line(620.1, [90, 'bij de commissie.'], [306, 'de ontvangst.']),
      line(605.4, [90, 'De klachtencommissie bestaat uit de drie'], [306, 'De voorzitter is geen']),
      line(590.7, [90, 'leden.'], [306, 'lid van het personeel.']),
      line(576.0, [306, 'Het is zo.']),
      line(561.3, [90, 'Het bevoegd gezag beslist binnen vier'], [306, 'Het besluit wordt']),
      line(546.6, [90, 'weken.'], [306, 'meegedeeld.']),
    ];
    expect(pageTables(lines, 11, join).map((table) => table.rows)).toEqual([
      [
        ['De klager dient de klacht schriftelijk in bij de commissie.', 'De commissie bevestigt de ontvangst.'],
        ['De klachtencommissie bestaat uit de drie leden.', 'De voorzitter is geen lid van het personeel. Het is zo.'],
        ['Het bevoegd gezag beslist binnen vier weken.', 'Het besluit wordt meegedeeld.'],
      ],
    ]);
  });

  it('reads a first cell wrapped over two lines into its row when rows stand further apart than lines', () => {
    const tables = pageTables(
      [
        line(234, [88, 'Datum'], [170, 'Naam'], [252, 'Functie']),
        line(212, [88, '10 september'], [170, 'Algemeen'], [252, 'Algemeen directeur']),
        line(199, [88, '2013'], [170, 'directeur'], [252, 'Aeres MBO']),
      ],
      11,
      join,
    );
    expect(tables.map((table) => table.rows)).toEqual([
      [
        ['Datum', 'Naam', 'Functie'],
        ['10 september 2013', 'Algemeen directeur', 'Algemeen directeur Aeres MBO'],
      ],
    ]);
  });

  it('needs three rows, unless the header names an approval table', () => {
    const twoRows = [
      line(600, [90, 'Wie'], [200, 'Wat'], [300, 'Wanneer']),
      line(587, [90, 'mentor'], [200, 'gesprek'], [300, 'direct']),
    ];
    expect(pageTables(twoRows, 11, join)).toEqual([]);
    const approval = [
      line(600, [90, 'Datum'], [200, 'Naam'], [300, 'Functie']),
      line(587, [90, '5 maart 2024'], [200, 'M. de Boer'], [300, 'voorzitter']),
    ];
    expect(pageTables(approval, 11, join).map((table) => table.rows.length)).toEqual([2]);
  });

  it('never takes a bulleted list, labelled clauses or a table of contents for a table', () => {
    const bullets = [1, 2, 3, 4].map((index) => line(600 - index * 13, [82, '•'], [102, `Punt ${index} van de lijst`]));
    const clauses = [1, 2, 3, 4].flatMap((index) => [
      line(600 - index * 26, [90, `1.${index}`], [125, `Clause ${index} begins here`]),
      line(587 - index * 26, [125, 'and goes on here']),
    ]);
    const contents = [1, 2, 3, 4].map((index) =>
      line(600 - index * 13, [100, `1.${index}`], [124, `Hoofdstuk ${index}`], [519, String(index + 2)]),
    );
    expect(pageTables(bullets, 11, join)).toEqual([]);
    expect(pageTables(clauses, 11, join)).toEqual([]);
    expect(pageTables(contents, 11, join)).toEqual([]);
  });

  it('never runs a table into a paragraph that reaches across its columns, nor into a heading', () => {
    const tables = pageTables(
      [
        line(600, [90, 'Stap'], [200, 'Wie'], [300, 'Wat']),
        line(587, [90, '1'], [200, 'mentor'], [300, 'gesprek']),
        line(574, [90, '2'], [200, 'ouders'], [300, 'gesprek']),
        line(561, [90, 'Een gewone zin die over de kolommen heen loopt tot ver voorbij de rand.']),
        line(548, [300, 'los']),
      ],
      11,
      join,
    );
    expect(tables.map((table) => table.lines.length)).toEqual([3]);
  });

  it('reads a cell merged across columns into each column it covers, its words once in the page order', () => {
    const tables = pageTables(
      [
        line(600, [90, 'Stap'], [150, 'Wie'], [250, 'Wat'], [350, 'Termijn']),
        line(587, [90, '1'], [150, 'mentor'], [250, 'gesprek'], [350, 'direct']),
        line(574, [90, '2'], [150, 'ouders'], [250, 'gesprek'], [350, 'een week']),
        // "beslist over maatregelen zolang" runs from x 250 to 405, over Termijn's start at 350.
        line(561, [90, '3'], [150, 'directeur'], [250, 'beslist over maatregelen zolang']),
        line(548, [250, 'het duurt']),
        line(520, [90, 'Een gewone zin die over de kolommen heen loopt tot ver voorbij de rand.']),
      ],
      11,
      join,
    );
    expect(tables.map((table) => table.rows.at(-1))).toEqual([
      ['3', 'directeur', 'beslist over maatregelen zolang het duurt', 'beslist over maatregelen zolang het duurt'],
    ]);
    expect(tables.map((table) => table.words.at(-1))).toEqual([
      ['3', 'directeur', 'beslist over maatregelen zolang het duurt', ''],
    ]);
    expect(tables.map((table) => table.lines.length)).toEqual([5]);
  });

  it('starts a row at a line without a first cell, set without space between rows, where no cell above runs on', () => {
    // Every line 14.7 points under the one before. "Na schooltijd" stands under a line of its column that ends a
    // sentence with room for "Na" after it; "De overige" under a line with nothing in its column (that cell ended
    // higher up). "de leerlingen" stands under a line wrapped into it ("de" would not have fitted): it goes on.
    const lines = [
      line(634.8, [90, 'Maandag'], [306, 'De lessen beginnen om half negen en']),
      line(620.1, [306, 'eindigen om drie uur.']),
      line(605.4, [306, 'Na schooltijd is er een studiemiddag;']),
      line(590.7, [306, 'de leerlingen zijn dan vrij.']),
      line(576.0, [90, 'Woensdag'], [306, 'Tot twaalf uur.']),
      line(561.3, [90, 'Donderdag en vrijdag voor de'], [306, 'Vrij om twaalf uur.']),
      line(546.6, [90, 'onderbouw']),
      line(531.9, [306, 'De overige groepen om drie uur.']),
    ];
    expect(pageTables(lines, 11, join).map((table) => table.rows)).toEqual([
      [
        ['Maandag', 'De lessen beginnen om half negen en eindigen om drie uur.'],
        ['', 'Na schooltijd is er een studiemiddag; de leerlingen zijn dan vrij.'],
        ['Woensdag', 'Tot twaalf uur.'],
        ['Donderdag en vrijdag voor de onderbouw', 'Vrij om twaalf uur.'],
        ['', 'De overige groepen om drie uur.'],
      ],
    ]);
  });

  it("keeps a first cell's second paragraph in its cell where the cell beside it runs on in mid-sentence", () => {
    // Every line 14.7 points under the one before, no row lines. "Bij afwezigheid" stands beside "half negen", which
    // goes on in lower case from a line of running text that ends no sentence and that "half" would not have fitted
    // after: a row's cells all start on its first line, so this is no row's. "Verlof" stands beside "Verlof buiten",
    // under a line that ends a sentence: a row.
    const lines = [
      line(634.8, [90, 'Ziekmelding'], [306, 'De ouders melden hun kind voor']),
      line(620.1, [90, 'Bij afwezigheid'], [306, 'half negen ziek bij de school.']),
      line(605.4, [90, 'Verlof'], [306, 'Verlof buiten de vakanties wordt']),
      line(590.7, [306, 'vooraf aangevraagd.']),
      line(576.0, [90, 'Te laat'], [306, 'De leerling meldt zich.']),
    ];
    expect(pageTables(lines, 11, join).map((table) => table.rows)).toEqual([
      [
        ['Ziekmelding Bij afwezigheid', 'De ouders melden hun kind voor half negen ziek bij de school.'],
        ['Verlof', 'Verlof buiten de vakanties wordt vooraf aangevraagd.'],
        ['Te laat', 'De leerling meldt zich.'],
      ],
    ]);
  });

  it('starts the rows of a table that draws its row lines there and nowhere else', () => {
    // A grid as LibreOffice draws Word's "Table Grid", every line 13.3 points under the one before: a row and a cell's
    // next paragraph ("Continurooster.") look alike but for the lines drawn between the rows.
    const lines = [
      line(634.3, [90, 'Maandag'], [306, 'De lessen eindigen om drie uur.']),
      line(621.0, [306, 'Na schooltijd studiemiddag.']),
      line(607.7, [90, 'Woensdag'], [306, 'Tot twaalf uur.']),
      line(594.4, [90, 'Continurooster.']),
      line(581.1, [306, 'De kleuters zijn vrij.']),
      line(567.8, [90, 'Vrijdag'], [306, 'Tot twee uur.']),
    ];
    const rules = [
      { y: 644.8, x0: 84.8, x1: 516.3 },
      { y: 631.5, x0: 84.8, x1: 516.3 },
      { y: 618.2, x0: 84.8, x1: 516.3 },
      // "Tot twaalf uur." underlined: no row line, it starts where the cell's text does.
      { y: 606.2, x0: 306, x1: 381 },
      // The line under Woensdag's row drawn in two pieces, one cell apart, as beside a cell merged down.
      { y: 591.6, x0: 84.8, x1: 192.9 },
      { y: 591.6, x0: 300.6, x1: 516.3 },
      { y: 578.3, x0: 84.8, x1: 516.3 },
      { y: 565, x0: 84.8, x1: 516.3 },
    ];
    expect(pageTables(lines, 11, join, rules).map((table) => table.rows)).toEqual([
      [
        ['Maandag', 'De lessen eindigen om drie uur.'],
        ['', 'Na schooltijd studiemiddag.'],
        ['Woensdag Continurooster.', 'Tot twaalf uur.'],
        ['', 'De kleuters zijn vrij.'],
        ['Vrijdag', 'Tot twee uur.'],
      ],
    ]);
    // Without its lines, the positions alone take the cell's next paragraph for a row, and "Na schooltijd" for more
    // of the cell above (the line above is its column's longest: "Na" would not have fitted after it).
    expect(pageTables(lines, 11, join).map((table) => table.rows.map((row) => row[0]))).toEqual([
      ['Maandag', 'Woensdag', 'Continurooster.', '', 'Vrijdag'],
    ]);
  });
});
