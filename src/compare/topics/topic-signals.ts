// A topic list's signals as patterns over normalised text. A signal is words in order, side by side, case and
// accents aside; "foto*" ends in any ending, "*gegevens" begins with any beginning (a Dutch compound's head is its
// last part: persoonsgegevens are gegevens; one written with a hyphen reads as one written solid, signal-text.ts),
// "a .. b" lets up to four words stand between a and b, and "<postcode>" stands for an address's number and
// postcode. Whole phrases are what keep "hiervan in kennis te stellen" apart from "kennis en informatie delen": a
// shared word alone never signals a topic unless a sector wrote that one word as a signal. A signal written with a
// leading "~" is weak: it names what the topic is about ("~klachtencommissie*": the commission) but not what it asks
// of it, so alone it makes a candidate, and it covers only where the heading or the clause's own words agree
// (topic-scores.ts; issue 73).
import { normalise } from '../../text/normalise.js';
import { LINK, type SignalText } from './signal-text.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';

export { type SignalText, signalText } from './signal-text.js';

/** How many words `..` lets stand between the two words around it. */
const SIGNAL_GAP = 4;

/**
 * Words a signal names by what they look like, not what they say, as patterns over normalised words. `<postcode>`: a
 * Dutch address's house number or post box and postcode ("22 2611 pv", "postbus 109 9670 ac"): the number before it
 * keeps a year and a word ("in 2018 en") out.
 */
const SHAPES = new Map([['<postcode>', '\\d+[a-z]? [1-9]\\d{3} ?[a-z]{2}']]);

/** `text` with each shape a signal names (SHAPES) read as a space: a shape is no word of the topic. */
export function withoutShapes(text: string): string {
  let plain = text;
  for (const shape of SHAPES.keys()) plain = plain.replaceAll(shape, ' ');
  return plain;
}

/** Whether a signal is weak (written with a leading "~"). */
export function isWeakSignal(signal: string): boolean {
  return signal.trimStart().startsWith('~');
}

/** A signal as it is shown: without the "~" that marks it weak. */
export function shownSignal(signal: string): string {
  return signal.trimStart().replace(/^~/, '');
}

/** A signal's word without its wildcards: `*` at its start or end. */
function bare(piece: string): string {
  return piece.replace(/^\*|\*$/g, '');
}

/** Between two words of a signal: a space, or a hyphen inside a compound (LINK). */
const WORD_LINK = `[ ${LINK}]`;

/**
 * The pattern of one signal, matched against normalise()d text padded with a space on each side. Its last word ends
 * a word: "e-mail" is not said by "e-mail-adres" (a Dutch compound is its last part, as "e-mailadres" is), unless it
 * has an ending wildcard ("e-mail*").
 */
export function signalPattern(signal: string): RegExp {
  const pieces = shownSignal(signal).trim().split(/\s+/);
  let source = '';
  let stating = false;
  for (const piece of pieces) {
    if (piece === '..') {
      source += `(?:[^ ${LINK}]+${WORD_LINK}){0,${SIGNAL_GAP}}`;
      continue;
    }
    const shape = SHAPES.get(piece);
    if (shape !== undefined) {
      source += `${shape} `;
      stating = true;
      continue;
    }
    const wild = piece.endsWith('*');
    const head = piece.startsWith('*');
    const words = normalise(bare(piece));
    if (words === '') continue;
    stating = true;
    source += `${head ? '\\S*' : ''}${words.split(' ').map(escapeRegExp).join(WORD_LINK)}${wild ? '\\S*' : ''}${WORD_LINK}`;
  }
  // A signal with no word or shape left once normalised ("@") states nothing: it matches nothing, not every text.
  if (!stating) return /(?!)/u;
  // It may start inside a compound (its head) and must end where a word ends.
  const ends = source.endsWith(WORD_LINK) ? `${source.slice(0, -WORD_LINK.length)} ` : source;
  return new RegExp(`${WORD_LINK}${ends}`, 'u');
}

/**
 * The words a signal without wildcard or gap stands for, in order (as its pattern matches them: side by side), or
 * undefined for a signal that needs its pattern.
 */
function plainWords(signal: string): string[] | undefined {
  const words: string[] = [];
  for (const piece of shownSignal(signal).trim().split(/\s+/)) {
    if (piece === '..' || piece.includes('*') || SHAPES.has(piece)) return undefined;
    const normal = normalise(piece);
    if (normal !== '') words.push(...normal.split(' '));
  }
  // No word at all: its pattern is a lone space, which every text holds; left to the pattern.
  return words.length > 0 ? words : undefined;
}

/**
 * How many words a signal asks for in order (its wildcard words counted, its gaps not): the more, the less likely it
 * stands in a clause by chance ("foto*" is one, "onder de noemer sociale media" five). A word is what the list wrote
 * as one: "e-mail" is one, though its normal form reads two.
 */
export function signalLength(signal: string): number {
  let words = 0;
  for (const piece of shownSignal(signal).trim().split(/\s+/)) {
    if (piece === '..') continue;
    if (SHAPES.has(piece)) {
      words += 1;
      continue;
    }
    if (normalise(bare(piece)) !== '') words += 1;
  }
  return words;
}

