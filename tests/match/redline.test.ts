import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  ALIGN_WORK_BUDGET,
  cleanUp,
  editLimit,
  MAX_EDIT_LENGTH,
  newTextOf,
  oldTextOf,
  redline,
} from '../../src/match/redline.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { WordOp } from '../../src/diff/types.js';

const line = (oldText: string, newText: string): WordOp[] => redline(oldText, newText, 1).words;

describe('redline', () => {
  it('gives both texts back exactly', () => {
    const oldText = 'Medewerkers publiceren geen vertrouwelijke informatie op sociale media.';
    const newText =
      'Medewerkers  publiceren nooit vertrouwelijke of persoonlijke informatie, ook niet op sociale media!';
    const words = line(oldText, newText);
    expect(oldTextOf(words)).toBe(oldText);
    expect(newTextOf(words)).toBe(newText);
  });

  it('joins changes separated only by a space into one deletion and one insertion', () => {
    expect(line('De kat zit op de mat.', 'Een hond zit op de mat.')).toEqual([
      { op: 'delete', text: 'De kat' },
      { op: 'insert', text: 'Een hond' },
      { op: 'equal', text: ' zit op de mat.' },
    ]);
  });

  it('joins changes separated by one short word', () => {
    expect(line('Leerlingen mag de telefoon gebruiken.', 'Leerlingen moeten de laptop gebruiken.')).toEqual([
      { op: 'equal', text: 'Leerlingen ' },
      { op: 'delete', text: 'mag de telefoon' },
      { op: 'insert', text: 'moeten de laptop' },
      { op: 'equal', text: ' gebruiken.' },
    ]);
  });

  it('keeps a longer shared word between two changes', () => {
    const words = line(
      'Leerlingen mogen telefoons gebruiken in de klas.',
      'Docenten mogen telefoons gebruiken in de aula.',
    );
    expect(words.filter((word) => word.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Leerlingen' },
      { op: 'insert', text: 'Docenten' },
      { op: 'delete', text: 'klas' },
      { op: 'insert', text: 'aula' },
    ]);
  });

  it('places an insertion at word boundaries, with its trailing space', () => {
    expect(line('Ouders worden geïnformeerd.', 'Ouders worden tijdig geïnformeerd.')).toEqual([
      { op: 'equal', text: 'Ouders worden ' },
      { op: 'insert', text: 'tijdig ' },
      { op: 'equal', text: 'geïnformeerd.' },
    ]);
    expect(line('Ik zag de kat lopen.', 'Ik zag de hond en de kat lopen.')).toEqual([
      { op: 'equal', text: 'Ik zag ' },
      { op: 'insert', text: 'de hond en ' },
      { op: 'equal', text: 'de kat lopen.' },
    ]);
  });

  it('never splits inside a word', () => {
    expect(line('Een veilig onderwijsklimaat.', 'Een veilig onderwijsklimaten.')).toEqual([
      { op: 'equal', text: 'Een veilig ' },
      { op: 'delete', text: 'onderwijsklimaat' },
      { op: 'insert', text: 'onderwijsklimaten' },
      { op: 'equal', text: '.' },
    ]);
    expect(line('o.a. ouders', 'm.b.t. ouders')[0]).toEqual({ op: 'delete', text: 'o.a.' });
  });

  it('shows old and new whole when the texts are too different', () => {
    const result = redline('Leerlingen mogen bellen.', 'Het schoolplein is rookvrij.', 0.1);
    expect(result.rewritten).toBe(true);
    expect(result.words).toEqual([
      { op: 'delete', text: 'Leerlingen mogen bellen.' },
      { op: 'insert', text: 'Het schoolplein is rookvrij.' },
    ]);
  });

  it('shows old and new whole when jsdiff gives up', () => {
    const result = redline('een twee drie vier vijf', 'een zes drie zeven vijf', 0.9, { maxEditLength: 2 });
    expect(result.rewritten).toBe(true);
    expect(newTextOf(result.words)).toBe('een zes drie zeven vijf');
    expect(redline('een twee drie vier vijf', 'een zes drie zeven vijf', 0.9).rewritten).toBe(false);
  });

  it('is the same redline however slow the machine is: a count of work bounds it, not a clock', () => {
    // Every reading of the clock is a second later, as on a machine so busy that a wall-clock limit always runs out.
    let now = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      const result = redline('een twee drie vier vijf', 'een zes drie zeven vijf', 0.9);
      expect(result.rewritten).toBe(false);
      expect(newTextOf(result.words)).toBe('een zes drie zeven vijf');
    } finally {
      clock.mockRestore();
    }
  });

  it('allows long texts fewer edits, so one alignment costs at most its work budget', () => {
    const words = (count: number): string => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
    // A clause of a few hundred words may need as many edits as it has words, and gets them.
    const clause = words(300);
    expect(editLimit(clause, words(301))).toBeGreaterThanOrEqual(2 * tokenize(clause).length + 1);
    const long = words(20_000);
    const limit = editLimit(long, long);
    expect(limit).toBeLessThan(MAX_EDIT_LENGTH);
    expect(limit).toBeGreaterThan(0);
    const tokens = 2 * tokenize(long).length;
    expect(limit * (tokens + limit)).toBeLessThanOrEqual(ALIGN_WORK_BUDGET);
    expect((limit + 1) * (tokens + limit + 1)).toBeGreaterThan(ALIGN_WORK_BUDGET);
  });

  it('cleanUp keeps any sequence of operations faithful to both texts', () => {
    const op = fc.record({
      op: fc.constantFrom<WordOp['op']>('equal', 'insert', 'delete'),
      text: fc.constantFrom('de', ' ', 'kat', '.', ' en ', 'o.a.', '5', 'hond '),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), (ops) => {
        const cleaned = cleanUp(ops);
        return oldTextOf(cleaned) === oldTextOf(ops) && newTextOf(cleaned) === newTextOf(ops);
      }),
      { numRuns: 500 },
    );
  });
});
