// Which part a word plays in its sentence, for the significance rules. A lexicon word only gives a reason when it
// is used in the role its list is about: "16 jaar" after "jonger dan" is an age, not a term; "Mochten er
// vragen zijn" is a condition, not a permission; "rekening gehouden" is no duty; "COVID-19", "18F" and the digits
// of a web address are names, not figures; "won't" is "will not". Checked against the real revisions in the
// development corpus (see docs/diff.md, "Why a change is substantive"). Every list comes from the lexicon of the
// policy's language (src/text/lexicon.ts): an English "or" is never the Dutch works council. Markup that survives in
// a clause's text is no policy word either: a reference-link label "[4]", typed list numbering "1." that opens a
// paragraph, a tag-like "<1 id=…>"; and a run-in label ("Wettelijke verplichting - Overheidsinstanties moeten …")
// names the topic of the sentence after it rather than stating a rule.
import type { Lexicon } from '../text/lexicon.js';
import { foldWord } from '../text/normalise.js';
import { tokenize, type Token } from '../text/tokenize.js';

export interface Word {
  text: string;
  folded: string;
  token: Token;
  /** Part of an age ("16 jaar" after "jonger dan"): neither a figure nor a term on its own. */
  age?: boolean;
  /** The number of a term ("5" in "binnen 5 werkdagen"): a term, not a figure on its own. */
  term?: boolean;
  /** For the number of an age or a term: its unit ("jaar", "werkdagen"), as a reason names the figure with it. */
  unit?: Word;
  /** How a reason quotes the word when the clause around it says more than the changed word: "12 jaar" for "12". */
  shown?: string;
  /** A lexicon word that does not play its lexicon role here (see isDutyWord, isRoleWord). */
  notDuty?: boolean;
  /** Part of a name or an address ("COVID-19", "18F", a URL, an HTML tag): no lexicon word, whatever it spells. */
  name?: boolean;
  /** A role word naming a thing, not a person: "manager" in "password manager". */
  notRole?: boolean;
  /** A word of a role named in several words ("bevoegd gezag"): the role is the whole name, not this word. */
  roleTerm?: RoleTerm;
}

/** One place a role is named in several words: its name in the lexicon, as written, and where it starts. */
export interface RoleTerm {
  key: string;
  text: string;
  start: number;
}

/**
 * Web addresses (template placeholders in them included), e-mail addresses, HTML tags and tag-like markers with
 * attributes whatever their name (a broken footnote tag `<1 id="fn1">`): not policy text. An e-mail address is
 * tried only where a run of its characters starts: tried inside a 100,000-letter word it was quadratic.
 */
const NOT_TEXT =
  /\b(?:https?:\/\/|www\.)(?:[^\s)\]>"'{]|\{\{[^}]*\}\})+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|<\/?[A-Za-z][^<>]*>|<[\w-]+(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'))+\s*\/?>|%[0-9A-Fa-f]{2}/g;

/**
 * Markup, not text at all: a reference-link label right after a link text ("[joint work] [4]", "[guide][7]"), or
 * its number alone where the Markdown reader resolved the label and dropped its brackets ('["joint work"] 4'); a
 * footnote reference ("[^2]"), or a note number right after a bare numeric tag, what a broken `<sup>` leaves
 * ("(FOSS) <1>1 in our projects"); typed list numbering ("1.", "2)", "(3)") that opens the clause or one of its
 * paragraphs, tags before it included. Numbering inside a line ("artikel 2. Dit …") stays a figure.
 */
const MARKUP =
  /(?<=\][ \t]?)(?:\[[^[\]\s]{1,20}\]|\d{1,3}(?![\d.,:/\p{L}]))|\[\^[^[\]\s]{1,20}\]|<\d{1,3}>\d{1,3}(?![\d.,:/\p{L}])/gu;
const OPENING_NUMBERING =
  /(?<=^|\n[ \t]*\n)[ \t]*(?:<[^<>\n]*>[ \t]*)*(\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}[a-z]?\))(?=\s)/g;

/**
 * A run-in label: up to four words opening the clause or one of its paragraphs, then a spaced dash or a colon and a
 * capitalised sentence ("Wettelijke verplichting - Overheidsinstanties moeten …", "Legal basis: The …"). A label
 * with a negation ("Niet toegestaan: Roken …") is itself a rule and is not one.
 */
