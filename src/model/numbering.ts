// Display numbers are computed, never stored in the source: inserting a clause renumbers the display, not the IDs.

export type NumberStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

/** The default house style: 1., a., i. for ordered lists nested one, two, three deep (then it repeats). */
export const DEFAULT_HOUSE_STYLE: readonly NumberStyle[] = ['decimal', 'lower-alpha', 'lower-roman'];

export const BULLET_LABEL = '•';

function alpha(n: number): string {
  // 1 → a, 26 → z, 27 → aa: spreadsheet-style so long lists never run out of letters.
  let out = '';
  let rest = n;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function formatOrdinal(ordinal: number, style: NumberStyle): string {
  switch (style) {
    case 'decimal':
      return String(ordinal);
    case 'lower-alpha':
      return alpha(ordinal);
    case 'upper-alpha':
      return alpha(ordinal).toUpperCase();
    case 'lower-roman':
      return roman(ordinal);
    case 'upper-roman':
      return roman(ordinal).toUpperCase();
  }
}

/** Style for an ordered list nested `orderedDepth` ordered lists deep (0 = outermost). */
export function styleAt(orderedDepth: number, house: readonly NumberStyle[] = DEFAULT_HOUSE_STYLE): NumberStyle {
  return house[orderedDepth % house.length] ?? 'decimal';
}
