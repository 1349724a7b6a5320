// Binary searches in ascending lists of numbers (clause positions, scores, term ids): where a value would go among
// them, found in log time. The comparison's candidates, proposals and splits each look one up many times.

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