const RUN_IN_LABEL =
  /(?<=^|\n[ \t]*\n)[ \t]*(?:[\p{L}\p{M}'’-]+[ \t]+){0,3}[\p{L}\p{M}'’-]+(?=[ \t]+[-–—][ \t]+\p{Lu}|:[ \t]+\p{Lu})/gu;

/**
 * A stretch of a text that holds no lexicon words, as [start, end) offsets: an address, a tag or a label is still
 * text (a changed address is a change) but names nothing a rule is about; markup is not text at all.
 */
export interface HiddenSpan {
  start: number;
  end: number;
  markup?: boolean;
}

const spansOf = (text: string, pattern: RegExp, markup = false): HiddenSpan[] =>
  [...text.matchAll(pattern)].map((match) => {
    // With a group, only the group is the span ("1." without the tags and spaces before it).
    const start = match[1] === undefined ? match.index : match.index + match[0].lastIndexOf(match[1]);
    const end = match[1] === undefined ? match.index + match[0].length : start + match[1].length;
    return markup ? { start, end, markup } : { start, end };
  });

/** Where a piece of text holds addresses and tags (see NOT_TEXT), wherever the piece stands. */
function addressSpans(text: string): HiddenSpan[] {
  return spansOf(text, NOT_TEXT);
}

/** Where a whole clause text holds no lexicon words: addresses and tags, markup, run-in labels. */
export function hiddenSpans(text: string, lexicon: Lexicon): HiddenSpan[] {
  const labels = spansOf(text, RUN_IN_LABEL).filter(
    (span) => !wordsOf(text.slice(span.start, span.end), lexicon).some((word) => lexicon.negations.has(word.folded)),
  );
  return [...addressSpans(text), ...spansOf(text, MARKUP, true), ...spansOf(text, OPENING_NUMBERING, true), ...labels];
}

/** The marks that join two numbers into a range: "2014-2015", "2014–2015", "2014/2015", "5–10". */
const RANGE_MARKS = new Set(['-', '–', '—', '/']);

/**
 * A range written without spaces ("schooljaar 2014–2015") is one figure: "2014–2015 → 2015–2016" changed the range,
 * not a number 2014 into a number 2016 that neither version has.
 */
function joinRanges(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const [from, mark, to] = [tokens[index]!, tokens[index + 1], tokens[index + 2]];
    const adjacent =
      mark !== undefined &&
      to !== undefined &&
      from.kind === 'number' &&
      to.kind === 'number' &&
      RANGE_MARKS.has(mark.text) &&
      mark.start === from.start + from.text.length &&
      to.start === mark.start + mark.text.length;
    if (!adjacent) {
      joined.push(from);
      continue;
    }
    joined.push({ ...from, text: from.text + mark.text + to.text });
    index += 2;
  }
  return joined;
}

/** A contraction as the words it stands for ("doesn't" is "does not", from the language's lexicon). */
function expand(token: Token, lexicon: Lexicon): Word[] {
  for (const [pattern, parts] of lexicon.contractions) {
    const match = pattern.exec(token.text);
    if (!match) continue;
    return parts.map((part) => {
      const text = part.replace('$1', match[1] ?? '');
      return { text, folded: foldWord(text), token: { ...token, text } };
    });
  }
  return [{ text: token.text, folded: foldWord(token.text), token }];
}

/** "jonger dan 16 jaar", "vanaf 12 jaar", "16 jaar oud", "leerlingen van 16 jaar of ouder". */
function markAges(words: Word[], lexicon: Lexicon): void {
  const isNumberWord = (word: Word | undefined): boolean =>
    word !== undefined && (word.token.kind === 'number' || lexicon.numbers.has(word.folded));
  words.forEach((unit, index) => {
    if (!lexicon.ageUnits.has(unit.folded)) return;
    const number = words[index - 1];
    if (!isNumberWord(number)) return;
    const before = words.slice(Math.max(0, index - 4), index - 1).map((word) => word.folded);
    const after = words.slice(index + 1, index + 3).map((word) => word.folded);
    if (
      before.some((word) => lexicon.ageCuesBefore.has(word)) ||
      after.some((word) => lexicon.ageCuesAfter.has(word))
    ) {
      number!.age = true;
      number!.unit = unit;
      unit.age = true;
    }
  });
  // "from age 12", "leeftijd 12": a number right after the noun for age is one without a unit.
  words.forEach((word, index) => {
    const cue = words[index - 1];
    if (isNumberWord(word) && cue !== undefined && lexicon.ageNouns.has(cue.folded)) word.age = true;
  });
}

/**
 * "binnen 5 werkdagen", "binnen vier weken", "within 10 working days", "innerhalb von 5 Werktagen": a number, in
 * digits or in words (a cardinal, or "een" as one), with a unit of time up to two words after it is the figure of a
 * term, so "5 → 10" and "vier → zes" there are a term changed, not just a number.
 */
