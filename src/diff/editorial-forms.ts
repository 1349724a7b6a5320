// Changes whose words look new but do not change what a rule says (issue 26 item 4): a phrase rewritten as its
// equivalent ("e.g.," → "such as"), a list's conjunction added or dropped alone ("phishing, vishing" → "phishing or
// vishing"), an abbreviation named more fully ("DCC" → "EU DCC"), a template placeholder filled in ("[domeinnaam]" →
// "coronamelder.nl"). Each is editorial; swapping one conjunction for another ("and" → "or") flips a list and is not.
import type { Lexicon } from '../text/lexicon.js';
import type { WordOp } from './types.js';
import { foldDiacritics } from '../text/normalise.js';
import type { Word } from './word-roles.js';

/** Lower-case letters and digits of a text, one entry per word, punctuation gone ("e.g.," → ["e", "g"]). */
function bareWords(text: string): string[] {
  return foldDiacritics(text.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The text's words with every phrase of an equivalence group replaced by the group's number. */
function canonical(text: string, lexicon: Lexicon): string[] {
  const words = bareWords(text);
  const phrases = lexicon.equivalents.flatMap((group, index) =>
    group.map((phrase) => ({ words: bareWords(phrase), key: `#${index}` })),
  );
  // Longest phrase first, so "for example" is not read as "for" + something.
  phrases.sort((a, b) => b.words.length - a.words.length);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = phrases.find((phrase) => phrase.words.every((word, k) => words[i + k] === word));
    if (hit && hit.words.length > 0) {
      out.push(hit.key);
      i += hit.words.length;
    } else {
      out.push(words[i] ?? '');
      i++;
    }
  }
  return out;
}

/** The old and the new words say the same with other equivalent phrases ("e.g.," / "for example,"). */
export function sameMeaning(removed: string, added: string, lexicon: Lexicon): boolean {
  if (lexicon.equivalents.length === 0) return false;
  return canonical(removed, lexicon).join(' ') === canonical(added, lexicon).join(' ');
}

/**
 * Only conjunctions came or went (punctuation does not count as words): editorial, unless one conjunction took
 * another's place ("and" → "or" turns "all of" into "any of").
 */
export function conjunctionOnly(removed: readonly Word[], added: readonly Word[], lexicon: Lexicon): boolean {
  const isConjunction = (word: Word): boolean => lexicon.conjunctions.has(word.folded);
  if (removed.length + added.length === 0) return false;
  if (!removed.every(isConjunction) || !added.every(isConjunction)) return false;
  const flips = removed.length > 0 && added.length > 0 && removed.some((a) => added.some((b) => a.folded !== b.folded));
  return !flips;
}

/** An abbreviation in capitals ("DCC", "EU"), as a whole trimmed text. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** The text from here starts with an abbreviation in capitals. */
const STARTS_WITH_ACRONYM = /^\s*\p{Lu}[\p{Lu}\d]{1,5}(?![\p{L}\d])/u;

/**
 * A qualifier in capitals put before (or taken from) an abbreviation that stays: "DCC" → "EU DCC" names the same
 * thing more fully. `after` is the text that follows the change on the side that has the qualifier.
 */
export function qualifiesAcronym(removed: string, added: string, afterAdded: string, afterRemoved: string): boolean {
  const gone = removed.trim();
  const come = added.trim();
  if (gone === '' && ACRONYM.test(come)) return STARTS_WITH_ACRONYM.test(afterAdded);
  if (come === '' && ACRONYM.test(gone)) return STARTS_WITH_ACRONYM.test(afterRemoved);
  // The redline may take the abbreviation along: "DCC" → "EU DCC".
  const [qualifier, rest] = come.split(/\s+/u);
  if (gone !== '' && ACRONYM.test(gone) && rest === gone && qualifier !== undefined && ACRONYM.test(qualifier))
    return come.split(/\s+/u).length === 2;
  return false;
}

/** A template's fill-in slot: "[domeinnaam]", "[NOTE: describe your means of reporting here.]", "{{school}}", "<naam>". */
const PLACEHOLDER = /^(?:\[[^\]\n]+\]|\{\{[^}\n]+\}\}|<[^<>\n]+>|_{3,})$/u;

/** A placeholder made way for real text: the template was filled in, not rewritten. */
export function fillsPlaceholder(removed: string, added: string): boolean {
  // The redline may take the full stop after the slot along on both sides: "[domeinnaam]." → "coronamelder.nl.".
  const stop = /[.,;:!?]+$/u.exec(removed.trim())?.[0] ?? '';
  const gone = removed.trim().slice(0, removed.trim().length - stop.length);
  const come = added.trim().endsWith(stop) ? added.trim().slice(0, added.trim().length - stop.length) : added.trim();
  return PLACEHOLDER.test(gone) && come !== '' && !PLACEHOLDER.test(come);
}

/** Every change of a redline fills a placeholder in: the template's words are all kept, only its slots got values. */
export function onlyFillsPlaceholders(words: readonly WordOp[]): boolean {
  const hunks: { removed: string; added: string }[] = [];
  let current = { removed: '', added: '' };
  for (const word of words) {
    if (word.op === 'equal') {
      if (current.removed !== '' || current.added !== '') hunks.push(current);
      current = { removed: '', added: '' };
    } else if (word.op === 'delete') current.removed += word.text;
    else current.added += word.text;
  }
  if (current.removed !== '' || current.added !== '') hunks.push(current);
  return hunks.length > 0 && hunks.every((hunk) => fillsPlaceholder(hunk.removed, hunk.added));
}
