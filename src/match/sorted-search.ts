// Searches in ascending lists of numbers (clause positions, scores, term ids): where a value would go among them,
// found in log time (the comparison's candidates, proposals and splits each look one up many times), and how many
// values two lists share (the content words two clauses share: compare's passes two to four and unit links, and the
// words of a diff's candidate prefixes).

/** The first index in [from, to) of the ascending `values` whose value is at least `value` (`to` if none). */
export function firstAtLeast(values: ArrayLike<number>, value: number, from = 0, to = values.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first index in [from, to) of the ascending `values` whose value is above `value` (`to` if none). */
export function firstAbove(values: ArrayLike<number>, value: number, from = 0, to = values.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** How many values the ascending lists `a` and `b` (each value once) have in common. */
export function sharedCount(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
