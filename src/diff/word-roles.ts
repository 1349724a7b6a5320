// Which part a word plays in its sentence, for the significance rules. A lexicon word only gives a reason when it
// is used in the role its list is about: "16 jaar" after "jonger dan" is an age, not a term; "Mochten er
// vragen zijn" is a condition, not a permission; "rekening gehouden" is no duty; "COVID-19", "18F" and the digits
// of a web address are names, not figures; "won't" is "will not". Checked against the real revisions in the
// development corpus (see docs/diff.md, "Why a change is substantive").
import {
  ACRONYM_ROLES,
  AGE_CUES_AFTER,
  AGE_CUES_BEFORE,
  AGE_UNITS,
  MODAL_WORDS,
  NUMBER_WORDS,
} from '../text/lexicon.js';
import { foldWord } from '../text/normalise.js';
import { tokenize, type Token } from '../text/tokenize.js';

export interface Word {
  text: string;
  folded: string;
  token: Token;
  /** Part of an age ("16 jaar" after "jonger dan"): neither a figure nor a term on its own. */
  age?: boolean;
  /** A lexicon word that does not play its lexicon role here (see isDutyWord, isRoleWord). */
  notDuty?: boolean;
  /** Part of a name or an address ("COVID-19", "18F", a URL, an HTML tag): no lexicon word, whatever it spells. */
  name?: boolean;
}

/** Web addresses (template placeholders in them included), e-mail addresses and HTML tags: not policy text. */
const NOT_TEXT =
  /\b(?:https?:\/\/|www\.)(?:[^\s)\]>"'{]|\{\{[^}]*\}\})+|[\w.+-]+@[\w-]+\.[\w.-]+|<\/?[A-Za-z][^<>]*>|%[0-9A-Fa-f]{2}/g;

function hiddenSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(NOT_TEXT)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

// English contractions: "doesn't" is "does not", "we'll" is "we will"; otherwise rewriting one into the other
// looks like a negation or a duty that came or went.
const CONTRACTIONS: [RegExp, string[]][] = [
  [/^won['’]t$/i, ['will', 'not']],
  [/^can['’]t$/i, ['can', 'not']],
  [/^cannot$/i, ['can', 'not']],
  [/^shan['’]t$/i, ['shall', 'not']],
  [/^(\p{L}+)n['’]t$/iu, ['$1', 'not']],
  [/^(\p{L}+)['’]ll$/iu, ['$1', 'will']],
  [/^(\p{L}+)['’]d$/iu, ['$1', 'would']],
  [/^(\p{L}+)['’]re$/iu, ['$1', 'are']],
];

function expand(token: Token): Word[] {
  for (const [pattern, parts] of CONTRACTIONS) {
    const match = pattern.exec(token.text);
    if (!match) continue;
    return parts.map((part) => {
      const text = part.replace('$1', match[1] ?? '');
      return { text, folded: foldWord(text), token: { ...token, text } };
    });
  }
  return [{ text: token.text, folded: foldWord(token.text), token }];
}

const isNumberWord = (word: Word | undefined): boolean =>
  word !== undefined && (word.token.kind === 'number' || NUMBER_WORDS.has(word.folded));

/** "jonger dan 16 jaar", "vanaf 12 jaar", "16 jaar oud", "leerlingen van 16 jaar of ouder". */
function markAges(words: Word[]): void {
  words.forEach((unit, index) => {
    if (!AGE_UNITS.has(unit.folded)) return;
    const number = words[index - 1];
    if (!isNumberWord(number)) return;
    const before = words.slice(Math.max(0, index - 4), index - 1).map((word) => word.folded);
    const after = words.slice(index + 1, index + 3).map((word) => word.folded);
    if (before.some((word) => AGE_CUES_BEFORE.has(word)) || after.some((word) => AGE_CUES_AFTER.has(word))) {
      number!.age = true;
      unit.age = true;
    }
  });
}

const BE_FORMS = new Set(['is', 'zijn', 'was', 'waren', 'blijft', 'blijven', 'zich']);
const CONDITIONAL_INVERSION = new Set(['mocht', 'mochten', 'should']);

/**
 * A duty or permission word used as one. "Mocht(en)" and "Should" opening a clause are conditions ("Mochten er
 * vragen zijn"); "gehouden" is a duty only as "is gehouden (tot/om/te)", not in "rekening gehouden" or "wordt
 * gehouden"; "dienen" after "in te" is the verb "indienen".
 */
function isDutyWord(
  word: Word,
  previous: Word | undefined,
  next: Word | undefined,
  beforePrevious: Word | undefined,
): boolean {
  if (!MODAL_WORDS.has(word.folded)) return false;
  const capitalised = /^\p{Lu}/u.test(word.text);
  if (CONDITIONAL_INVERSION.has(word.folded) && capitalised) return false;
  if (word.folded === 'gehouden')
    return BE_FORMS.has(previous?.folded ?? '') || ['tot', 'om', 'te'].includes(next?.folded ?? '');
  if (
    (word.folded === 'dienen' || word.folded === 'dient') &&
    previous?.folded === 'te' &&
    beforePrevious?.folded === 'in'
  )
    return false;
  if ((word.folded === 'dienen' || word.folded === 'dient') && next?.folded === 'als') return false;
  return true;
}

/** Role acronyms count only in capitals ("MR", not "mr." or "or"). */
export function isRoleSpelling(word: Word): boolean {
  return !ACRONYM_ROLES.has(word.folded) || word.text === word.text.toUpperCase();
}

/** The words of a text (no spaces or punctuation), each marked with the role it plays. */
export function wordsOf(text: string): Word[] {
  const spans = hiddenSpans(text);
  const tokens = tokenize(text);
  const words: Word[] = [];
  tokens.forEach((token, index) => {
    if (token.kind === 'space' || token.kind === 'punct') return;
    const expanded = expand(token);
    // Inside a web address or a tag: still text (a changed address is a change), but no lexicon word.
    if (spans.some(([start, end]) => token.start >= start && token.start < end)) {
      for (const word of expanded) word.name = true;
      words.push(...expanded);
      return;
    }
    if (token.kind === 'number') {
      // "COVID-19" (capitals and a hyphen before) and "18F" (a capital right after) are names.
      const before = tokens[index - 1];
      const name = tokens[index - 2];
      const after = tokens[index + 1];
      const named =
        (before?.text === '-' && name !== undefined && /^\p{Lu}{2,}$/u.test(name.text)) ||
        (after !== undefined && /^\p{Lu}/u.test(after.text));
      if (named) for (const word of expanded) word.name = true;
    }
    words.push(...expanded);
  });
  markAges(words);
  words.forEach((word, index) => {
    if (MODAL_WORDS.has(word.folded) && !isDutyWord(word, words[index - 1], words[index + 1], words[index - 2]))
      word.notDuty = true;
  });
  return words;
}
