// The `hyphen` package's hyphenator over its patterns' trie held in four flat arrays, not ~10,000 nested objects.
// Parsing that trie from JSON cost a cold build ~25 ms of CPU (V8 makes a hidden class for nearly every node the
// first time), and a Map of the patterns as strings was no cheaper to build; the arrays parse in a few ms. Words are
// read, lowercased, matched and marked as the package's hyphenator does, step for step (hyphen.js: its text reader,
// hyphenateWord and insertChar), so the output is the same for every text (tests/text/hyphenation-patterns.test.ts
// compares the two on every word of the shipped policies).

/** A pattern set as the package defines it: the level table, the trie, the exceptions (word → markers). */
export type PackagedPatterns = [number[][], TrieNode, Record<string, number[]>?];
type TrieNode = number | [TrieNode, number] | { [letter: string]: TrieNode };

/**
 * The same set held flat, its nodes numbered breadth first. Node 0 is the root; node n's children are the letters
 * (one UTF-16 unit each) at `firsts[n]` up to `firsts[n + 1]` of `letters`, the child at letter i being node i + 1;
 * `indexes[n]` is the index of its levels, or -1.
 */
export interface FlatPatterns {
  levels: number[][];
  letters: string;
  firsts: number[];
  indexes: number[];
  exceptions: Record<string, number[]>;
}

/** The package's patterns held flat (scripts/prepare-data.mjs writes this as JSON). */
export function flatPatterns([levels, trie, exceptions = {}]: PackagedPatterns): FlatPatterns {
  const nodes: { index: number; kids: [string, TrieNode][] }[] = [];
  const add = (node: TrieNode): number => {
    const id = nodes.length;
    const [index, below] =
      typeof node === 'number' ? [node, {}] : Array.isArray(node) ? [node[1], node[0]] : [-1, node];
    // The package walks the trie one UTF-16 unit at a time: a longer key is never reached.
    const kids = typeof below === 'object' && !Array.isArray(below) ? Object.entries(below) : [];
    nodes.push({ index, kids: kids.filter(([letter]) => letter.length === 1) });
    return id;
  };
  add(trie);
  const firsts: number[] = [];
  let letters = '';
  for (let id = 0; id < nodes.length; id++) {
    firsts.push(letters.length);
    for (const [letter, child] of nodes[id]!.kids) {
      letters += letter;
      // Numbered in the order of the letters: node letters.length.
      add(child);
    }
  }
  firsts.push(letters.length);
  return { levels, letters, firsts, indexes: nodes.map((node) => node.index), exceptions };
}

