// The duty and permission words of a clause, as the significance rules read them: by lemma ("mag" and "mogen" are
// one permission), only where they play that part (word-roles.ts), and whether the clause obliges as often after a
// change as before in other words ("dient" → "moet", "is tot geheimhouding verplicht" → "moet geheimhouding
// betrachten"): then no obligation came, went or changed, and the new words are wording.
import type { Lexicon } from '../text/lexicon.js';
import type { Word } from './word-roles.js';

// Inflections that do not change which duty it is: "mag" and "mogen" are both permission (the lexicon's dutyLemmas).
export const dutyLemma = (word: Word, lexicon: Lexicon): string => lexicon.dutyLemmas.get(word.folded) ?? word.folded;
export const isDuty = (word: Word, lexicon: Lexicon): boolean =>
  lexicon.duties.has(word.folded) && word.notDuty !== true;

/** The duties and permissions among the words of a whole clause text (by lemma). */
export function dutiesIn(words: readonly Word[], lexicon: Lexicon): Set<string> {
  return new Set(words.filter((word) => isDuty(word, lexicon)).map((word) => dutyLemma(word, lexicon)));
}

const obligationsIn = (words: readonly Word[], lexicon: Lexicon): Word[] =>
  words.filter((word) => isDuty(word, lexicon) && lexicon.obligations.has(word.folded));

/**
 * The clause says "must" as often before as after, with other obligation words: each obligation is kept, in other
 * words. One more or fewer is an obligation that came or went, and is not this.
 */
export function obligationsReworded(oldWords: readonly Word[], newWords: readonly Word[], lexicon: Lexicon): boolean {
  const before = obligationsIn(oldWords, lexicon);
  const after = obligationsIn(newWords, lexicon);
  return before.length > 0 && before.length === after.length;
}
