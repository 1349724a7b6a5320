// Whether a clause says the opposite of a phrase it holds: "De school is niet aangesloten bij een klachtencommissie"
// holds "klachtencommissie", yet does not state what the law asks (law-view.ts gives it no ✓). A negation word negates
// a phrase after it in the same part of its sentence; a negation in a subordinate part ("die niet bij de klacht betrokken is")
// negates only that part, one in a condition ("indien … niet") nothing, and a limit ("niet later dan"), a double
// negation ("geen … zonder") or a negation inside the phrase itself none. The words are data, per language:
// templates/negation/<lang>.yaml (its header says how they are read).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../io/root.js';
import { normalise } from '../../text/normalise.js';
import { signalText } from './signal-text.js';

interface NegationRules {
  words: ReadonlySet<string>;
  notNegating: readonly string[][];
  cancelledBy: readonly string[][];
  relatives: readonly string[][];
  conditions: readonly string[][];
  breaks: ReadonlySet<string>;
}

/** What a clause does with a phrase: states it, holds it only where it is negated, or does not hold it. */
export type PhraseReading = 'states' | 'negates' | 'absent';

const FOLDER = join(PACKAGE_ROOT, 'templates', 'negation');
const loaded = new Map<string, NegationRules | undefined>();

const phrases = (list: unknown): string[][] =>
  (Array.isArray(list) ? list : []).map((phrase) => normalise(String(phrase)).split(' ').filter(Boolean));

/** The rules of `lang` ("nl", "en-GB" reads en), or undefined where no file gives them: then nothing is negated. */
export function negationRules(lang: string): NegationRules | undefined {
  const base = lang.toLowerCase().split('-')[0] ?? 'nl';
  if (loaded.has(base)) return loaded.get(base);
  const file = join(FOLDER, `${base}.yaml`);
  let rules: NegationRules | undefined;
  if (existsSync(file)) {
    const data = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
    rules = {
      words: new Set(phrases(data.words).flat()),
      notNegating: phrases(data.notNegating),
      cancelledBy: phrases(data.cancelledBy),
      relatives: phrases(data.relatives),
      conditions: phrases(data.conditions),
      breaks: new Set(phrases(data.breaks).flat()),
    };
  }
  loaded.set(base, rules);
  return rules;
}

/** Whether `phrase` stands in `tokens` at `at`. */
const standsAt = (tokens: readonly string[], at: number, phrase: readonly string[]): boolean =>
  phrase.length > 0 && phrase.every((word, k) => tokens[at + k] === word);

/** The first phrase of `list` standing at `at`. */
const phraseAt = (tokens: readonly string[], at: number, list: readonly string[][]): string[] | undefined =>
  list.find((phrase) => standsAt(tokens, at, phrase));

/** A sentence part as signals read it: its words, and per word its negation and the subordinate part it stands in. */
interface Part {
  padded: string;
  tokens: string[];
  /** Per word: the subordinate part it stands in (0: the main clause), and whether that part is a condition. */
  part: number[];
  condition: boolean[];
  /** The words that negate, cancelled ones and those of a phrase that does not negate left out. */
  negations: number[];
}

function readPart(tokens: string[], after: readonly string[], rules: NegationRules): Part {
  const part: number[] = [];
  const condition: boolean[] = [];
  const negations: number[] = [];
  let current = 0;
  let inCondition = false;
  for (let at = 0; at < tokens.length; ) {
    const kept = phraseAt(tokens, at, rules.notNegating);
    const starts = kept ? undefined : (phraseAt(tokens, at, rules.conditions) ?? phraseAt(tokens, at, rules.relatives));
    if (starts) {
      current++;
      inCondition = phraseAt(tokens, at, rules.conditions) !== undefined;
    }
    const span = kept?.length ?? starts?.length ?? 1;
    for (let k = 0; k < span && at + k < tokens.length; k++) {
      part.push(current);
      condition.push(inCondition);
    }
    if (!kept && !starts && rules.words.has(tokens[at] as string)) negations.push(at);
    at += span;
  }
  // A canceller later in the sentence, past a comma too ("niet openbaar, tenzij …"), undoes the negation.
  const rest = [...tokens, ...after];
  const cancelled = (at: number): boolean =>
    rest.some((_, later) => later > at && phraseAt(rest, later, rules.cancelledBy) !== undefined);
  return {
    padded: ` ${tokens.join(' ')} `,
    tokens,
    part,
    condition,
    negations: negations.filter((at) => !condition[at] && !cancelled(at)),
  };
}

/** A text's words as signals read them. */
const wordsOf = (text: string): string[] => signalText(text).linkedNormal.split(' ').filter(Boolean);

/**
 * The parts of a clause's text: its sentences (cut at . ; ! ?), each cut at a comma or colon and at each of the rules'
 * `breaks`; each part read with the words that follow it in its sentence.
 */
function sentenceParts(text: string, rules: NegationRules): Part[] {
  const parts: Part[] = [];
  for (const sentence of text.split(/[.;!?](?=\s|$)/u)) {
    const pieces: string[][] = [];
    for (const piece of sentence.split(/[,:](?=\s|$)/u)) {
      let start = 0;
      const words = wordsOf(piece);
      words.forEach((word, at) => {
        if (!rules.breaks.has(word)) return;
        if (at > start) pieces.push(words.slice(start, at));
        start = at + 1;
      });
      if (words.length > start) pieces.push(words.slice(start));
    }
    pieces.forEach((tokens, k) => parts.push(readPart(tokens, pieces.slice(k + 1).flat(), rules)));
  }
  return parts;
}

/** The word of `padded` (a part's words, padded with a space) at character `offset`. */
const wordAt = (padded: string, offset: number): number => padded.slice(0, offset + 1).split(' ').length - 2;

/**
 * Whether a match of `[first, …]` words in `part` is negated: by a negation before it in the same part of its sentence,
 * in the main clause or in the subordinate part the match stands in. A negation after it is not read: "Een hoorzitting
 * is niet openbaar" says something of the hearing, it does not deny it.
 */
function negatedMatch(part: Part, first: number): boolean {
  return part.negations.some((at) => at < first && (part.part[at] === 0 || part.part[at] === part.part[first]));
}

/** Whether some match of `pattern` in `part` is not negated (true), all are (false), or none stands there (undefined). */
function partReading(part: Part, pattern: RegExp): boolean | undefined {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  let found: boolean | undefined;
  for (let match = global.exec(part.padded); match; match = global.exec(part.padded)) {
    const start = match[0].startsWith(' ') ? match.index + 1 : match.index;
    if (!negatedMatch(part, wordAt(part.padded, start))) return true;
    found = false;
    global.lastIndex = match.index + 1;
  }
  return found;
}

/**
 * What `text` (a clause's) does with a requirement's phrases (`patterns`, as signalPattern makes them): states one
 * where some match is not negated, negates where every match is. A phrase that stands only across two sentence parts
 * ("naam, adres") is read as stated: no part holds it to be negated. Without rules for `lang` a phrase held is stated.
 */
export function phraseReading(text: string, patterns: readonly RegExp[], lang: string): PhraseReading {
  const padded = ` ${signalText(text).linkedNormal} `;
  if (!patterns.some((pattern) => pattern.test(padded))) return 'absent';
  const rules = negationRules(lang);
  if (!rules) return 'states';
  const parts = sentenceParts(text, rules);
  let negated = false;
  for (const pattern of patterns)
    for (const part of parts) {
      const reading = partReading(part, pattern);
      if (reading === true) return 'states';
      if (reading === false) negated = true;
    }
  return negated ? 'negates' : 'states';
}