/**
 * The score (0..1) of a topic assignment from the signals it holds: each word of a whole signal halves the doubt, so
 * one signal of one word scores 0.5 (the threshold: what a sector wrote as a signal is enough), one of two words or
 * two of one word 0.75, and more signals or longer ones come close to 1.
 */
export function assignmentScore(signals: readonly string[]): number {
  const words = [...new Set(signals)].reduce((sum, signal) => sum + signalLength(signal), 0);
  return 1 - 0.5 ** words;
}

/** A plain signal's word in the tree of every topic's plain signals: the (topic, signal) pairs that end here. */
interface SetNode {
  next: Map<string, SetNode>;
  topics: number[];
  signals: number[];
}

const NO_SIGNALS: readonly string[] = [];

/**
 * The signals of every topic of a list, compiled once. Plain signals (words side by side) are one tree of every
 * topic's words, walked from each word of a text, so a text asked about forty topics is read once, not forty times,
 * and a topic induced from thousands of headings ("Artikel 1" … "Artikel 8000") costs a text its words times the
 * words of its longest match, not a pattern test per signal, and makes no new strings on the way; the others
 * (wildcards, gaps) are tested as patterns.
 */
export class TopicSignalSet {
  private readonly plain = new Map<string, SetNode>();
  private readonly patterns: { topic: number; index: number; pattern: RegExp }[] = [];
  private readonly found: Set<number>[];
  /** Per topic, its `elsewhere` phrases as patterns over padded text, and its signals' patterns once asked for. */
  private readonly elsewhere: RegExp[][];
  private readonly recheck = new Map<string, RegExp>();

  /**
   * `elsewhere`: per topic, the phrases of its list that hold its words but say something else: a signal found only
   * within one of them is no signal of the topic ("in overeenstemming met het doel van de registratie" names the
   * purpose as a limit, it does not say what the purpose is).
   */
  constructor(
    private readonly lists: readonly (readonly string[])[],
    elsewhere: readonly (readonly string[] | undefined)[] = [],
  ) {
    this.found = lists.map(() => new Set<number>());
    this.elsewhere = lists.map((_, topic) =>
      (elsewhere[topic] ?? []).map((phrase) => new RegExp(signalPattern(phrase).source, 'gu')),
    );
    lists.forEach((signals, topic) => {
      signals.forEach((signal, index) => {
        const words = plainWords(signal);
        if (!words) {
          this.patterns.push({ topic, index, pattern: signalPattern(signal) });
          return;
        }
        let level = this.plain;
        let node: SetNode | undefined;
        for (const word of words) {
          node = level.get(word);
          if (!node) {
            node = { next: new Map(), topics: [], signals: [] };
            level.set(word, node);
          }
          level = node.next;
        }
        node?.topics.push(topic);
        node?.signals.push(index);
      });
    });
  }

  /** Per topic (by its index in the list), the signals (as written, in the list's order) that occur in `text`. */
  in(text: SignalText): (readonly string[])[] {
    const touched: number[] = [];
    const note = (topic: number, index: number): void => {
      const found = this.found[topic] as Set<number>;
      if (found.size === 0) touched.push(topic);
      found.add(index);
    };
    const { words } = text;
    if (this.plain.size > 0 && text.normal !== '') {
      for (let start = 0; start < words.length; start++) {
        let level = this.plain;
        for (let at = start; at < words.length; at++) {
          const node = level.get(words[at] as string);
          if (!node) break;
          if (!text.linked[at])
            for (let k = 0; k < node.topics.length; k++) note(node.topics[k] as number, node.signals[k] as number);
          level = node.next;
        }
      }
    }
    if (this.patterns.length > 0) {
      const padded = ` ${text.linkedNormal} `;
      for (const { topic, index, pattern } of this.patterns) if (pattern.test(padded)) note(topic, index);
    }
    const result: (readonly string[])[] = this.lists.map(() => NO_SIGNALS);
    for (const topic of touched) {
      const found = this.found[topic] as Set<number>;
      const signals = this.lists[topic] as readonly string[];
      result[topic] = this.outsideElsewhere(
        topic,
        [...found].sort((a, b) => a - b).map((index) => signals[index] as string),
        text,
      );
      found.clear();
    }
    return result;
  }

  /** The signals of `topic` found in `text` that are still there with its `elsewhere` phrases taken out. */
  private outsideElsewhere(topic: number, signals: readonly string[], text: SignalText): readonly string[] {
    const phrases = this.elsewhere[topic] as RegExp[];
    if (phrases.length === 0) return signals;
    let masked = ` ${text.linkedNormal} `;
    for (const phrase of phrases) masked = masked.replace(phrase, ' ');
    if (masked.length === text.linkedNormal.length + 2) return signals;
    const kept = signals.filter((signal) => {
      let pattern = this.recheck.get(signal);
      if (!pattern) {
        pattern = signalPattern(signal);
        this.recheck.set(signal, pattern);
      }
      return pattern.test(masked);
    });
    return kept.length === 0 ? NO_SIGNALS : kept;
  }
}
