// A hyphen at the end of a line of extracted text is either the typesetter's (a word broken to fit: "verant-" +
// "woordelijk", to be rejoined) or the author's (kept: "school- en gezinsleven", "ICT-beleid", "zee-eend"). A few
// Dutch spelling rules decide the clear cases; otherwise the Dutch hyphenation patterns decide: a typesetter breaks a
// word only where the patterns allow it, so a break where they do not is the author's own hyphen. Before either, the
// document's own spelling: a word it writes whole elsewhere, with its hyphen ("Anti-pestcoördinator" in a table) or
// without, is written so where a line end breaks it too.
import { hyphenationPoints } from '../../text/hyphenation.js';

/** After these the hyphen leaves a word out ("school- en gezinsleven", "hoofd- of bijzaak"): keep it, and the space. */
const ELISION_NEXT = /^(en|of|tot|noch|dan|and|or|to|nor)\b/u;
/** An abbreviation or a number before the hyphen ("ICT-", "A4-", "3D-"): Dutch writes the hyphen, joined. */
const ABBREVIATION = /\p{N}|.\p{Lu}/u;
/** Prefixes that take a diaeresis before a vowel (be-invloeden was beïnvloeden, co-operatie was coöperatie). */
const DIAERESIS_PREFIX = /^(be|ge|her|re|co|pre)$/iu;
const DIAERESIS: Record<string, string> = { a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü' };
const VOWEL = /[aeiou]$/iu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The letters and digits right before a final hyphen ("verant" of "… verant-"), else undefined. Read backwards from
 * the end: a regex anchored only at the end ($) tried every start in the paragraph joined so far, so a hard-wrapped
 * paragraph cost time quadratic in its length (400 KB: 20 s).
 */
function fragmentBeforeHyphen(before: string): string | undefined {
  if (!before.endsWith('-')) return undefined;
  const end = before.length - 1;
  let start = end;
  while (start > 0) {
    let previous = start - 1;
    const code = before.charCodeAt(previous);
    // The second half of a surrogate pair: step over the whole character.
    if (code >= 0xdc00 && code <= 0xdfff && previous > 0) previous--;
    if (!LETTER_OR_DIGIT.test(before.slice(previous, start))) break;
    start = previous;
  }
  return start < end ? before.slice(start, end) : undefined;
}

/** How a document writes its words where no line end cuts them: compounds with their hyphens, and every word. */
export interface Spellings {
  hyphenated: ReadonlySet<string>;
  whole: ReadonlySet<string>;
}

const HYPHENATED_WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The spellings of `lines` (lower case): a word broken at a line end ("anti-" at the end) is in neither. */
export function spellingsOf(lines: readonly string[]): Spellings {
  const hyphenated = new Set<string>();
  const whole = new Set<string>();
  for (const line of lines) {
    const text = line.replace(/-\s*$/u, ' ').toLowerCase();
    for (const [word] of text.matchAll(HYPHENATED_WORD)) hyphenated.add(word);
    for (const [word] of text.replace(HYPHENATED_WORD, ' ').matchAll(WORD)) whole.add(word);
  }
  return { hyphenated, whole };
}

/** What the document's spelling says of `fragment` + `nextWord`: one way only, or nothing where it writes both or neither. */
function spelledAs(
  spellings: Spellings | undefined,
  fragment: string,
  nextWord: string,
): 'hyphen' | 'join' | undefined {
  if (!spellings) return undefined;
  const withHyphen = spellings.hyphenated.has(`${fragment}-${nextWord}`.toLowerCase());
  const joined = spellings.whole.has(`${fragment}${nextWord}`.toLowerCase());
  if (withHyphen === joined) return undefined;
  return withHyphen ? 'hyphen' : 'join';
}

/**
 * Joins a hard-wrapped line to the text before it, deciding what a hyphen at the end of `before` was; `spellings`,
 * the document's own (spellingsOf), decide first where they say one thing.
 */
export function joinWrapped(before: string, next: string, spellings?: Spellings): string {
  const trimmed = next.trim();
  const fragment = fragmentBeforeHyphen(before);
  const nextWord = /^\p{L}+/u.exec(trimmed)?.[0];
  if (!fragment || !nextWord || ELISION_NEXT.test(trimmed)) return `${before} ${trimmed}`;
  const keepHyphen = `${before}${trimmed}`;
  const join = `${before.slice(0, -1)}${trimmed}`;
  const spelled = spelledAs(spellings, fragment, nextWord);
  if (spelled) return spelled === 'hyphen' ? keepHyphen : join;
  // A typesetter never breaks a word before a capital: "Noord-" + "Holland" is one name with its hyphen.
  if (/^\p{Lu}/u.test(nextWord)) return keepHyphen;
  // "ICT-" with a capital after the first letter, or a digit: an abbreviation's hyphen, never a typesetter's.
  if (ABBREVIATION.test(fragment)) return keepHyphen;
  const word = `${fragment}${nextWord}`.toLowerCase();
  if (hyphenationPoints(word, 'nl').includes(fragment.length)) return join;
  // Dutch drops the diaeresis where a word is broken: "be-" + "invloeden" was "beïnvloeden".
  const first = nextWord.charAt(0);
  const marked = DIAERESIS[first];
  if (marked && VOWEL.test(fragment) && DIAERESIS_PREFIX.test(fragment)) {
    const restored = `${fragment}${marked}${nextWord.slice(1)}`.toLowerCase();
    if (hyphenationPoints(restored, 'nl').includes(fragment.length))
      return `${before.slice(0, -1)}${marked}${trimmed.slice(1)}`;
  }
  // Not a place the patterns would break this word (or too short to break at all: "e-mail"): the author's hyphen.
  return keepHyphen;
}