function markTerms(words: Word[], lexicon: Lexicon): void {
  const counts = (word: Word): boolean =>
    word.token.kind === 'number' || lexicon.cardinals.has(word.folded) || lexicon.oneWords.has(word.folded);
  words.forEach((word, index) => {
    if (word.age === true || !counts(word)) return;
    const unit = words.slice(index + 1, index + 3).find((next) => lexicon.durations.has(next.folded));
    if (!unit || unit.age === true) return;
    word.term = true;
    word.unit = unit;
  });
}

/** A role word without its plural or inflection ending: "ouders" and "ouder", "bevoegde" and "bevoegd" are one. */
export function roleLemma(folded: string, lexicon: Lexicon): string {
  return lexicon.roleEndings.reduce((lemma, ending) => lemma.replace(ending, ''), folded);
}

/**
 * "bevoegd gezag", "het bevoegde gezag", "college van bestuur": a role named in several words, with nothing but
 * spaces between them, is one role. Its words are marked with the whole name; none of them is a duty word or a role
 * of its own there.
 */
function markRoleTerms(words: Word[], text: string, lexicon: Lexicon): void {
  if (lexicon.roleTerms.length === 0) return;
  const spaced = (a: Word, b: Word): boolean =>
    /^\s+$/.test(text.slice(a.token.start + a.token.text.length, b.token.start));
  const fits = (word: Word | undefined, part: string, previous: Word | undefined): boolean =>
    word !== undefined &&
    word.name !== true &&
    roleLemma(word.folded, lexicon) === part &&
    (previous === undefined || spaced(previous, word));
  const terms = lexicon.roleTerms.map((parts) => parts.map((part) => roleLemma(part, lexicon)));
  for (let index = 0; index < words.length; index += 1) {
    const found = terms.findIndex((parts) =>
      parts.every((part, offset) =>
        fits(words[index + offset], part, offset === 0 ? undefined : words[index + offset - 1]),
      ),
    );
    const term = lexicon.roleTerms[found];
    if (term === undefined) continue;
    const first = words[index]!;
    const last = words[index + term.length - 1]!;
    const roleTerm = {
      key: term.join(' '),
      text: text.slice(first.token.start, last.token.start + last.token.text.length),
      start: first.token.start,
    };
    for (const word of words.slice(index, index + term.length))
      Object.assign(word, { roleTerm, notDuty: true, notRole: true });
    index += term.length - 1;
  }
}

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
  lexicon: Lexicon,
): boolean {
  if (!lexicon.duties.has(word.folded)) return false;
  const capitalised = /^\p{Lu}/u.test(word.text);
  if (lexicon.conditionalOpeners.has(word.folded) && capitalised) return false;
  if (word.folded === 'gehouden')
    return lexicon.beForms.has(previous?.folded ?? '') || ['tot', 'om', 'te'].includes(next?.folded ?? '');
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
export function isRoleSpelling(word: Word, lexicon: Lexicon): boolean {
  return !lexicon.acronymRoles.has(word.folded) || word.text === word.text.toUpperCase();
}

/**
 * The words of a text (no spaces or punctuation), each marked with the role it plays. `around` gives the spans
 * hidden by the whole text the fragment stands in (offsets relative to the fragment): a changed "7" → "8" is part
 * of an address only in "https://example.nl/faq/1-7".
 */
export function wordsOf(text: string, lexicon: Lexicon, around: readonly HiddenSpan[] = []): Word[] {
  const spans = [...addressSpans(text), ...around];
  const tokens = joinRanges(tokenize(text));
  const words: Word[] = [];
  tokens.forEach((token, index) => {
    if (token.kind === 'space' || token.kind === 'punct') return;
    const inside = spans.filter((span) => token.start >= span.start && token.start < span.end);
    if (inside.some((span) => span.markup === true)) return;
    const expanded = expand(token, lexicon);
    // Inside a web address, a tag or a label: still text (a changed address is a change), but no lexicon word.
    if (inside.length > 0) {
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
  markAges(words, lexicon);
  markTerms(words, lexicon);
  markRoleTerms(words, text, lexicon);
  words.forEach((word, index) => {
    const before = words[index - 1];
    if (before !== undefined && lexicon.roles.has(word.folded) && lexicon.thingsBeforeRole.has(before.folded))
      word.notRole = true;
  });
  words.forEach((word, index) => {
    if (
      lexicon.duties.has(word.folded) &&
      !isDutyWord(word, words[index - 1], words[index + 1], words[index - 2], lexicon)
    )
      word.notDuty = true;
  });
  return words;
}
