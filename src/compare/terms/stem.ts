// A light Dutch stemmer for alignment only: "publiceert", "publiceren" and "publiceer" must be one term, and so
// must "betrokkene", "betrokkenen" and "betrokken", "vrienden" and "vriend", "mogelijkheden" and "mogelijkheid".
// It only has to conflate the forms of one word consistently, never to produce a real word, so it strips the
// common inflections (and "-heid") twice at most, then undoubles a final double vowel or consonant the way
// Dutch spelling doubles them ("publiceer"/"publiceren", "betrokk-en"). English words mostly pass unchanged
// except for a plural -s. Words are expected folded and lower case (text/normalise).

/** A stem keeps at least this many letters. */
const MIN_STEM = 3;
/** Longest first; "heden" becomes "heid" so plural and singular of -heid words meet. */
const SUFFIXES: readonly [string, string][] = [
  ['heden', 'heid'],
  ['heid', ''],
  ['ene', ''],
  ['en', ''],
  ['e', ''],
  ['s', ''],
  ['t', ''],
];
const VOWELS = 'aeiou';

function stripOnce(word: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length) + replacement;
    if (stem.length < MIN_STEM) continue;
    // "-s" after another s (proces, bus) and "-t" after a consonant cluster that is no verb ending are kept.
    if (suffix === 's' && /[s'’]$/.test(stem)) continue;
    if (suffix === 't' && !/[aeiourlnd]$/.test(stem)) continue;
    return stem;
  }
  return word;
}

function undouble(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  // Double consonant at the end: "betrokk" → "betrok".
  if (last === before && !VOWELS.includes(last) && stem.length > MIN_STEM) return stem.slice(0, -1);
  // Double vowel before a final consonant: "publiceer" → "publicer", "professioneel" → "professionel".
  const vowel = stem.charAt(stem.length - 2);
  if (
    !VOWELS.includes(last) &&
    vowel === stem.charAt(stem.length - 3) &&
    'aeou'.includes(vowel) &&
    stem.length > MIN_STEM
  ) {
    return stem.slice(0, -2) + last;
  }
  return stem;
}

export function stem(word: string): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  let current = word;
  for (let pass = 0; pass < 2; pass++) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  return undouble(current);
}

/** Stems this alike are one term: a common start of at least NEAR_PREFIX letters and NEAR_SHARE of the longer. */
const NEAR_PREFIX = 6;
const NEAR_SHARE = 0.8;

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * What the stemmer's rules miss (irregular and misspelt forms: "ontspoord" / "ontsporen", "professional" /
 * "professionel"): stems that differ only in their last letter or two are mapped onto the shortest of them.
 * Neighbours in sorted order are compared, so the cost is one sort.
 */
export function nearStems(stems: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(stems)].sort();
  const map = new Map<string, string>();
  let group: string[] = [];
  const flush = (): void => {
    if (group.length > 1) {
      const shortest = group.reduce((a, b) => (b.length < a.length || (b.length === a.length && b < a) ? b : a));
      for (const member of group) if (member !== shortest) map.set(member, shortest);
    }
    group = [];
  };
  for (const current of sorted) {
    const previous = group[group.length - 1];
    if (previous !== undefined) {
      const shared = commonPrefix(previous, current);
      if (shared < NEAR_PREFIX || shared < NEAR_SHARE * Math.max(previous.length, current.length)) flush();
    }
    group.push(current);
  }
  flush();
  return map;
}
