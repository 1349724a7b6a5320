// Is a text change editorial (spacing, punctuation, case, spelling, an article) or substantive (a figure, a role,
// a duty, a negation, new or dropped wording)? Judged per change in the redline, with reasons a board member can
// read: "number 5 → 7", "obligation mag → moet", "negation 'niet' removed".
import {
  AMOUNT_WORDS,
  DURATION_WORDS,
  MODAL_WORDS,
  NEGATION_WORDS,
  NUMBER_WORDS,
  ROLE_WORDS,
  STOPWORDS,
} from '../text/lexicon.js';
import { normalise } from '../text/normalise.js';
import { editDistance } from '../text/similarity.js';
import { newTextOf, oldTextOf } from '../match/redline.js';
import type { Significance, WordOp } from './types.js';
import { isRoleSpelling, wordsOf, type Word } from './word-roles.js';

export interface Judgement {
  significance: Significance;
  reasons: string[];
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

/** A figure's value without formatting: "€ 1.000,-" and "€1000" are the same amount. */
function figureValue(word: Word): string {
  return word.folded
    .replace(/\.(?=\d{3}(?!\d))/g, '')
    .replace(/,-+$/, '')
    .replace(/[\s€]|eur(o)?/g, '');
}

const FIGURE_LABEL: Record<string, string> = {
  number: 'number',
  date: 'date',
  time: 'time',
  amount: 'amount',
  phone: 'phone number',
};

// Inflections that do not change which duty it is: "mag" and "mogen" are both permission.
const MODAL_LEMMA: Record<string, string> = {
  mag: 'mogen',
  mocht: 'mogen',
  mochten: 'mogen',
  moet: 'moeten',
  moest: 'moeten',
  moesten: 'moeten',
  dient: 'dienen',
  diende: 'dienen',
  dienden: 'dienen',
  hoeft: 'hoeven',
  behoort: 'behoren',
  verplichte: 'verplicht',
  // Words that restrict a rule the same way: "slechts toegestaan" → "alleen toegestaan" is wording.
  slechts: 'alleen',
  uitsluitend: 'alleen',
  enkel: 'alleen',
  // "must be allowed" → "must allow": the same permission.
  allow: 'allowed',
};
const modalLemma = (word: Word): string => MODAL_LEMMA[word.folded] ?? word.folded;
const isDuty = (word: Word): boolean => MODAL_WORDS.has(word.folded) && word.notDuty !== true;

/** The duties and permissions a whole clause text mentions (by lemma). */
function dutiesIn(text: string): Set<string> {
  return new Set(wordsOf(text).filter(isDuty).map(modalLemma));
}

/** What the whole clause says before and after, for rules that look beyond the changed words. */
interface ClauseContext {
  oldDuties: ReadonlySet<string>;
  newDuties: ReadonlySet<string>;
}
// Singular and plural are the same role: "betrokkene" / "betrokkenen", "coach" / "coaches", "ouder" / "ouders".
const roleLemma = (word: Word): string => word.folded.replace(/(en|s)$/, '').replace(/e$/, '');

/** At most QUOTE_LIMIT characters, cut between words (never "verzorge…"), with "…" when cut. */
function shortened(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const head = text.slice(0, QUOTE_LIMIT - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > QUOTE_LIMIT / 2 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}

function quote(words: Word[]): string {
  return shortened(words.map((word) => word.text).join(' '));
}

function excerpt(text: string): string {
  return shortened(text.replace(/\s+/g, ' ').trim());
}

function describe(label: string, removed: Word[], added: Word[]): string {
  if (removed.length > 0 && added.length > 0) return `${label} ${quote(removed)} → ${quote(added)}`;
  if (removed.length > 0) return `${label} '${quote(removed)}' removed`;
  return `${label} '${quote(added)}' added`;
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

/** Reasons one change (old words → new words) is substantive; [] when it is editorial. */
function judgeChange(removedText: string, addedText: string, clause: ClauseContext): string[] {
  if (normalise(removedText) === normalise(addedText)) return [];
  const removedWords = wordsOf(removedText);
  const addedWords = wordsOf(addedText);
  const removed = without(removedWords, addedWords);
  const added = without(addedWords, removedWords);
  const reasons: string[] = [];
  const claimed = new Set<Word>();
  const category = (
    label: string,
    test: (word: Word) => boolean,
    key?: (word: Word) => string,
    keep?: (gone: Word[], come: Word[]) => [Word[], Word[]],
  ): void => {
    const counts = (word: Word): boolean => word.name !== true && test(word);
    let gone = removed.filter(counts);
    let come = added.filter(counts);
    if (key) {
      const goneKeyed = without(gone, come, key);
      come = without(come, gone, key);
      gone = goneKeyed;
    }
    if (keep) [gone, come] = keep(gone, come);
    for (const word of [...removed.filter(counts), ...added.filter(counts)]) claimed.add(word);
    if (gone.length > 0 || come.length > 0) reasons.push(describe(label, gone, come));
  };
  const figure = (word: Word): boolean => word.age !== true;
  for (const kind of Object.keys(FIGURE_LABEL)) {
    category(
      FIGURE_LABEL[kind] ?? kind,
      (word) => figure(word) && (word.token.kind === kind || (kind === 'number' && NUMBER_WORDS.has(word.folded))),
      figureValue,
    );
  }
  category('age', (word) => word.age === true, figureValue);
  category('negation', (word) => NEGATION_WORDS.has(word.folded));
  // A duty word the clause has both before and after did not come or go: the text around it changed.
  category('obligation', isDuty, modalLemma, (gone, come) => [
    gone.filter((word) => !clause.newDuties.has(modalLemma(word))),
    come.filter((word) => !clause.oldDuties.has(modalLemma(word))),
  ]);
  category('role', (word) => ROLE_WORDS.has(word.folded) && isRoleSpelling(word), roleLemma);
  category('duration', (word) => DURATION_WORDS.has(word.folded) && word.age !== true);
  category('amount', (word) => AMOUNT_WORDS.has(word.folded));
  // Names and addresses ("COVID-19", a URL) are text: a change in them is judged as wording below.

  const rest = (words: Word[]): Word[] => words.filter((word) => !claimed.has(word) && !STOPWORDS.has(word.folded));
  const restRemoved = rest(removed);
  const restAdded = rest(added);
  if (restRemoved.length === 0 && restAdded.length === 0) return reasons;
  if (isSpellingLevel(restRemoved, restAdded)) return reasons;
  // Quote the change as written (not the leftover words), so the reader recognises the passage.
  if (restRemoved.length > 0 && restAdded.length > 0)
    reasons.push(`wording '${excerpt(removedText)}' → '${excerpt(addedText)}'`);
  else if (restAdded.length > 0) reasons.push(`text added: '${excerpt(addedText)}'`);
  else reasons.push(`text removed: '${excerpt(removedText)}'`);
  return reasons;
}

/** Editorial or substantive, for a redline of one clause. */
export function judgeRedline(words: readonly WordOp[]): Judgement {
  const reasons: string[] = [];
  const clause: ClauseContext = { oldDuties: dutiesIn(oldTextOf(words)), newDuties: dutiesIn(newTextOf(words)) };
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed !== '' || added !== '') reasons.push(...judgeChange(removed, added, clause));
    removed = '';
    added = '';
  };
  for (const word of words) {
    if (word.op === 'equal') flush();
    else if (word.op === 'delete') removed += word.text;
    else added += word.text;
  }
  flush();
  return judged(reasons);
}

/** Turns a list of reasons into a judgement: substantive when there is any. Duplicates and overflow are folded. */
export function judged(reasons: readonly string[]): Judgement {
  const unique = [...new Set(reasons)];
  if (unique.length > MAX_REASONS) {
    const more = unique.length - (MAX_REASONS - 1);
    unique.splice(MAX_REASONS - 1, unique.length, `… and ${more} more changes`);
  }
  return { significance: unique.length > 0 ? 'substantive' : 'editorial', reasons: unique };
}
