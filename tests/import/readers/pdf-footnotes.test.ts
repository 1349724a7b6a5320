// Note marks in a PDF (src/import/readers/pdf-footnotes.ts): Word's endnote marks i, ii … set small and raised after
// a word are raised marks, and a line is an endnote only when it starts with the next mark the text cited before it.
import { describe, expect, it } from 'vitest';
import { EndnoteMarks, withFootnotesMarked, withRaisedNumbers } from '../../../src/import/readers/pdf-footnotes.js';
import type { PageLine } from '../../../src/import/readers/pdf-lines.js';

const line = (text: string, y: number, page = 1): PageLine => ({ page, text, x: 57, y, size: 11, segments: [] });
const texts = (lines: readonly PageLine[]): string[] => lines.map((each) => each.text);

describe("Word's endnote marks in a PDF", () => {
  it('a small raised i after a word is its raised mark; an i in the text size is a word', () => {
    const word = { str: 'beslist.', x: 100, y: 500, width: 40, size: 11 };
    const raised = withRaisedNumbers([word, { str: 'ii', x: 140.5, y: 504, width: 4, size: 6.4 }]);
    expect(raised[1]).toMatchObject({ str: 'ⁱⁱ', y: 500 });
    expect(withRaisedNumbers([word, { str: 'i', x: 141, y: 500, width: 3, size: 11 }])[1]?.str).toBe('i');
    // Not a roman number: a raised "iiv" stays as it is.
    expect(withRaisedNumbers([word, { str: 'iiv', x: 140.5, y: 504, width: 6, size: 6.4 }])[1]?.str).toBe('iiv');
  });

  it('marks a later page\'s "i Zie …" as the endnote the text cited, in the order cited', () => {
    const endnotes = new EndnoteMarks();
    const first = withFootnotesMarked(
      [line('tenzij de commissie anders beslist.ⁱ', 700), line('ii Tekst', 100)],
      endnotes,
    );
    // "ii" before note i was found: no note.
    expect(texts(first)).toEqual(['tenzij de commissie anders beslist.ⁱ', 'ii Tekst']);
    const second = withFootnotesMarked([line('als Regeling.ⁱⁱ', 700, 2)], endnotes);
    const notes = withFootnotesMarked(
      [line('i Zie artikel 3.', 700, 3), line('iiVastgesteld door de MR.', 680, 3)],
      endnotes,
    );
    expect(texts([...second, ...notes])).toEqual(['als Regeling.ⁱⁱ', 'ⁱ Zie artikel 3.', 'ⁱⁱ Vastgesteld door de MR.']);
  });

  it("raises a note's own mark set small before its text, as Word's PDF export sets it, and marks the note by it", () => {
    const note = { str: 'Zie de Algemene verordening.', x: 62.9, y: 79.8, width: 120, size: 9 };
    const raised = withRaisedNumbers([{ str: '1', x: 56.8, y: 83.4, width: 2.9, size: 5.2 }, note]);
    expect(raised[0]).toMatchObject({ str: '¹', y: 79.8 });
    // Set at the note's size, the number is typed text, as before: the note is marked by it as a typed number.
    expect(withRaisedNumbers([{ str: '1', x: 56.8, y: 79.8, width: 5, size: 9 }, note])[0]?.str).toBe('1');
    const endnotes = new EndnoteMarks();
    const marked = withFootnotesMarked(
      [line('de leerling.¹', 700), line('bij de directeur.ⁱ', 680), line('¹ Zie de AVG.', 80), line('¹ Zie ook.', 70)],
      endnotes,
    );
    expect(texts(marked)).toEqual(['de leerling.¹', 'bij de directeur.ⁱ', '¹ Zie de AVG.', '¹ Zie ook.']);
    expect(texts(withFootnotesMarked([line('ⁱHet verzoek.', 776, 2)], endnotes))).toEqual(['ⁱ Het verzoek.']);
  });

  it('a line starting with i is no endnote where the text cited none', () => {
    expect(texts(withFootnotesMarked([line('i Zie artikel 3.', 700)], new EndnoteMarks()))).toEqual([
      'i Zie artikel 3.',
    ]);
  });
});
