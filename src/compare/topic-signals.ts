// A topic list's signals as patterns over normalised text. A signal is words in order, side by side, case and
// accents aside; "foto*" ends in any ending and "a .. b" lets up to four words stand between a and b. Whole phrases
// are what keep "hiervan in kennis te stellen" apart from "kennis en informatie delen": a shared word alone never
// signals a topic unless a sector wrote that one word as a signal.
import { normalise } from '../text/normalise.js';

/** How many words `..` lets stand between the two words around it. */
const SIGNAL_GAP = 4;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of one signal, matched against normalise()d text padded with a space on each side. */
export function signalPattern(signal: string): RegExp {
  const pieces = signal.trim().split(/\s+/);
  let source = '';
  for (const piece of pieces) {
    if (piece === '..') {
      source += `(?:\\S+ ){0,${SIGNAL_GAP}}`;
      continue;
    }
    const wild = piece.endsWith('*');
    const words = normalise(wild ? piece.slice(0, -1) : piece);
    if (words === '') continue;
    source += `${words.split(' ').map(escape).join(' ')}${wild ? '\\S*' : ''} `;
  }
  return new RegExp(` ${source}`, 'u');
}

/**
 * The words a signal without wildcard or gap stands for, in order (as its pattern matches them: side by side), or
 * undefined for a signal that needs its pattern.
 */
function plainWords(signal: string): string[] | undefined {
  const words: string[] = [];
  for (const piece of signal.trim().split(/\s+/)) {
    if (piece === '..' || piece.endsWith('*')) return undefined;
    const normal = normalise(piece);
    if (normal !== '') words.push(...normal.split(' '));
  }
  // No word at all: its pattern is a lone space, which every text holds; left to the pattern.
  return words.length > 0 ? words : undefined;
}

/**
 * The signals of a topic, compiled once. A signal of plain words is looked up by the runs of words of a text, so a
 * topic induced from thousands of headings ("Artikel 1" … "Artikel 8000") costs a text its words times the few
 * lengths of its signals, not a pattern test per signal; the others (wildcards, gaps) are tested as patterns.
 */
export class TopicSignals {
  /** Plain signals by their words joined with a space: the indices of the signals with those words. */
  private readonly plain = new Map<string, number[]>();
  /** The numbers of words the plain signals have. */
  private readonly lengths: number[];
  private readonly patterns: { index: number; pattern: RegExp }[] = [];

  constructor(readonly signals: readonly string[]) {
    const lengths = new Set<number>();
    signals.forEach((signal, index) => {
      const words = plainWords(signal);
      if (!words) {
        this.patterns.push({ index, pattern: signalPattern(signal) });
        return;
      }
      const key = words.join(' ');
      const known = this.plain.get(key);
      if (known) known.push(index);
      else this.plain.set(key, [index]);
      lengths.add(words.length);
    });
    this.lengths = [...lengths];
  }

  /** The signals (as written, in the list's order) that occur in a text. */
  in(text: string): string[] {
    const normal = normalise(text);
    const found = new Set<number>();
    if (this.plain.size > 0 && normal !== '') this.lookUp(normal.split(' '), found);
    if (this.patterns.length > 0) {
      const padded = ` ${normal} `;
      for (const { index, pattern } of this.patterns) if (pattern.test(padded)) found.add(index);
    }
    return [...found].sort((a, b) => a - b).map((index) => this.signals[index] as string);
  }

  /** Adds to `found` the plain signals whose words stand side by side among `words`. */
  private lookUp(words: readonly string[], found: Set<number>): void {
    for (const length of this.lengths) {
      for (let start = 0; start + length <= words.length; start++) {
        const indices = this.plain.get(words.slice(start, start + length).join(' '));
        if (indices) for (const index of indices) found.add(index);
      }
    }
  }
}