// The package's test for a character that is no part of a word ('' at the end of the text is a letter to it).
const NOT_LETTER = /\s|(?!['])[!-@[-`{-~\u2013-\u203C]/;
const isNotLetter = (character: string): boolean => NOT_LETTER.test(character);

/** The text with `hyphenChar` at each marker, as the package's insertChar makes it. */
function insertChar(text: string, hyphenChar: string, markers: readonly number[]): string {
  if (markers.length === 0) return text;
  const parts = [text.slice(0, markers[0])];
  for (let at = 1; at < markers.length; at++) parts.push(text.slice(markers[at - 1], markers[at]));
  parts.push(text.slice(markers[markers.length - 1]));
  return parts.join(hyphenChar);
}

export class LiangHyphenator {
  private readonly flat: FlatPatterns;
  /** Markers by lowercased word: the exceptions, then each word worked out (as the package keeps them). */
  private readonly markers = new Map<string, number[]>();
  /** Hyphenated words by hyphen character and minimum length, then by word as written. */
  private readonly caches = new Map<string, Map<string, string>>();

  constructor(flat: FlatPatterns) {
    this.flat = flat;
    for (const [word, markers] of Object.entries(flat.exceptions)) this.markers.set(word, markers);
  }

  /** The text with `hyphenChar` (default U+00AD) in each word of at least `minWordLength` (default 5) letters. */
  hyphenateSync(text: string, options: { hyphenChar?: string; minWordLength?: number } = {}): string {
    const hyphenChar = options.hyphenChar ?? '\u00AD';
    const minWordLength = (options.minWordLength ?? 5) >> 0;
    const cacheKey = hyphenChar + minWordLength;
    let cache = this.caches.get(cacheKey);
    if (!cache) {
      cache = new Map();
      for (const [word, markers] of this.markers) cache.set(word, insertChar(word, hyphenChar, markers));
      this.caches.set(cacheKey, cache);
    }
    let out = '';
    for (const [before, word] of readWords(text, hyphenChar, minWordLength)) {
      let hyphenated = word;
      if (word.length > 0) {
        hyphenated = cache.get(word) ?? '';
        if (!cache.has(word)) {
          const lowered = word.toLocaleLowerCase();
          let markers = this.markers.get(lowered);
          if (!markers) {
            markers = this.wordMarkers(word, lowered);
            this.markers.set(lowered, markers);
          }
          hyphenated = insertChar(word, hyphenChar, markers);
          cache.set(word, hyphenated);
        }
      }
      out += before + hyphenated;
    }
    return out;
  }

  /** Liang's levels over the word, as the package's hyphenateWord sets them (its offsets and bounds included). */
  private wordMarkers(text: string, lowered: string): number[] {
    const levels: number[] = new Array(text.length + 1).fill(0);
    const dotted = `.${lowered}.`;
    const { letters, firsts, indexes } = this.flat;
    for (let start = 0; dotted.length - start >= 3; start++) {
      // The package gives the slices at the leading dot and at the first letter the same offset.
      const offset = start === 0 ? 0 : start - 1;
      let node = 0;
      for (let at = start; at < dotted.length; at++) {
        const code = dotted.charCodeAt(at);
        let next = -1;
        for (let child = firsts[node]!; child < firsts[node + 1]!; child++)
          if (letters.charCodeAt(child) === code) {
            next = child + 1;
            break;
          }
        if (next === -1) break;
        node = next;
        const index = indexes[node]!;
        if (index < 0) continue;
        const pattern = this.flat.levels[index]!;
        for (let step = 0; step < pattern.length; step++)
          levels[offset + step] = Math.max(pattern[step]!, levels[offset + step] as number);
      }
    }
    const length = levels.length;
    levels[0] = levels[1] = levels[length - 1] = levels[length - 2] = 0;
    const markers: number[] = [];
    for (let at = 0; at < levels.length; at++) if (((levels[at] as number) & 1) === 1) markers.push(at);
    return markers;
  }
}

/**
 * The text as [text before, word] pairs, as the package's text reader cuts it (with its HTML and hyphen-character
 * verifiers): a word shorter than the minimum, inside a tag or already holding the hyphen character joins the text
 * before the next.
 */
function* readWords(text: string, hyphenChar: string, minWordLength: number): Generator<[string, string]> {
  let before = '';
  let word = '';
  let inTag = false;
  let hyphenated = false;
  const accumulate = (): void => {
    before += word;
    word = '';
  };
  const take = (): [string, string] => {
    const pair: [string, string] = [before, word];
    before = '';
    word = '';
    return pair;
  };
  for (let at = 0; at < text.length; ) {
    const char1 = text.charAt(at++);
    const char2 = text.charAt(at);
    word += char1;
    // The HTML verifier first; the hyphen-character verifier only when it does not skip.
    if (inTag) {
      if (char1 === '>') {
        accumulate();
        inTag = false;
      }
    } else if (char1 === '<' && (!isNotLetter(char2) || char2 === '/')) inTag = true;
    let skip = inTag;
    if (!skip) {
      if (hyphenated) {
        if (!isNotLetter(char1) && isNotLetter(char2)) {
          accumulate();
          hyphenated = false;
        }
      } else if (!isNotLetter(char1) && char2 === hyphenChar) hyphenated = true;
      skip = hyphenated;
    }
    if (!skip) {
      if (isNotLetter(char1) && !isNotLetter(char2)) accumulate();
      if (!isNotLetter(char1) && isNotLetter(char2)) {
        if (word.length >= minWordLength) {
          yield take();
          continue;
        }
        accumulate();
      }
    }
    if (char2 === '') {
      if (word.length < minWordLength || skip) accumulate();
      yield take();
    }
  }
}
