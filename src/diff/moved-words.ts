// A redline shows a phrase that moved within a clause as deleted in one place and inserted in another: "elke 10 tot
// 20 minuten" leaves one paragraph of a merged clause and comes back in the next. Judged change by change, its
// figures and terms would look gone and new. A lexicon word removed in one change and added in another, with the
// same word before it and the same word after it, moved: it neither came nor went. A figure swapped in place
// ("binnen 5 → 10 dagen") or the same word in other company ("niet filmen" → "niet alle foto's") is still a change.
import type { Lexicon } from '../text/lexicon.js';
import type { Word } from './word-roles.js';

/** One change of a redline: the old words it removes and the new words it adds, with their offsets. */
export interface Hunk {
  removed: string;
  added: string;
  /** Where the change starts in the old and in the new text. */
  at: { old: number; new: number };
}

/** A hunk with its words (offsets relative to the hunk), as the significance rules read them. */
export interface HunkWords extends Hunk {
  removedWords: readonly Word[];
  addedWords: readonly Word[];
}

/** Offsets (in the old and the new text) of the lexicon words that only moved. */
export interface MovedWords {
  old: ReadonlySet<number>;
  new: ReadonlySet<number>;
}

/** A word any significance rule could name: a figure or a word of one of the lexicon's lists. */
function isLexiconWord(word: Word, lexicon: Lexicon): boolean {
  if (word.name === true) return false;
  if (['number', 'date', 'time', 'amount', 'phone'].includes(word.token.kind)) return true;
  return [lexicon.numbers, lexicon.negations, lexicon.duties, lexicon.roles, lexicon.durations, lexicon.amounts].some(
    (list) => list.has(word.folded),
  );
}

interface Placed {
  folded: string;
  offset: number;
  hunk: number;
}

/** The word before and after each word of a whole text, by the word's offset. */
function neighbours(words: readonly Word[]): Map<number, string> {
  const around = new Map<number, string>();
  words.forEach((word, index) => {
    around.set(word.token.start, `${words[index - 1]?.folded ?? ''} ${words[index + 1]?.folded ?? ''}`);
  });
  return around;
}

/** The lexicon words of one side of a hunk, at their offsets in the whole text. */
function placedWords(words: readonly Word[], start: number, hunk: number, lexicon: Lexicon): Placed[] {
  return words
    .filter((word) => isLexiconWord(word, lexicon))
    .map((word) => ({ folded: word.folded, offset: start + word.token.start, hunk }));
}

/** Words of `a` that no word of `b` spells the same (multiset difference, order of `a` kept). */
function unmatched(a: Placed[], b: Placed[]): Placed[] {
  const left = new Map<string, number>();
  for (const word of b) left.set(word.folded, (left.get(word.folded) ?? 0) + 1);
  return a.filter((word) => {
    const count = left.get(word.folded) ?? 0;
    if (count > 0) left.set(word.folded, count - 1);
    return count === 0;
  });
}

/** The lexicon words removed in one hunk and added in another with the same neighbours. */
export function movedWords(
  hunks: readonly HunkWords[],
  whole: { old: readonly Word[]; new: readonly Word[] },
  lexicon: Lexicon,
): MovedWords {
  const moved = { old: new Set<number>(), new: new Set<number>() };
  if (hunks.length < 2) return moved;
  // Within one hunk a word both removed and added stayed (the significance rules pair them there).
  const removed: Placed[] = [];
  const added: Placed[] = [];
  hunks.forEach((hunk, index) => {
    const gone = placedWords(hunk.removedWords, hunk.at.old, index, lexicon);
    const come = placedWords(hunk.addedWords, hunk.at.new, index, lexicon);
    removed.push(...unmatched(gone, come));
    added.push(...unmatched(come, gone));
  });
  if (removed.length === 0 || added.length === 0) return moved;
  const oldAround = neighbours(whole.old);
  const newAround = neighbours(whole.new);
  // Added words by spelling and neighbours, so each removed word looks up its partners instead of scanning all.
  const candidates = new Map<string, Placed[]>();
  for (const come of added) {
    const key = `${come.folded}|${newAround.get(come.offset)}`;
    const list = candidates.get(key);
    if (list) list.push(come);
    else candidates.set(key, [come]);
  }
  for (const gone of removed) {
    const context = oldAround.get(gone.offset);
    if (context === undefined) continue;
    const partners = candidates.get(`${gone.folded}|${context}`) ?? [];
    // Each added word is one removed word's partner at most: taken, it leaves the list.
    const index = partners.findIndex((come) => come.hunk !== gone.hunk);
    if (index < 0) continue;
    const [match] = partners.splice(index, 1);
    moved.old.add(gone.offset);
    moved.new.add(match!.offset);
  }
  return moved;
}
