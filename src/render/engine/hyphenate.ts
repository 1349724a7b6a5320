// Hyphenation for justified text: the points come from the TeX patterns (src/text/hyphenation.ts); words are
// hyphenated only when a line needs it. Here: the word as a typesetter stores it, and the Dutch rule for the letter
// after the break.
import { SOFT_HYPHEN, hyphenationPoints } from '../../text/hyphenation.js';
import { dropsDiaeresisAtBreak } from '../../text/output-language.js';

export { SOFT_HYPHEN, hyphenationPoints };

/** The word with soft hyphens at its hyphenation points (what a typesetter would store). */
export function hyphenateWord(word: string, lang: string): string {
  const points = hyphenationPoints(word, lang);
  if (points.length === 0) return word;
  let out = '';
  let last = 0;
  for (const point of points) {
    out += word.slice(last, point) + SOFT_HYPHEN;
    last = point;
  }
  return out + word.slice(last);
}

const DIAERESIS: Record<string, string> = {
  ë: 'e',
  ï: 'i',
  ö: 'o',
  ü: 'u',
  ä: 'a',
  Ë: 'E',
  Ï: 'I',
  Ö: 'O',
  Ü: 'U',
  Ä: 'A',
};

/**
 * Dutch drops the diaeresis at a hyphenation point: be-invloeden, not be-ïnvloeden. Returns the start of the
 * continued word as it should be printed on the next line.
 */
export function continuationAfterHyphen(tail: string, lang: string): string {
  if (!dropsDiaeresisAtBreak(lang)) return tail;
  const first = tail.charAt(0);
  const plain = DIAERESIS[first];
  return plain ? plain + tail.slice(1) : tail;
}
