// Clauses that describe the document rather than rule anything (issue 26 item 4, "judge as a reader would"): an
// entry of its table of contents only restates a heading, and a line that only states the version ("Versie 1.2.",
// "Version 2.0") says which text this is. A change to either is editorial: the headings and the version are
// compared where they stand. The words come from the lexicon of the judging language.
import type { ClauseRef } from '../match/types.js';
import type { Lexicon } from '../text/lexicon.js';
import { foldWord } from '../text/normalise.js';
import type { ClauseChange } from './types.js';

const folded = (text: string): string =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(foldWord)
    .join(' ');

function inTableOfContents(ref: ClauseRef | undefined, lexicon: Lexicon): boolean {
  return ref?.sectionPath.some((title) => lexicon.tableOfContents.has(folded(title))) ?? false;
}

/** "Versie 1.2.", "Version: 2.0", "versie v3": the version word, a number, nothing else. */
function statesVersionOnly(ref: ClauseRef | undefined, lexicon: Lexicon): boolean {
  const match = ref ? /^\s*([\p{L}]+)\s*:?\s*v?\d+(?:\.\d+)*\.?\s*$/u.exec(ref.text) : null;
  return match !== null && lexicon.versionWords.has(foldWord(match[1] ?? ''));
}

/** Whether a change touches only the document's own furniture: editorial whatever its words. */
export function isFurniture(change: ClauseChange, lexicon: Lexicon): boolean {
  const sides = [change.old, change.new].filter((ref): ref is ClauseRef => ref !== undefined);
  return (
    sides.length > 0 &&
    (sides.every((ref) => inTableOfContents(ref, lexicon)) || sides.every((ref) => statesVersionOnly(ref, lexicon)))
  );
}
