// Is a text change editorial (spacing, punctuation, case, spelling, an article) or substantive (a figure, a role,
// a duty, a negation, new or dropped wording)? Judged per change in the redline, with reasons a board member can
// read: "number 5 → 7", "obligation mag → moet", "negation 'niet' removed". The word lists are those of the
// policy's language (lexiconFor(lang)); the reasons are data ({code, params}) that renderers word in the output's
// language (src/wording/reasons.ts).
import type { Lexicon } from '../text/lexicon.js';
import { normalise } from '../text/normalise.js';
import { editDistance } from '../text/similarity.js';
import { newTextOf, oldTextOf } from '../match/redline.js';
import type { Reason, ReasonCategory, Significance, WordOp } from './types.js';
import { type Hunk, type HunkWords, type MovedWords, movedWords } from './moved-words.js';
import { conjunctionOnly, fillsPlaceholder, qualifiesAcronym, sameMeaning } from './editorial-forms.js';
import { prefixReversals } from './prefix-negation.js';
import { hiddenSpans, wordsOf, type HiddenSpan, type Word } from './word-roles.js';
import { dutiesIn, dutyLemma, isDuty, obligationsReworded } from './duty-words.js';
import { countsAsRole, oneWordPerRole, roleKey, rolesIn } from './role-words.js';

export interface Judgement {
  significance: Significance;
  reasons: Reason[];
}

/** At most this many reasons per change; the rest are counted. */
const MAX_REASONS = 6;
const QUOTE_LIMIT = 60;

/** Words of `a` not matched by a word of `b` (multiset difference on folded form, order of `a` kept). */
function without(a: Word[], b: Word[], key: (word: Word) => string = (word) => word.folded): Word[] {
  const counts = new Map<string, number>();
  for (const word of b) counts.set(key(word), (counts.get(key(word)) ?? 0) + 1);
  return a.filter((word) => {
    const left = counts.get(key(word)) ?? 0;
    if (left === 0) return true;
    counts.set(key(word), left - 1);
    return false;
  });
}

/** A figure's value without formatting: "€ 1.000,-" and "€1000" are the same amount, "2014-2015" and "2014–2015" one range. */
function figureValue(word: Word): string {
  return word.folded
    .replace(/[–—]/g, '-')
    .replace(/\.(?=\d{3}(?!\d))/g, '')
    .replace(/,-+$/, '')
    .replace(/[\s€]|eur(o)?/g, '');
}

/** Token kinds that are figures, each its own category of reason. */
const FIGURE_KINDS: readonly ReasonCategory[] = ['number', 'date', 'time', 'amount', 'phone'];

/** What the whole clause says before and after, for rules that look beyond the changed words. */
interface ClauseContext {
  oldDuties: ReadonlySet<string>;
  newDuties: ReadonlySet<string>;
  /** The clause obliges as often after as before, in other words: its obligation words are wording (duty-words.ts). */
  obligationsReworded: boolean;
  /** The roles the whole clause names before and after (role-words.ts). */
  oldRoles: ReadonlySet<string>;
  newRoles: ReadonlySet<string>;
  lexicon: Lexicon;
  /** Lexicon words that moved from one change to another within the clause (see moved-words.ts). */
  moved: MovedWords;
  /** The whole clause before and after: what follows a change, and the word a hyphened prefix is put before
   * (prefix-negation.ts). */
  oldText: string;
  newText: string;
}

/** The hidden spans of a whole text that overlap a fragment at `start` of `length`, relative to the fragment. */
function spansWithin(spans: readonly HiddenSpan[], start: number, length: number): HiddenSpan[] {
  return spans
    .filter((span) => span.end > start && span.start < start + length)
    .map((span) => ({ ...span, start: Math.max(0, span.start - start), end: Math.min(length, span.end - start) }));
}

