// A word diff that stays linear on long documents. The Myers diff (the `diff` package) costs the length times
// the number of differences, and import's accounting of a long text differs in a few words per page (headings
// given ids, page furniture left out): a 1 MB text took minutes (issue 23 item 9). So the two sequences are first
// cut at anchors, words and runs of three words that occur exactly once in each, kept in the same order in both
// (the longest such chain, as patience diff does), and only the stretches between anchors are diffed with Myers,
// its work bounded per stretch. A text whose every word repeats (an article number that also stands in its
// sentence, a "Toelichting" left out under every article) has no unique word: the runs of three still cut it; a
// stretch that is long and differs in many words is cut again at what is unique within it, and what is left after a
// few rounds is aligned greedily, word by word with a bounded look-ahead (issue 39 item 8: 20,000 such headings
// spent 27 of 66 CPU seconds in Myers).
import { diffArrays } from 'diff';

export interface DiffPart<Item> {
  value: Item[];
  added?: boolean;
  removed?: boolean;
}

/** Myers runs unbounded on a stretch whose two sides multiply to no more than this. */
const SMALL_STRETCH = 1 << 16;
/** Differences Myers may look for in a longer stretch: its work is then at most this many passes over the stretch. */
const MAX_EDITS = 64;
/** Rounds of cutting a long, much-differing stretch at what is unique within it before aligning it greedily. */
const MAX_ROUNDS = 6;
/** How far the greedy alignment looks ahead on each side for the word the other side stands at. */
const LOOK_AHEAD = 64;

/** Runs of this many words that occur once in each side are anchors too, when no single word does. */
const RUN = 3;

interface Counted {
  source: number;
  target: number;
  sourceAt: number;
  targetAt: number;
}

/** Keys (words, or runs of RUN words) that occur once in each sequence, as [sourceIndex, targetIndex] pairs. */
function uniquePairs<Key>(
  source: readonly number[],
  target: readonly number[],
  key: (words: readonly number[], index: number) => Key | undefined,
): [number, number][] {
  const counts = new Map<Key, Counted>();
  for (let index = 0; index < source.length; index++) {
    const name = key(source, index);
    if (name === undefined) continue;
    const count = counts.get(name);
    if (count) count.source++;
    else counts.set(name, { source: 1, target: 0, sourceAt: index, targetAt: -1 });
  }
  for (let index = 0; index < target.length; index++) {
    const name = key(target, index);
    const count = name === undefined ? undefined : counts.get(name);
    if (!count) continue;
    count.target++;
    count.targetAt = index;
  }
  const pairs: [number, number][] = [];
  for (const count of counts.values())
    if (count.source === 1 && count.target === 1) pairs.push([count.sourceAt, count.targetAt]);
  return pairs;
}

/**
 * Both sides' words as numbers, one per distinct word: a run of RUN words is then keyed by its numbers, not by a
 * string joined for every position of both sides. The same runs match either way: the words are import's (letters
 * and digits, src/import/account.ts), so no space inside one could make two different runs join alike.
 */
function numbered(
  source: readonly string[],
  target: readonly string[],
): { source: number[]; target: number[]; distinct: number } {
  const numbers = new Map<string, number>();
  const numberOf = (word: string): number => {
    let number = numbers.get(word);
    if (number === undefined) numbers.set(word, (number = numbers.size));
    return number;
  };
  return { source: source.map(numberOf), target: target.map(numberOf), distinct: numbers.size };
}

/** Distinct words whose runs' numbers fit in one exact number (RUN × 17 bits < 2^53); more are keyed as strings. */
const PACKED_WORDS = 1 << 17;

const single = (words: readonly number[], index: number): number => words[index] as number;
const joinedRun = (words: readonly number[], index: number): string | undefined =>
  index + RUN <= words.length ? words.slice(index, index + RUN).join(' ') : undefined;

/**
 * Runs of RUN words found once in each side, as [sourceIndex, targetIndex] pairs: keyed by one exact number while
 * the `distinct` word numbers fit `packedWords`, by their numbers joined beyond (exported for its test, which
 * holds the two keys to the same pairs).
 */
export function uniqueRunPairs(
  source: readonly number[],
  target: readonly number[],
  distinct: number,
  packedWords = PACKED_WORDS,
): [number, number][] {
  if (distinct > packedWords) return uniquePairs(source, target, joinedRun);
  return uniquePairs(source, target, (words, index) => {
    if (index + RUN > words.length) return undefined;
    let key = 0;
    for (let offset = 0; offset < RUN; offset++) key = key * packedWords + (words[index + offset] as number);
    return key;
  });
}

/**
 * Indices into `source` and `target` of words that occur once in each, or start a run of RUN words that does, in
 * the longest chain ordered in both.
 */
