// A text as a topic list's signals read it (topic-signals.ts): its normal form, and its words with a compound written
// with a hyphen kept one word, as one written solid ("e-mail-adres" is an address, as "e-mailadres" is), so a signal
// of its first part does not read it as that part (issue 73).
import { normalise } from '../../text/normalise.js';

/**
 * Stands for a hyphen inside a word ("e-mail-adres") in the form signals read: a letter, so normalise() keeps the
 * compound one word, and one no Dutch or English text writes.
 */
export const LINK = 'ǂ';
/** A hyphen, or Word's hyphen and non-breaking hyphen (U+2010, U+2011), between two letters. */
const HYPHEN_IN_WORD = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;
const ANY_HYPHEN = /[-\u2010\u2011]/u;

/**
 * A text as signals read it, made once for every topic asked about it: its normal form (as normalise() gives it), that
 * form with each hyphen inside a word kept as LINK (the patterns read it), and its words, each marked where such a
 * hyphen links it to the next.
 */
export interface SignalText {
  normal: string;
  linkedNormal: string;
  words: readonly string[];
  /** Per word of `words`, whether a hyphen inside a word links it to the next ("e" and "mail" of "e-mail-adres"). */
  linked: readonly boolean[];
}

/** A text read for signals. */
export function signalText(text: string): SignalText {
  const linkedNormal = normalise(ANY_HYPHEN.test(text) ? text.replace(HYPHEN_IN_WORD, LINK) : text);
  const normal = linkedNormal.includes(LINK) ? linkedNormal.replaceAll(LINK, ' ') : linkedNormal;
  if (normal === '') return { normal, linkedNormal, words: [], linked: [] };
  const words: string[] = [];
  const linked: boolean[] = [];
  for (const word of linkedNormal.split(' ')) {
    if (!word.includes(LINK)) {
      words.push(word);
      linked.push(false);
      continue;
    }
    const parts = word.split(LINK).filter((part) => part !== '');
    parts.forEach((part, k) => {
      words.push(part);
      linked.push(k < parts.length - 1);
    });
  }
  return { normal, linkedNormal, words, linked };
}
