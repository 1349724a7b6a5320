// Word-level track changes between two texts. jsdiff does the alignment over Dutch tokens (one Diff subclass that
// only overrides tokenize, the idiomatic way to give jsdiff a granularity); a cleanup pass then makes the result
// read like a person's redline: changes separated by a lone short word or a space become one deletion and one
// insertion, and a pure insertion or deletion is slid to start at a word and end after a space.
import { Diff } from 'diff';
import { tokenize, type Token } from '../text/tokenize.js';
import type { WordOp } from './types.js';

/** Texts this dissimilar (as the matcher measured them) are not worth aligning: shown whole straight away. */
export const UNRELATED_BELOW = 0.15;
/**
 * A redline that keeps less than this share of the words (by length, both texts) is noise: show old and new
 * whole. Measured on the redline itself rather than on word-set similarity, which is harsh on short clauses
 * ("De leerling mag bellen" → "De leerlingen mogen bellen" shares few words but reads fine as a redline).
 */
export const REWRITE_BELOW = 0.3;
/** Give up aligning (and show old and new whole) beyond this many token edits. */
export const MAX_EDIT_LENGTH = 2000;
/**
 * Work allowed for one alignment, in token steps: jsdiff's cost grows as edits × (tokens + edits), so long texts get
 * fewer edits. A count, not a clock: a wall-clock limit made the same pair a redline on a quiet machine and
 * "rewritten" on a busy one.
 */
export const ALIGN_WORK_BUDGET = 4_000_000;
/** An equality of at most one word this long (or only spaces and punctuation) does not split a change in two. */
const SHORT_WORD = 4;

/**
 * The token texts of the last few texts tokenized: one redline reads each of its two texts three times (the edit
 * limit, then the alignment both ways). jsdiff copies the array it is given, so one can be shared.
 */
const recentTokens = new Map<string, string[]>();
const RECENT_TEXTS = 4;

function tokenTexts(text: string): string[] {
  let tokens = recentTokens.get(text);
  if (!tokens) {
    tokens = tokenize(text).map((token) => token.text);
    if (recentTokens.size >= RECENT_TEXTS) recentTokens.delete(recentTokens.keys().next().value as string);
    recentTokens.set(text, tokens);
  }
  return tokens;
}

class DutchWordDiff extends Diff<string, string> {
  override tokenize(value: string): string[] {
    return tokenTexts(value);
  }
}

const differ = new DutchWordDiff();

export interface Redline {
  words: WordOp[];
  /** The texts are too different (or too long to align): words is one deletion and one insertion. */
  rewritten: boolean;
}

/** One deletion of the old text and one insertion of the new. */
export function wholeReplacement(oldText: string, newText: string): WordOp[] {
  const ops: WordOp[] = [];
  if (oldText !== '') ops.push({ op: 'delete', text: oldText });
  if (newText !== '') ops.push({ op: 'insert', text: newText });
  return ops;
}

export interface RedlineLimits {
  maxEditLength?: number;
  /** Token steps allowed per alignment (ALIGN_WORK_BUDGET). */
  workBudget?: number;
}

/**
 * The redline from old to new text. `similarity` (0..1, as the matcher measured it) decides whether a word diff
 * is worth showing at all.
 */