/** At most QUOTE_LIMIT characters, cut between words (never "verzorge…"), with "…" when cut. */
function shortened(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const head = text.slice(0, QUOTE_LIMIT - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > QUOTE_LIMIT / 2 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}

function quote(words: Word[]): string {
  return shortened(words.map((word) => word.shown ?? word.text).join(' '));
}

function excerpt(text: string): string {
  return shortened(text.replace(/\s+/g, ' ').trim());
}

function describe(category: ReasonCategory, removed: Word[], added: Word[]): Reason {
  if (removed.length > 0 && added.length > 0)
    return { code: `${category}-changed`, params: { from: quote(removed), to: quote(added) } };
  if (removed.length > 0) return { code: `${category}-removed`, params: { words: quote(removed) } };
  return { code: `${category}-added`, params: { words: quote(added) } };
}

/** Longer words tolerate more typing differences; words of three letters or fewer tolerate none. */
function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

function isSpellingLevel(removed: Word[], added: Word[]): boolean {
  const a = removed.map((word) => word.folded).join('');
  const b = added.map((word) => word.folded).join('');
  if (a === b) return true; // compound written apart or together: "school gerelateerd" / "schoolgerelateerd"
  if (removed.length === added.length) {
    return removed.every((word, i) => {
      const other = added[i]?.folded ?? '';
      const limit = allowedEdits(Math.max(word.folded.length, other.length));
      return limit > 0 && editDistance(word.folded, other, limit) <= limit;
    });
  }
  const limit = allowedEdits(Math.max(a.length, b.length));
  return limit > 0 && removed.length + added.length <= 3 && editDistance(a, b, limit) <= limit;
}

/** The words that came or went, less those (by key) the whole clause has in the other version too. */
function onOneSideOnly(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  key: (word: Word) => string,
): (gone: Word[], come: Word[]) => [Word[], Word[]] {
  return (gone, come) => [gone.filter((word) => !after.has(key(word))), come.filter((word) => !before.has(key(word)))];
}

/** One category of reason: the words that count, the words that are one, and which that came or went it reports. */
interface CategoryRule {
  label: ReasonCategory | ((gone: Word[], come: Word[]) => ReasonCategory);
  test: (word: Word) => boolean;
  /** A removed and an added word of one key are the same word ("mag" / "mogen", "€ 1.000,-" / "€1000"). */
  key?: (word: Word) => string;
  /** Of the words that came and went, those the rule reports. */
  keep?: (gone: Word[], come: Word[]) => [Word[], Word[]];
  /** The words of what the rule does not report are left to be judged as wording (a role named before and after). */
  onlyReported?: boolean;
}

/** One rule applied to one change: its reason, if any; the words it claims are added to `claimed`. */
function applyRule(rule: CategoryRule, removed: Word[], added: Word[], claimed: Set<Word>): Reason | undefined {
  const { test, key, keep } = rule;
  const counts = (word: Word): boolean => word.name !== true && test(word);
  let gone = removed.filter(counts);
  let come = added.filter(counts);
  if (key) {
    const goneKeyed = without(gone, come, key);
    come = without(come, gone, key);
    gone = goneKeyed;
  }
  if (keep) [gone, come] = keep(gone, come);
  const reported = new Set([...gone, ...come].map((word) => key?.(word) ?? word.folded));
  const claims = (word: Word): boolean => rule.onlyReported !== true || reported.has(key?.(word) ?? word.folded);
  for (const word of [...removed.filter(counts), ...added.filter(counts)]) if (claims(word)) claimed.add(word);
  if (gone.length === 0 && come.length === 0) return undefined;
  return describe(typeof rule.label === 'function' ? rule.label(gone, come) : rule.label, gone, come);
}

/**
 * Duties and permissions. A duty word the clause has both before and after did not come or go: the text around it
 * changed. Nor did an obligation said in other words ("dient" → "moet"): those words are wording, judged after.
 */
function dutyRule(clause: ClauseContext): CategoryRule {
  const { lexicon } = clause;
  const lemma = (word: Word): string => dutyLemma(word, lexicon);
  const reworded = (word: Word): boolean => clause.obligationsReworded && lexicon.obligations.has(word.folded);
  return {
    // Only permission words came or went ("may", "mag"): a permission, not an obligation; "mag → moet" is one.
    label: (gone, come) =>
      [...gone, ...come].every((word) => lexicon.permissions.has(word.folded)) ? 'permission' : 'obligation',
    test: (word) => isDuty(word, lexicon) && !reworded(word),
    key: lemma,
    keep: onOneSideOnly(clause.oldDuties, clause.newDuties, lemma),
  };
}

/**
 * Roles. A role the clause names before and after did not come or go, unless it took the place of one that did
 * ("Bevoegd gezag: het college van bestuur" → "College van bestuur: …"): its words are text. A role named in
 * several words is one role, quoted whole.
 */
function roleRule(clause: ClauseContext): CategoryRule {
  const { lexicon } = clause;
  const key = (word: Word): string => roleKey(word, lexicon);
  const named = onOneSideOnly(clause.oldRoles, clause.newRoles, key);
  const inPlace = (gone: Word[], come: Word[]): [Word[], Word[]] => {
    const [went, came] = named(gone, come);
    if (went.length > 0 && came.length === 0) return [went, come];
    if (came.length > 0 && went.length === 0) return [gone, came];
    return [went, came];
  };
  return {
    label: 'role',
    test: (word) => countsAsRole(word, lexicon),
    key,
    keep: (gone, come) => inPlace(oneWordPerRole(gone), oneWordPerRole(come)),
    onlyReported: true,
  };
}

/** The categories of reason, in the order a change's reasons name them. */
function categoryRules(clause: ClauseContext): CategoryRule[] {
  const { lexicon } = clause;
  const figure = (word: Word): boolean => word.age !== true && word.term !== true;
  return [
    ...FIGURE_KINDS.map((kind) => ({
      label: kind,
      test: (word: Word) =>
        figure(word) && (word.token.kind === kind || (kind === 'number' && lexicon.numbers.has(word.folded))),
      key: figureValue,
    })),
    { label: 'age', test: (word) => word.age === true, key: figureValue },
    { label: 'negation', test: (word) => lexicon.negations.has(word.folded) },
    dutyRule(clause),
    roleRule(clause),
    {
      label: 'duration',
      test: (word) => (lexicon.durations.has(word.folded) || word.term === true) && word.age !== true,
      keep: (gone, come) => oneWordsCounted(gone, come, lexicon),
    },
    { label: 'amount', test: (word) => lexicon.amounts.has(word.folded) },
  ];
}

/**
 * "een" as a term's number (lexicon oneWords) counts only beside a number or a unit that came or went too: "een week
 * → twee weken" and "ten hoogste een week" added are terms, "een week → de week" changed an article.
 */
function oneWordsCounted(gone: Word[], come: Word[], lexicon: Lexicon): [Word[], Word[]] {
  const notOne = (word: Word): boolean => !lexicon.oneWords.has(word.folded);
  const withMore = gone.some(notOne) || come.some(notOne);
  return withMore ? [gone, come] : [[], []];
}

/**
 * The reasons the changed words of a category give (figures, ages, negations, duties, roles, durations, amounts), and
 * the words those categories claimed, which are not judged again as wording.
 */
function categoryReasons(
  removed: Word[],
  added: Word[],
  clause: ClauseContext,
): { reasons: Reason[]; claimed: Set<Word> } {
  const claimed = new Set<Word>();
  const reasons = categoryRules(clause).flatMap((rule) => applyRule(rule, removed, added, claimed) ?? []);
  return { reasons, claimed };
}

/**
 * The wording changed, text added or text removed: the words no category claimed, unless they are no words at all,
 * a change of spelling or only a conjunction. The change is quoted as written (not the leftover words), so the reader
 * recognises the passage.
 */
function wordingReason(
  restRemoved: Word[],
  restAdded: Word[],
  removedText: string,
  addedText: string,
  lexicon: ClauseContext['lexicon'],
): Reason | undefined {
  if (restRemoved.length === 0 && restAdded.length === 0) return undefined;
  if (isSpellingLevel(restRemoved, restAdded)) return undefined;
  if (conjunctionOnly(restRemoved, restAdded, lexicon)) return undefined;
  if (restRemoved.length > 0 && restAdded.length > 0)
    return { code: 'wording-changed', params: { from: excerpt(removedText), to: excerpt(addedText) } };
  if (restAdded.length > 0) return { code: 'text-added', params: { text: excerpt(addedText) } };
  return { code: 'text-removed', params: { text: excerpt(removedText) } };
}

/** Reasons one change (old words → new words) is substantive; [] when it is editorial. */
function judgeChange(hunk: HunkWords, clause: ClauseContext): Reason[] {
  const { removed: removedText, added: addedText, at } = hunk;
  if (normalise(removedText) === normalise(addedText)) return [];
  const { lexicon } = clause;
  // The same said otherwise (editorial-forms.ts): an equivalent phrase, a fuller name, a placeholder filled in.
  if (sameMeaning(removedText, addedText, lexicon) || fillsPlaceholder(removedText, addedText)) return [];
  const afterAdded = clause.newText.slice(at.new + addedText.length);
  const afterRemoved = clause.oldText.slice(at.old + removedText.length);
  if (qualifiesAcronym(removedText, addedText, afterAdded, afterRemoved)) return [];
  const removedWords = hunk.removedWords.filter((word) => !clause.moved.old.has(at.old + word.token.start));
  const addedWords = hunk.addedWords.filter((word) => !clause.moved.new.has(at.new + word.token.start));
  // A word turned into its opposite by a prefix is a reason of its own, and not judged again below as wording.
  const reversed = prefixReversals(
    {
      removed: removedText,
      added: addedText,
      removedWords: without(removedWords, addedWords),
      addedWords: without(addedWords, removedWords),
      oldAfter: afterRemoved,
      newAfter: afterAdded,
    },
    lexicon.lang,
  );
  const removed = without(removedWords, addedWords).filter((word) => !reversed.claimed.has(word));
  const added = without(addedWords, removedWords).filter((word) => !reversed.claimed.has(word));
  const categorised = categoryReasons(removed, added, clause);
  const reasons: Reason[] = [...reversed.reasons, ...categorised.reasons];
  const { claimed } = categorised;
  // Names and addresses ("COVID-19", a URL) are text: a change in them is judged as wording below.

  const rest = (words: Word[]): Word[] =>
    words.filter((word) => !claimed.has(word) && !lexicon.stopwords.has(word.folded));
  const wording = wordingReason(rest(removed), rest(added), removedText, addedText, lexicon);
  if (wording) reasons.push(wording);
  return reasons;
}

/**
 * A changed word in the role the whole clause gives it: "12" → "14" alone is a number, but in "vanaf 12 jaar" an
 * age and in "binnen 5 werkdagen" a term, quoted with its unit when that stayed ("12 jaar → 14 jaar"); "bevoegd"
 * in "het bevoegd gezag" is part of a role's name, also where the change leaves "gezag" ("het bevoegd gezag" → "het
 * gezag"); a number of a range the change cuts ("2014–[2015]") is quoted as the range.
 */
function inClause(words: Word[], at: number, length: number, clauseWords: readonly Word[], text: string): Word[] {
  const byStart = new Map(clauseWords.map((word) => [word.token.start, word]));
  for (const word of words) {
    const whole = byStart.get(at + word.token.start);
    if (whole === undefined || whole.folded !== word.folded) {
      if (word.token.kind === 'number') word.shown = rangeAround(at + word.token.start, clauseWords) ?? word.shown;
      continue;
    }
    if (whole.roleTerm !== undefined) Object.assign(word, { roleTerm: whole.roleTerm, notDuty: true, notRole: true });
    if (whole.age === true) word.age = true;
    if (whole.term === true && word.age !== true) word.term = true;
    const unit = whole.unit;
    if ((word.age === true || word.term === true) && unit && unit.token.start >= at + length) {
      word.shown = text.slice(whole.token.start, unit.token.start + unit.token.text.length);
    }
  }
  return words;
}

/** The range ("2014–2015", word-roles.ts) of the whole clause that a number at `offset` is the end of, if any. */
function rangeAround(offset: number, clauseWords: readonly Word[]): string | undefined {
  const range = clauseWords.find(
    (word) =>
      word.token.kind === 'number' && word.token.start < offset && offset < word.token.start + word.token.text.length,
  );
  return range?.token.text;
}

/** The changes of a redline (runs of deleted and inserted words between kept ones), with their offsets. */
function hunksOf(words: readonly WordOp[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk = { removed: '', added: '', at: { old: 0, new: 0 } };
  let oldAt = 0;
  let newAt = 0;
  for (const word of words) {
    if (word.op === 'equal') {
      if (current.removed !== '' || current.added !== '') hunks.push(current);
      oldAt += word.text.length;
      newAt += word.text.length;
      current = { removed: '', added: '', at: { old: oldAt, new: newAt } };
    } else if (word.op === 'delete') {
      current.removed += word.text;
      oldAt += word.text.length;
    } else {
      current.added += word.text;
      newAt += word.text.length;
    }
  }
  if (current.removed !== '' || current.added !== '') hunks.push(current);
  return hunks;
}

/** Editorial or substantive, for a redline of one clause, judged with the lexicon of the policy's language. */
export function judgeRedline(words: readonly WordOp[], lexicon: Lexicon): Judgement {
  const oldText = oldTextOf(words);
  const newText = newTextOf(words);
  // Spans of the whole old and new text that hold no policy words (addresses, tags, markup, run-in labels).
  const oldHidden = hiddenSpans(oldText, lexicon);
  const newHidden = hiddenSpans(newText, lexicon);
  const oldWords = wordsOf(oldText, lexicon, oldHidden);
  const newWords = wordsOf(newText, lexicon, newHidden);
  const hunks: HunkWords[] = hunksOf(words).map((hunk) => ({
    ...hunk,
    removedWords: inClause(
      wordsOf(hunk.removed, lexicon, spansWithin(oldHidden, hunk.at.old, hunk.removed.length)),
      hunk.at.old,
      hunk.removed.length,
      oldWords,
      oldText,
    ),
    addedWords: inClause(
      wordsOf(hunk.added, lexicon, spansWithin(newHidden, hunk.at.new, hunk.added.length)),
      hunk.at.new,
      hunk.added.length,
      newWords,
      newText,
    ),
  }));
  const clause: ClauseContext = {
    oldDuties: dutiesIn(oldWords, lexicon),
    newDuties: dutiesIn(newWords, lexicon),
    obligationsReworded: obligationsReworded(oldWords, newWords, lexicon),
    oldRoles: rolesIn(oldWords, lexicon),
    newRoles: rolesIn(newWords, lexicon),
    lexicon,
    moved: movedWords(hunks, { old: oldWords, new: newWords }, lexicon),
    oldText,
    newText,
  };
  return judged(hunks.flatMap((hunk) => judgeChange(hunk, clause)));
}

/** Turns a list of reasons into a judgement: substantive when there is any. Duplicates and overflow are folded. */
export function judged(reasons: readonly Reason[]): Judgement {
  const byKey = new Map<string, Reason>();
  for (const reason of reasons) {
    const key = JSON.stringify([reason.code, reason.params]);
    if (!byKey.has(key)) byKey.set(key, reason);
  }
  const unique = [...byKey.values()];
  if (unique.length > MAX_REASONS) {
    const more = unique.length - (MAX_REASONS - 1);
    unique.splice(MAX_REASONS - 1, unique.length, { code: 'more-changes', params: { count: more } });
  }
  return { significance: unique.length > 0 ? 'substantive' : 'editorial', reasons: unique };
}
