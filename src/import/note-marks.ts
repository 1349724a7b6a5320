// A note's mark as the plain-text reader sees it in a PDF: raised after the word that cites it and before the note
// ("nodig.²" … "² Zie …"). A word processor numbers footnotes 1, 2, 3 and Word its endnotes i, ii, iii, both set
// small and raised; read as text, "anders beslist.i" became "tenzij de commissie i anders beslist.". Digits are
// written as superscript digits, roman marks in the superscript letters ⁱ, ᵛ and ˣ; the label is the plain mark.
const DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const LETTERS: Record<string, string> = { i: 'ⁱ', v: 'ᵛ', x: 'ˣ' };

/** One raised mark: superscript digits, or an endnote's roman number in superscript letters. */
export const RAISED_MARK = '[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[ⁱᵛˣ]+';

/** A lowercase roman number from i to xxxix, as Word numbers endnotes. */
export const isRomanMark = (mark: string): boolean => /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/u.test(mark);

/** The mark `label` ("12", "ii") raised ("¹²", "ⁱⁱ"). */
export const raisedMark = (label: string): string =>
  [...label].map((character) => LETTERS[character] ?? DIGITS[Number(character)] ?? character).join('');

/** The label of a raised mark ("¹²" → "12", "ⁱⁱ" → "ii"). */
export const markLabel = (raised: string): string =>
  [...raised]
    .map((character) => {
      const digit = DIGITS.indexOf(character);
      if (digit >= 0) return String(digit);
      return Object.keys(LETTERS).find((letter) => LETTERS[letter] === character) ?? character;
    })
    .join('');

/** Text with each raised mark written as its label, a word of its own ("directie¹" → "directie 1"). */
export const withMarksPlain = (text: string): string =>
  text.replace(new RegExp(RAISED_MARK, 'gu'), (raised) => ` ${markLabel(raised)}`);