export function redline(oldText: string, newText: string, similarity: number, limits: RedlineLimits = {}): Redline {
  if (oldText === newText) return { words: oldText === '' ? [] : [{ op: 'equal', text: oldText }], rewritten: false };
  if (similarity < UNRELATED_BELOW) return { words: wholeReplacement(oldText, newText), rewritten: true };
  // A word diff is not symmetric: on a reordering ("de beleid" → "beleid de") it keeps whichever word it meets
  // first. Both directions are aligned and the better one kept, judged the same way from either side (more of the
  // text kept, then fewer changes, then the alignment from the alphabetically first text), so diff(b, a) is the
  // exact mirror of diff(a, b): a change never reads as editorial one way and as a rewrite the other.
  const maxEditLength = editLimit(oldText, newText, limits);
  const forward = wordDiff(oldText, newText, maxEditLength);
  const backwardRaw = wordDiff(newText, oldText, maxEditLength);
  const backward = backwardRaw && cleanUp(mirrored(backwardRaw));
  const canonicalFirst = oldText <= newText ? [forward, backward] : [backward, forward];
  let best: WordOp[] | undefined;
  for (const candidate of canonicalFirst) {
    if (!candidate || keptShare(candidate) < REWRITE_BELOW) continue;
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best ? { words: best, rewritten: false } : { words: wholeReplacement(oldText, newText), rewritten: true };
}

/** More of the text kept, then fewer separate changes; a tie keeps the incumbent. Symmetric under mirroring. */
function isBetter(candidate: readonly WordOp[], incumbent: readonly WordOp[]): boolean {
  const kept = keptShare(candidate) - keptShare(incumbent);
  if (Math.abs(kept) > 1e-9) return kept > 0;
  return changeCount(candidate) < changeCount(incumbent);
}

function changeCount(words: readonly WordOp[]): number {
  return toSegments(words).filter((segment) => !('equal' in segment)).length;
}

/** jsdiff's alignment, cleaned up; undefined when it gave up (too many edits, or out of time). */
function wordDiff(oldText: string, newText: string, maxEditLength: number): WordOp[] | undefined {
  const changes = differ.diff(oldText, newText, { maxEditLength });
  if (!changes) return undefined;
  return cleanUp(
    changes.map((change) => ({
      op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
      text: change.value,
    })),
  );
}

/** The most edits worth exploring: the largest D with D × (tokens + D) within the work budget, at most the cap. */
export function editLimit(oldText: string, newText: string, limits: RedlineLimits = {}): number {
  const tokens = tokenTexts(oldText).length + tokenTexts(newText).length;
  const budget = limits.workBudget ?? ALIGN_WORK_BUDGET;
  const affordable = Math.floor((Math.sqrt(tokens * tokens + 4 * budget) - tokens) / 2);
  return Math.max(1, Math.min(limits.maxEditLength ?? MAX_EDIT_LENGTH, affordable));
}

/** The same redline read the other way: what was deleted is inserted; a change's deletion still comes first. */
function mirrored(words: readonly WordOp[]): WordOp[] {
  return toOps(
    toSegments(
      words.map((word) => ({
        op: word.op === 'delete' ? 'insert' : word.op === 'insert' ? 'delete' : 'equal',
        text: word.text,
      })),
    ),
  );
}

/** Share of the letters and digits of both texts that the redline keeps unchanged. */
export function keptShare(words: readonly WordOp[]): number {
  let kept = 0;
  let total = 0;
  for (const word of words) {
    const letters = word.text.replace(/[^\p{L}\p{N}]+/gu, '').length;
    if (word.op === 'equal') {
      kept += 2 * letters;
      total += 2 * letters;
    } else total += letters;
  }
  return total === 0 ? 1 : kept / total;
}

/** A stretch of the redline: text both versions share, or a change (either side may be empty). */
type Segment = { equal: string } | { removed: string; added: string };

function toSegments(ops: readonly WordOp[]): Segment[] {
  const segments: Segment[] = [];
  for (const { op, text } of ops) {
    if (text === '') continue;
    const last = segments[segments.length - 1];
    if (op === 'equal') {
      if (last && 'equal' in last) last.equal += text;
      else segments.push({ equal: text });
    } else if (last && 'removed' in last) {
      if (op === 'delete') last.removed += text;
      else last.added += text;
    } else {
      segments.push(op === 'delete' ? { removed: text, added: '' } : { removed: '', added: text });
    }
  }
  return segments;
}

function toOps(segments: readonly Segment[]): WordOp[] {
  const ops: WordOp[] = [];
  for (const segment of segments) {
    if ('equal' in segment) ops.push({ op: 'equal', text: segment.equal });
    else {
      if (segment.removed !== '') ops.push({ op: 'delete', text: segment.removed });
      if (segment.added !== '') ops.push({ op: 'insert', text: segment.added });
    }
  }
  return ops;
}

function isShortEquality(text: string): boolean {
  const words = tokenize(text).filter((token) => token.kind !== 'space' && token.kind !== 'punct');
  if (words.length === 0) return true;
  return words.length === 1 && (words[0]?.text.length ?? 0) <= SHORT_WORD;
}

/** Changes separated only by a short equality read better as one change: "[de kat → het hond] van". */
function mergeAcrossShortEqualities(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    const previous = out[out.length - 1];
    const next = segments[i + 1];
    if (
      'equal' in segment &&
      previous &&
      'removed' in previous &&
      next &&
      'removed' in next &&
      isShortEquality(segment.equal)
    ) {
      previous.removed += segment.equal + next.removed;
      previous.added += segment.equal + next.added;
      i++;
      continue;
    }
    out.push('equal' in segment ? { equal: segment.equal } : { removed: segment.removed, added: segment.added });
  }
  return out;
}

