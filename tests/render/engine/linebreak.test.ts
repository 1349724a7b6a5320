// The line breaker and hyphenation on their own, with a measure where every character is 1pt wide at size 10
// (bold 1.2pt), so widths are easy to reason about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  continuationAfterHyphen,
  hyphenateWord,
  hyphenationPoints,
  SOFT_HYPHEN,
} from '../../../src/render/engine/hyphenate.js';
import { LINE_BREAK, type Run } from '../../../src/render/shared/inline.js';
import { setText, type Measure, type SetLine, type SetStyle } from '../../../src/render/engine/linebreak.js';

const measure: Measure = {
  width: (text, font, size) => [...text].length * (font === 'bold' || font === 'boldItalic' ? 1.2 : 1) * (size / 10),
};

const LEFT: SetStyle = { size: 10, leading: 14, align: 'left' };
const JUSTIFY: SetStyle = { size: 10, leading: 14, align: 'justify' };

function lineText(line: SetLine): string {
  return line.items.map((item) => item.text).join('');
}

function plain(text: string): Run[] {
  return [{ text, style: {} }];
}

describe('setText', () => {
  it('never makes a line wider than the measure, and loses no character', () => {
    const word = fc.stringMatching(/^[a-zé/-]{1,30}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 8, max: 80 }),
        fc.boolean(),
        (words, width, justify) => {
          const text = words.join(' ');
          const lines = setText(plain(text), justify ? JUSTIFY : LEFT, width, measure);
          for (const line of lines) {
            const right = Math.max(...line.items.map((item) => item.x + item.width));
            expect(right).toBeLessThanOrEqual(width + 0.01);
          }
          expect(lines.map(lineText).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('justifies every line but the last to the full width', () => {
    const text = 'de school en de ouders werken samen aan een veilig klimaat voor alle leerlingen en medewerkers';
    const lines = setText(plain(text), JUSTIFY, 40, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(0, -1)) expect(line.width).toBeCloseTo(40, 5);
    expect(lines.at(-1)!.width).toBeLessThan(40);
  });

  it('keeps the space where a line breaks between words, so the text read aloud does not run words together', () => {
    const text = 'de school en de ouders werken samen aan een veilig klimaat voor alle leerlingen en medewerkers';
    for (const set of [JUSTIFY, LEFT]) {
      const lines = setText(plain(text), set, 40, measure);
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.map(lineText).join('')).toBe(text);
      // The kept space is drawn past the line's end: it widens nothing.
      for (const line of lines)
        expect(Math.max(...line.items.map((item) => item.x + item.width))).toBeLessThanOrEqual(40.01);
    }
  });

  it('keeps the space between runs of different style (the justify + continued pitfall)', () => {
    const runs: Run[] = [
      { text: 'een ', style: {} },
      { text: 'goed en veilig', style: { bold: true } },
      { text: ' school- en onderwijsklimaat', style: {} },
    ];
    const lines = setText(runs, JUSTIFY, 200, measure);
    expect(lines).toHaveLength(1);
    expect(lineText(lines[0]!)).toBe('een goed en veilig school- en onderwijsklimaat');
    const bold = lines[0]!.items.find((item) => item.style.bold)!;
    expect(bold.font).toBe('bold');
    expect(bold.x).toBeCloseTo(4, 5);
  });

  it('does not stretch a loose line beyond what reads well; it stays ragged instead', () => {
    const lines = setText(plain('ab cd efghijklmnopqrstuvwxyzabcdefghij'), JUSTIFY, 30, measure);
    expect(lineText(lines[0]!)).toBe('ab cd ');
    expect(lines[0]!.items[0]!.wordSpacing).toBe(0);
  });

  it('hyphenates Dutch words at the end of a loose line', () => {
    const text = 'wij nemen de verantwoordelijkheid';
    const lines = setText(plain(text), { ...JUSTIFY, hyphenate: 'nl' }, 24, measure);
    expect(lineText(lines[0]!)).toMatch(/-$/);
    expect(
      lines
        .map(lineText)
        .join('')
        .replace(/-$/gm, '')
        .replace(/-(?=\p{L})/gu, '')
        .replace(/\s/g, ''),
    ).toBe(text.replace(/\s/g, ''));
  });

  it('never hyphenates a name (issue 43: "A. Bak-ker" in the dossier), Dutch words beside it still', () => {
    const text = 'wij nemen de verantwoordelijkheid';
    const asName: Run[] = [{ text, style: { name: true } }];
    const lines = setText(asName, { ...JUSTIFY, hyphenate: 'nl' }, 24, measure);
    expect(lines.map(lineText).some((line) => line.endsWith('-'))).toBe(false);
    expect(lines.map(lineText).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    const name: Run[] = [{ text: 'Besloten: A. Bakkerstraatveld', style: { name: true } }];
    for (const line of setText(name, { ...LEFT, hyphenate: 'nl' }, 18, measure))
      expect(lineText(line)).not.toMatch(/-$/);
  });

  it('breaks a URL after its separators and an overlong word anywhere', () => {
    const url = 'https://www.example.nl/een/heel/lang/pad/naar/het/beleid.pdf';
    const lines = setText(plain(url), LEFT, 16, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(0, -1)) expect(lineText(line)).toMatch(/[/.:]$/);
    const long = 'x'.repeat(50);
    const pieces = setText(plain(long), LEFT, 16, measure);
    expect(pieces.map(lineText)).toEqual(['x'.repeat(16), 'x'.repeat(16), 'x'.repeat(16), 'xx']);
  });

  it('starts a new line at a hard break and does not justify the line before it', () => {
    const runs: Run[] = [...plain('eerste regel'), { text: LINE_BREAK, style: {} }, ...plain('tweede regel')];
    const lines = setText(runs, JUSTIFY, 40, measure);
    expect(lines.map(lineText)).toEqual(['eerste regel', 'tweede regel']);
    expect(lines[0]!.items[0]!.wordSpacing).toBe(0);
  });

  it('breaks at soft hyphens the author typed and otherwise does not print them', () => {
    const word = `ont${SOFT_HYPHEN}wik${SOFT_HYPHEN}ke${SOFT_HYPHEN}lings${SOFT_HYPHEN}plan`;
    const whole = setText(plain(`een ${word}`), LEFT, 100, measure);
    expect(lineText(whole[0]!)).toBe('een ontwikkelingsplan');
    const broken = setText(plain(`een ${word}`), LEFT, 14, measure);
    expect(broken.map(lineText)).toEqual(['een ontwikke-', 'lingsplan']);
  });
});

describe('overlong words', () => {
  /** The test measure, counting the characters it is asked to measure: the work line breaking does. */
  function countingMeasure(): { measure: Measure; characters: () => number } {
    let characters = 0;
    return {
      measure: {
        width: (text, font, size) => {
          characters += text.length;
          return measure.width(text, font, size);
        },
      },
      characters: () => characters,
    };
  }

  it('costs work in proportion to the word, not its square (30,000 letters)', () => {
    for (const letters of [3_000, 30_000]) {
      const counting = countingMeasure();
      const word = 'abcdefghij'.repeat(letters / 10);
      const lines = setText(plain(`een ${word} einde`), { ...JUSTIFY, hyphenate: 'nl' }, 60, counting.measure);
      // Each letter is measured a bounded number of times, whatever the length of the word (it was 250 at 30,000).
      expect(counting.characters() / letters).toBeLessThan(12);
      // Broken at the width, without made-up hyphens: a string this long is no word to hyphenate.
      expect(lines.map(lineText).join('').replace(/\s/g, '')).toBe(`een${word}einde`);
    }
  });

  it('breaks an overlong word at the full width, every line but the last, losing no letter', () => {
    const word = 'x'.repeat(5_000);
    const lines = setText(plain(`a ${word}`), LEFT, 60, measure);
    expect(lines.map(lineText)).toEqual(['a ', ...Array.from({ length: 83 }, () => 'x'.repeat(60)), 'x'.repeat(20)]);
  });

  it('never cuts a character in two (surrogate pairs, combining accents)', () => {
    const word = '𝒜e\u0301'.repeat(400);
    const lines = setText(plain(word), LEFT, 25, measure);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      // Whole characters only: no half of a surrogate pair at either end, no accent without its letter.
      expect(lineText(line)).not.toMatch(/^[\p{M}\udc00-\udfff]|[\ud800-\udbff]$/u);
      expect(lineText(line)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(lines.map(lineText).join('')).toBe(word);
  });

  it('breaks a long URL-like run after its separators, also past its first line', () => {
    const url = `https://www.example.nl/${'map/'.repeat(100)}beleid.pdf`;
    const lines = setText(plain(url), LEFT, 30, measure);
    for (const line of lines.slice(0, -1)) expect(lineText(line)).toMatch(/[/.:]$/);
    expect(lines.map(lineText).join('')).toBe(url);
  });
});

describe('hyphenation', () => {
  it('finds Dutch hyphenation points', () => {
    expect(hyphenateWord('verantwoordelijkheid', 'nl').split(SOFT_HYPHEN)).toEqual([
      'ver',
      'ant',
      'woor',
      'de',
      'lijk',
      'heid',
    ]);
    expect(hyphenationPoints('onderwijsklimaat.', 'nl')).toEqual([2, 5, 9, 12]);
  });

  it('uses the patterns of the document language and leaves other text alone', () => {
    expect(hyphenateWord('responsibility', 'en').split(SOFT_HYPHEN).length).toBeGreaterThan(2);
    expect(hyphenationPoints('verantwoordelijkheid', 'xx')).toEqual([]);
    expect(hyphenationPoints('https://www.example.nl/beleid', 'nl')).toEqual([]);
    expect(hyphenationPoints('2024-06-12', 'nl')).toEqual([]);
    expect(hyphenationPoints('kort', 'nl')).toEqual([]);
    // Not a word but a string of letters: patterns cost the square of its length and mean nothing there.
    expect(hyphenationPoints('onderwijs'.repeat(30), 'nl')).toEqual([]);
  });

  it('drops the Dutch diaeresis at a hyphen (be-invloeden) but not in other languages', () => {
    expect(continuationAfterHyphen('ïnvloeden', 'nl')).toBe('invloeden');
    expect(continuationAfterHyphen('ëren', 'nl-BE')).toBe('eren');
    expect(continuationAfterHyphen('ïve', 'en')).toBe('ïve');
  });
});

describe('check boxes the face lacks', () => {
  // A face that draws ☐ but no ☒ (as Source Sans 3), and bold that draws neither.
  const drawing: Measure = {
    ...measure,
    draws: (code, font) => font === 'regular' && code === '☐'.codePointAt(0),
  };
  const fontsOf = (lines: SetLine[]): [string, string][] =>
    lines.flatMap((line) => line.items.map((item): [string, string] => [item.text, item.font]));

  it('sets them, and only them, in the symbol font, and keeps those the face draws in the face', () => {
    const lines = setText(
      [
        { text: '☒ Gezet, ☐ open, ja☒nee ', style: {} },
        { text: '☐ vet', style: { bold: true } },
      ],
      LEFT,
      200,
      drawing,
    );
    expect(fontsOf(lines)).toEqual([
      ['☒ ', 'symbol'],
      ['Gezet, ☐ open, ja', 'regular'],
      ['☒', 'symbol'],
      ['nee ', 'regular'],
      ['☐ ', 'symbol'],
      ['vet', 'bold'],
    ]);
  });

  it('leaves them in the face where the measure cannot say what the face draws (Word, which sets them apart in its runs)', () => {
    const lines = setText(plain('☒ Gezet ✓'), LEFT, 200, measure);
    expect(fontsOf(lines)).toEqual([['☒ Gezet ✓', 'regular']]);
  });

  it('never sets another character in the symbol font', () => {
    const lines = setText(plain('☓ ■ م'), LEFT, 200, { ...measure, draws: () => false });
    expect(fontsOf(lines).map(([, font]) => font)).toEqual(['regular']);
  });
});
