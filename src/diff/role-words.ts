// The roles a clause names, as the significance rules read them: a role word used as one (not "manager" in "password
// manager", not "mr." for "MR"), singular and plural as one ("ouder" / "ouders"), and a role named in several words
// ("bevoegd gezag", "college van bestuur") as one role, quoted whole. A role the clause names before and after a
// change neither came nor went, though one mention of it did.
import type { Lexicon } from '../text/lexicon.js';
import { isRoleSpelling, roleLemma, type Word } from './word-roles.js';

/** A word that names a role here: a word of a role named in several words, or a role word of its own. */
export function countsAsRole(word: Word, lexicon: Lexicon): boolean {
  if (word.roleTerm !== undefined) return true;
  return lexicon.roles.has(word.folded) && isRoleSpelling(word, lexicon) && word.notRole !== true;
}

/** Which role a word names: the whole name for a role in several words; else the word without its plural ending. */
export function roleKey(word: Word, lexicon: Lexicon): string {
  if (word.roleTerm !== undefined) return word.roleTerm.key;
  return roleLemma(word.folded, lexicon);
}

/** The roles a whole clause text names (by roleKey). */
export function rolesIn(words: readonly Word[], lexicon: Lexicon): Set<string> {
  return new Set(
    words.filter((word) => word.name !== true && countsAsRole(word, lexicon)).map((word) => roleKey(word, lexicon)),
  );
}

/** One word per mention of a role: a role named in several words is quoted whole, by its first changed word. */
export function oneWordPerRole(words: readonly Word[]): Word[] {
  const seen = new Set<number>();
  return words.flatMap((word) => {
    if (word.roleTerm === undefined) return [word];
    if (seen.has(word.roleTerm.start)) return [];
    seen.add(word.roleTerm.start);
    return [{ ...word, shown: word.roleTerm.text }];
  });
}
