// A line break inside a paragraph on a PDF page (src/import/readers/pdf-paragraphs.ts): the line under a line that
// ends a sentence, at the line spacing, goes on with that paragraph where the page sets its paragraphs apart, and
// nowhere else; a list's next item is never such a line.
import { describe, expect, it } from 'vitest';
import type { PageLine } from '../../../src/import/readers/pdf-lines.js';
import { lineBreaks } from '../../../src/import/readers/pdf-paragraphs.js';

/** Lines of 11 points from y 700 down, each `gap` points under the one before (`gaps`, one fewer than the texts). */
function page(texts: readonly string[], gaps: readonly number[]): PageLine[] {
  let y = 700;
  return texts.map((text, index) => {
    if (index > 0) y -= gaps[index - 1] ?? 0;
    return { page: 1, text, x: 90, y, size: 11, segments: [{ text, x: 90, end: 90 + text.length * 5 }] };
  });
}

const TEXTS = [
  'Deze regels gelden voor iedereen op school.',
  'Leerlingen zijn op tijd in de klas.',
  'Wie te laat komt, meldt zich bij de leerkracht.',
  'In de klas gelden twee afspraken:',
  '• de telefoon staat uit.',
  '• jassen hangen aan de kapstok.',
  'De pleinwacht ziet toe op veilig spelen.',
];
const none = (): boolean => false;

describe('lineBreaks', () => {
  it('takes the line at the line spacing under a sentence for its paragraph where paragraphs stand apart', () => {
    const lines = page(TEXTS, [24.7, 14.7, 24.7, 24.7, 14.7, 24.7]);
    expect([...lineBreaks(lines, none, 11).breaks].map((line) => line.text)).toEqual([
      'Wie te laat komt, meldt zich bij de leerkracht.',
    ]);
  });

  it("names every line at the line spacing under the one before as that one's paragraph, where paragraphs stand apart", () => {
    const lines = page(TEXTS, [24.7, 14.7, 24.7, 24.7, 14.7, 24.7]);
    expect([...lineBreaks(lines, none, 11).under].map((line) => line.text)).toEqual([
      'Wie te laat komt, meldt zich bij de leerkracht.',
      '• jassen hangen aan de kapstok.',
    ]);
    expect(lineBreaks(page(TEXTS, [14.7, 14.7, 14.7, 14.7, 14.7, 14.7]), none, 11).under).toEqual(new Set());
  });

  it('takes none where the page sets no paragraphs apart', () => {
    const lines = page(TEXTS, [14.7, 14.7, 14.7, 14.7, 14.7, 14.7]);
    expect(lineBreaks(lines, none, 11).breaks).toEqual(new Set());
  });

  it('takes none beside a line left out or set in another size', () => {
    const lines = page(TEXTS, [24.7, 14.7, 24.7, 24.7, 14.7, 24.7]);
    expect(lineBreaks(lines, (line) => line === lines[2], 11).breaks).toEqual(new Set());
    const larger = lines.map((line, index) => (index === 2 ? { ...line, size: 14 } : line));
    expect(lineBreaks(larger, none, 11).breaks).toEqual(new Set());
  });
});
