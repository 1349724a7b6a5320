// Two text columns on a PDF page read column by column, a title across the page kept above them and a short closing
// line under them read after them; a table of two wrapped columns whose rows start level (with or without space
// between them), a clause's label before a hanging indent and a table of terms are no columns: read across as before;
// two sides whose paragraphs start level only in part are read across too, and reported as undecided.
import { describe, expect, it } from 'vitest';
import { columnLines } from '../../../src/import/readers/pdf-columns.js';
import { pageLines, type PositionedText } from '../../../src/import/readers/pdf-lines.js';

/** A run of text at x, y, 5 points a character, set in 11 points. */
const run = (x: number, y: number, str: string): PositionedText => ({ str, x, y, width: str.length * 5, size: 11 });

const LEFT = [
  'De klachtencommissie bestaat uit drie',
  'leden die door het bevoegd gezag voor',
  'een periode van vier jaar zijn benoemd',
  'en daarna eenmaal herbenoemd kunnen',
  'worden door het bevoegd gezag.',
  'De voorzitter is geen lid van het',
  'personeel van de school en ook geen',
  'ouder van een leerling van de school.',
];
const RIGHT = [
  'De klager dient de klacht schriftelijk',
  'in bij de klachtencommissie binnen een',
  'jaar na de gedraging of de beslissing',
  'waarop de klacht betrekking heeft.',
  'De commissie bevestigt de ontvangst',
  'van de klacht binnen vijf werkdagen en',
  'zendt een afschrift aan de directeur',
  'van de school waar het om gaat.',
];

/** Two sides of text, line by line 14 points apart, a paragraph gap after the lines given for each side. */
function sides(left: readonly string[], right: readonly string[], gapsLeft: number[], gapsRight: number[]) {
  const items: PositionedText[] = [
    run(60, 760, 'Klachtenregeling van de school, vastgesteld door het bevoegd gezag in maart.'),
  ];
  const place = (texts: readonly string[], x: number, gaps: number[]) => {
    let y = 720;
    texts.forEach((text, index) => {
      items.push(run(x, y, text));
      y -= gaps.includes(index) ? 28 : 14;
    });
  };
  place(left, 60, gapsLeft);
  place(right, 300, gapsRight);
  return items;
}

describe('a PDF page set in two columns', () => {
  it('is read left column first, then the right, under the title across the page', () => {
    const read = columnLines(sides(LEFT, RIGHT, [4], [3]), 1);
    expect(read.lines.map((line) => line.text)).toEqual([
      'Klachtenregeling van de school, vastgesteld door het bevoegd gezag in maart.',
      ...LEFT,
      ...RIGHT,
    ]);
    expect(read.undecided).toBe(false);
    // The right column's lines are indented from their own column, as the left column's are.
    expect(read.lines.at(-1)?.columnOffset).toBe(240);
  });

  it('is not read by columns when its paragraphs start level on both sides (a table), nor reported', () => {
    const items = sides(LEFT, RIGHT, [1, 4], [1, 4]);
    const read = columnLines(items, 1);
    expect(read.lines).toEqual(pageLines(items, 1));
    expect(read.undecided).toBe(false);
  });

  it('is not read by columns where only some paragraphs start level, and says so', () => {
    // Left: paragraphs start at its 3rd and 6th lines; right: at its 3rd, 5th (after "betrekking heeft.") and 8th.
    const items = sides(LEFT, RIGHT, [1, 4], [1, 6]);
    const read = columnLines(items, 1);
    expect(read.lines).toEqual(pageLines(items, 1));
    expect(read.undecided).toBe(true);
  });

  it('reads a table set without space between its rows as a table: its cells start after lines ending a sentence', () => {
    // No gap anywhere: each side's paragraphs start after its 2nd and 5th lines, which end a sentence, level.
    const left = [
      'De klachtencommissie bestaat uit drie',
      'leden die het bevoegd gezag benoemt.',
      'De voorzitter is geen lid van het',
      'personeel van de school en ook geen',
      'ouder van een leerling van de school.',
      'Het bevoegd gezag beslist binnen vier',
      'weken over de klacht en meldt dat.',
    ];
    const right = [
      'De klager dient de klacht schriftelijk',
      'in bij de commissie binnen een jaar.',
      'De commissie bevestigt de ontvangst',
      'van de klacht binnen vijf werkdagen',
      'en zendt een afschrift aan de directie.',
      'Het besluit wordt schriftelijk en met',
      'redenen meegedeeld aan de klager.',
    ];
    const read = columnLines(sides(left, right, [], []), 1);
    expect(read.lines).toEqual(pageLines(sides(left, right, [], []), 1));
    expect(read.undecided).toBe(false);
  });

  it("reads a short line under both columns after them, not as the left column's last", () => {
    // The left column a line shorter (its last line at y 622), the right one's last at y 608; the closing line 18
    // points under that, as close as a paragraph's gap, and 32 under the left column's last line.
    const items = sides(LEFT.slice(0, -1), RIGHT, [4], [3]);
    items.push(run(60, 590, 'Utrecht, 12 maart 2025.'));
    const read = columnLines(items, 1);
    expect(read.lines.map((line) => line.text).slice(-2)).toEqual([
      'van de school waar het om gaat.',
      'Utrecht, 12 maart 2025.',
    ]);
    // The left column's own last line, at its line spacing, stays the left column's.
    const longer = sides([...LEFT, 'Dit is de laatste regel.'], RIGHT, [4], [3]);
    expect(columnLines(longer, 1).lines.map((line) => line.text)[LEFT.length + 1]).toBe('Dit is de laatste regel.');
  });

  it('does not take a clause label before a hanging indent for a column', () => {
    const items = [run(60, 760, 'Artikel 3 Klachtencommissie')];
    [...LEFT, ...RIGHT].forEach((text, index) => {
      if (index % 4 === 0) items.push(run(60, 740 - index * 14, `3.${index / 4 + 1}`));
      items.push(run(90, 740 - index * 14, `${text} en nog wat woorden erbij`));
    });
    const read = columnLines(items, 1);
    expect(read).toEqual({ lines: pageLines(items, 1), undecided: false });
  });

  it('does not take a table of terms and their meaning for two columns', () => {
    const terms = ['klager', '', 'commissie', '', 'school', '', 'bevoegd gezag', ''];
    const items = sides(terms, RIGHT, [], []).filter((item) => item.str !== '');
    const read = columnLines(items, 1);
    expect(read).toEqual({ lines: pageLines(items, 1), undecided: false });
  });
});
