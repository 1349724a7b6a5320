// The CSV reader of kennisname's people lists and form exports (src/io/csv.ts): either separator, quoted cells with
// separators, quotes and line breaks inside, each row with the line it starts on, and hidden characters refused.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { thrownError as thrown } from '../support/thrown.js';

describe('parseCsv', () => {
  it('reads commas, quoted cells and doubled quotes, with each row’s first line', () => {
    const table = parseCsv('id,name\r\np1,"Vries, J. de"\n\np2,"Zeg ""hoi""\nen dag"\np3,  Piet  \n', 'x.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['p1', 'Vries, J. de'] },
      { line: 4, cells: ['p2', 'Zeg "hoi"\nen dag'] },
      { line: 6, cells: ['p3', '  Piet  '] },
    ]);
  });

  it('takes the semicolon when the header has more of them (Dutch Excel)', () => {
    expect(parseCsv('naam;datum,tijd;versie\nAnna;1-2-2026,10:00;1.0', 'x.csv').rows[0]!.cells).toEqual([
      'Anna',
      '1-2-2026,10:00',
      '1.0',
    ]);
  });

  it('refuses a quote never closed at the line it opens, and an empty file', () => {
    const open = thrown(() => parseCsv('id,name\np1,ok\np2,"never\nclosed\n', 'x.csv'));
    expect(open.finding.messageId).toBe('csv-file.open-quote');
    expect(open.finding.place?.start.line).toBe(3);
    expect(thrown(() => parseCsv('\n\n', 'x.csv')).finding.messageId).toBe('csv-file.empty');
  });

  it('refuses a bidi override and a control character, naming the character', () => {
    const bidi = thrown(() => parseCsv('name\nAnna\u202e', 'x.csv'));
    expect(bidi.finding.messageId).toBe('csv-file.hidden-character');
    expect(bidi.finding.params).toEqual({ char: 'U+202E' });
    expect(bidi.finding.place?.start).toEqual({ line: 2, column: 5 });
    expect(thrown(() => parseCsv('name\n\u0000', 'x.csv')).finding.params).toEqual({ char: 'U+0000' });
  });

  it('reads 100,000 rows as slices of the text', () => {
    const text = `id,name\n${Array.from({ length: 100_000 }, (_, index) => `p${index},Naam ${index}`).join('\n')}\n`;
    const table = parseCsv(text, 'x.csv');
    expect(table.rows).toHaveLength(100_000);
    expect(table.rows[99_999]).toEqual({ line: 100_001, cells: ['p99999', 'Naam 99999'] });
  });
});