function anchors(sourceWords: readonly string[], targetWords: readonly string[]): [number, number][] {
  const { source, target, distinct } = numbered(sourceWords, targetWords);
  const runs = uniqueRunPairs(source, target, distinct);
  const bySource = new Map<number, number>();
  for (const [from, to] of [...uniquePairs(source, target, single), ...runs])
    if (!bySource.has(from)) bySource.set(from, to);
  const pairs = [...bySource].sort((a, b) => a[0] - b[0]);
  // Longest increasing run of target positions (patience sorting, O(n log n)).
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((pairs[tails[middle] as number] as [number, number])[1] < pair[1]) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const chain: [number, number][] = [];
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at] as number) chain.push(pairs[at] as [number, number]);
  return chain.reverse();
}

/** The parts of one stretch, built up in order; parts of one kind in a row are kept as one. */
class Parts<Item> {
  readonly list: DiffPart<Item | string>[] = [];

  push(value: readonly (Item | string)[], kind: 'equal' | 'added' | 'removed'): void {
    if (value.length === 0) return;
    const last = this.list.at(-1);
    const lastKind = last?.added ? 'added' : last?.removed ? 'removed' : 'equal';
    if (last && lastKind === kind) {
      last.value.push(...value);
      return;
    }
    this.list.push({
      value: [...value],
      ...(kind === 'added' ? { added: true } : kind === 'removed' ? { removed: true } : {}),
    });
  }
}

/**
 * A greedy alignment of two stretches with nothing unique left in them: equal words are kept; at a difference the
 * nearer of the two words is looked for a bounded way ahead on the other side, and what stands before it is added or
 * removed. Linear in the stretch (times LOOK_AHEAD); it may miss a match that lies further away than that.
 */
function greedy<Item extends { word: string }>(left: readonly Item[], right: readonly string[], parts: Parts<Item>) {
  let i = 0;
  let j = 0;
  const ahead = <T>(list: readonly T[], from: number, wanted: string, wordOf: (item: T) => string): number => {
    for (let step = 1; step <= LOOK_AHEAD && from + step < list.length; step++)
      if (wordOf(list[from + step] as T) === wanted) return step;
    return -1;
  };
  while (i < left.length && j < right.length) {
    const here = left[i] as Item;
    if (here.word === right[j]) {
      parts.push([here], 'equal');
      i++;
      j++;
      continue;
    }
    const skipSource = ahead(left, i, right[j] as string, (item) => item.word);
    const skipTarget = ahead(right, j, here.word, (word) => word);
    if (skipSource > 0 && (skipTarget < 0 || skipSource <= skipTarget)) {
      parts.push(left.slice(i, i + skipSource), 'removed');
      i += skipSource;
    } else if (skipTarget > 0) {
      parts.push(right.slice(j, j + skipTarget), 'added');
      j += skipTarget;
    } else {
      parts.push([here], 'removed');
      parts.push([right[j] as string], 'added');
      i++;
      j++;
    }
  }
  parts.push(left.slice(i), 'removed');
  parts.push(right.slice(j), 'added');
}

/** One stretch between anchors: Myers where its work stays bounded, else cut again, else aligned greedily. */
function stretch<Item extends { word: string }>(
  left: readonly Item[],
  right: readonly string[],
  parts: Parts<Item>,
  round: number,
): void {
  if (left.length === 0 || right.length === 0) {
    parts.push(left, 'removed');
    parts.push(right, 'added');
    return;
  }
  const small = left.length * right.length <= SMALL_STRETCH;
  const found = diffArrays<Item | string>([...left], [...right], {
    comparator: (a, b) => (a as Item).word === b,
    ...(small ? {} : { maxEditLength: MAX_EDITS }),
  }) as DiffPart<Item | string>[] | undefined;
  if (found) {
    for (const part of found) parts.push(part.value, part.added ? 'added' : part.removed ? 'removed' : 'equal');
    return;
  }
  const cuts =
    round < MAX_ROUNDS
      ? anchors(
          left.map((item) => item.word),
          right,
        )
      : [];
  if (cuts.length === 0) {
    greedy(left, right, parts);
    return;
  }
  cut(left, right, cuts, parts, round + 1);
}

/** The stretches between `cuts` diffed, the anchors themselves equal. */
function cut<Item extends { word: string }>(
  source: readonly Item[],
  target: readonly string[],
  cuts: readonly [number, number][],
  parts: Parts<Item>,
  round: number,
): void {
  let sourceAt = 0;
  let targetAt = 0;
  for (const [sourceAnchor, targetAnchor] of cuts) {
    stretch(source.slice(sourceAt, sourceAnchor), target.slice(targetAt, targetAnchor), parts, round);
    parts.push([source[sourceAnchor] as Item], 'equal');
    sourceAt = sourceAnchor + 1;
    targetAt = targetAnchor + 1;
  }
  stretch(source.slice(sourceAt), target.slice(targetAt), parts, round);
}

/**
 * The diff of `source` (items with a word) against `target` (words): parts of equal, removed (source only) and
 * added (target only) items in order, as `diffArrays` gives them.
 */
export function anchoredDiff<Item extends { word: string }>(
  source: readonly Item[],
  target: readonly string[],
): DiffPart<Item | string>[] {
  const parts = new Parts<Item>();
  cut(
    source,
    target,
    anchors(
      source.map((item) => item.word),
      target,
    ),
    parts,
    0,
  );
  return parts.list;
}
