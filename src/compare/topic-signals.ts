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

/** The signals of a topic, compiled once. */
export function compileSignals(signals: readonly string[]): RegExp[] {
  return signals.map(signalPattern);
}

/** The signals (as written) that occur in a text. */
export function signalsIn(text: string, signals: readonly string[], patterns: readonly RegExp[]): string[] {
  const padded = ` ${normalise(text)} `;
  return signals.filter((_, i) => (patterns[i] as RegExp).test(padded));
}