function boundaryScore(
  before: Token | undefined,
  first: Token | undefined,
  last: Token | undefined,
  after: Token | undefined,
): number {
  let score = 0;
  if (first && first.kind !== 'space' && (!before || before.kind === 'space')) score += 2;
  if (last && (last.kind === 'space' || !after)) score += 1;
  if (!before || /[.;:!?]/.test(before.text) || (before.kind === 'space' && before.text.includes('\n'))) score += 1;
  return score;
}

/**
 * A pure insertion or deletion between two equalities can often sit in several places ("zag de [hond en de ]kat"
 * or "zag [de hond en ]de kat"); put it where it starts at a word and ends after a space, leftmost on a tie.
 */
function slideToWordBoundaries(segments: Segment[]): void {
  for (let i = 1; i + 1 < segments.length; i++) {
    const change = segments[i];
    const left = segments[i - 1];
    const right = segments[i + 1];
    if (!change || !left || !right || 'equal' in change || !('equal' in left) || !('equal' in right)) continue;
    const pure = change.removed === '' ? 'added' : change.added === '' ? 'removed' : undefined;
    if (!pure) continue;
    const leftTokens = tokenize(left.equal);
    const middle = tokenize(change[pure]);
    const rightTokens = tokenize(right.equal);
    // Slide left as far as the texts allow, then walk right scoring each placement.
    let shift = 0;
    while (
      shift < leftTokens.length &&
      shift < middle.length &&
      leftTokens[leftTokens.length - 1 - shift]?.text === middle[middle.length - 1 - shift]?.text
    )
      shift++;
    const all = [...leftTokens, ...middle, ...rightTokens];
    let start = leftTokens.length - shift;
    let best = { score: -1, start };
    while (start + middle.length <= all.length) {
      const score = boundaryScore(
        all[start - 1],
        all[start],
        all[start + middle.length - 1],
        all[start + middle.length],
      );
      if (score > best.score) best = { score, start };
      // Moving right keeps both texts intact only while the token leaving the change equals the one entering it.
      const leaving = all[start];
      const entering = all[start + middle.length];
      if (!leaving || !entering || leaving.text !== entering.text) break;
      start++;
    }
    if (best.start === leftTokens.length) continue;
    const text = (tokens: Token[]): string => tokens.map((token) => token.text).join('');
    left.equal = text(all.slice(0, best.start));
    change[pure] = text(all.slice(best.start, best.start + middle.length));
    right.equal = text(all.slice(best.start + middle.length));
  }
}

/** Makes jsdiff's alignment read like track changes; the old and new texts reassemble exactly. */
export function cleanUp(ops: readonly WordOp[]): WordOp[] {
  let segments = toSegments(ops);
  slideToWordBoundaries(segments);
  segments = toSegments(toOps(segments)).filter((segment) => !('equal' in segment) || segment.equal !== '');
  let before = -1;
  while (before !== segments.length) {
    before = segments.length;
    segments = mergeAcrossShortEqualities(segments);
  }
  return toOps(segments);
}

/** The old text a redline starts from (equal + delete). */
export function oldTextOf(words: readonly WordOp[]): string {
  return words
    .filter((word) => word.op !== 'insert')
    .map((word) => word.text)
    .join('');
}

/** The new text a redline arrives at (equal + insert). */
export function newTextOf(words: readonly WordOp[]): string {
  return words
    .filter((word) => word.op !== 'delete')
    .map((word) => word.text)
    .join('');
}
