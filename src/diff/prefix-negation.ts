// A word turned into its opposite by a prefix (veilig → onveilig, lawful → unlawful, openbaar → niet-openbaar)
// reverses what the clause says, though the two words are only two letters apart and so pass the spelling test
// that makes a change editorial. This finds such pairs in one change of the redline, with the prefixes of the
// policy's language (src/text/lexicons/negation-prefixes.ts), so significance.ts can give the reason
// "meaning reversed: veilig → onveilig" and judge the rest of the change without them.
import { foldWord } from '../text/normalise.js';
import { NEGATION_PREFIXES, type NegationPrefixes } from '../text/lexicons/negation-prefixes.js';
import type { Reason } from './types.js';
import type { Word } from './word-roles.js';

export interface Reversals {
  reasons: Reason[];
  /** The words of the change the reasons account for, left out of the rest of the judgement. */
  claimed: Set<Word>;
}

/** Whether `longer` is `shorter` with one of the joined prefixes before it. */
function joinedNegation(shorter: string, longer: string, prefixes: NegationPrefixes): boolean {
  if (shorter.length < prefixes.minStem || prefixes.notNegations.includes(longer)) return false;
  return prefixes.joined.some((prefix) => longer === prefix + shorter);
}

/** The hyphened prefix a change adds or removes just before a word it keeps ("non-" before "binding"), if any. */
function hyphenedPrefix(changed: string, after: string, prefixes: NegationPrefixes): string | undefined {
  const match = /(?:^|\s)([\p{L}]+)-$/u.exec(changed.trimStart());
  const prefix = match?.[1];
  if (!prefix || !prefixes.hyphened.includes(foldWord(prefix))) return undefined;
  return /^\p{L}{2,}/u.test(after) ? prefix : undefined;
}

export interface ChangeText {
  removed: string;
  added: string;
  removedWords: readonly Word[];
  addedWords: readonly Word[];
  /** The old and new text right after the change (the kept word a hyphened prefix belongs to). */
  oldAfter: string;
  newAfter: string;
}

/** Prefix reversals in one change of a clause written in `lang`; none for a language without prefixes. */
export function prefixReversals(change: ChangeText, lang: string): Reversals {
  const prefixes = NEGATION_PREFIXES[lang];
  const reversals: Reversals = { reasons: [], claimed: new Set() };
  if (!prefixes) return reversals;
  const squeeze = (words: readonly Word[]): string => words.map((word) => word.folded.replace(/-/g, '')).join('');
  // The same letters written apart or with a hyphen ("un-acceptable") negate as much as before: nothing reversed.
  if (squeeze(change.removedWords) === squeeze(change.addedWords)) return reversals;
  for (const gone of change.removedWords) {
    for (const come of change.addedWords) {
      if (reversals.claimed.has(come) || reversals.claimed.has(gone)) continue;
      if (joinedNegation(gone.folded, come.folded, prefixes) || joinedNegation(come.folded, gone.folded, prefixes)) {
        reversals.reasons.push({ code: 'meaning-reversed', params: { from: gone.text, to: come.text } });
        reversals.claimed.add(gone).add(come);
      }
    }
  }
  const word = (text: string): string => /^\p{L}+/u.exec(text)?.[0] ?? '';
  const added = hyphenedPrefix(change.added, change.newAfter, prefixes);
  const removed = hyphenedPrefix(change.removed, change.oldAfter, prefixes);
  if (added && !removed) {
    const kept = word(change.newAfter);
    reversals.reasons.push({ code: 'meaning-reversed', params: { from: kept, to: `${added}-${kept}` } });
    for (const each of change.addedWords) if (each.folded === foldWord(added)) reversals.claimed.add(each);
  } else if (removed && !added) {
    const kept = word(change.oldAfter);
    reversals.reasons.push({ code: 'meaning-reversed', params: { from: `${removed}-${kept}`, to: kept } });
    for (const each of change.removedWords) if (each.folded === foldWord(removed)) reversals.claimed.add(each);
  }
  return reversals;
}
