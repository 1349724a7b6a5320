// A word diff that stays near-linear on long documents. The Myers diff (the `diff` package) costs the length times
// the number of differences, and import's accounting of a long text differs in a few words per page (headings
// given ids, page furniture left out): a 1 MB text took minutes (issue 23 item 9). So the two sequences are first
// cut at anchors, words that occur exactly once in each, kept in the same order in both (the longest such chain, as
// patience diff does), and only the stretches between anchors are diffed with Myers: each is short.
import { diffArrays } from 'diff';

export interface DiffPart<Item> {
  value: Item[];
  added?: boolean;
  removed?: boolean;
}

/** Indices into `source` and `target` of words that occur once in each, in the longest chain ordered in both. */
function anchors(source: readonly string[], target: readonly string[]): [number, number][] {
  const counts = new Map<string, { source: number; target: number; at: number }>();
  source.forEach((word, index) => {
    const count = counts.get(word);
    if (count) count.source++;
    else counts.set(word, { source: 1, target: 0, at: index });
  });
  const pairs: [number, number][] = [];
  const targetAt = new Map<string, number>();
  target.forEach((word, index) => {
    const count = counts.get(word);
    if (!count) return;
    count.target++;
    targetAt.set(word, index);
  });
  for (const [word, count] of counts)
    if (count.source === 1 && count.target === 1) pairs.push([count.at, targetAt.get(word) as number]);
  pairs.sort((a, b) => a[0] - b[0]);
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

/**
 * The diff of `source` (items with a word) against `target` (words): parts of equal, removed (source only) and
 * added (target only) items in order, as `diffArrays` gives them.
 */
export function anchoredDiff<Item extends { word: string }>(
  source: readonly Item[],
  target: readonly string[],
): DiffPart<Item | string>[] {
  const parts: DiffPart<Item | string>[] = [];
  const stretch = (sourceFrom: number, sourceTo: number, targetFrom: number, targetTo: number): void => {
    const left = source.slice(sourceFrom, sourceTo);
    const right = target.slice(targetFrom, targetTo);
    if (left.length === 0 && right.length === 0) return;
    if (left.length === 0) parts.push({ value: right, added: true });
    else if (right.length === 0) parts.push({ value: left, removed: true });
    else
      parts.push(
        ...(diffArrays<Item | string>(left, right, {
          comparator: (a, b) => (a as Item).word === b,
        }) as DiffPart<Item | string>[]),
      );
  };
  let sourceAt = 0;
  let targetAt = 0;
  for (const [sourceAnchor, targetAnchor] of anchors(
    source.map((item) => item.word),
    target,
  )) {
    stretch(sourceAt, sourceAnchor, targetAt, targetAnchor);
    parts.push({ value: [source[sourceAnchor] as Item] });
    sourceAt = sourceAnchor + 1;
    targetAt = targetAnchor + 1;
  }
  stretch(sourceAt, source.length, targetAt, target.length);
  return parts;
}
