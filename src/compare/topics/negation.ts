// Whether a clause says the opposite of a phrase it holds: "De school is niet aangesloten bij een klachtencommissie"
// holds "klachtencommissie", yet does not state what the law asks (law-view.ts gives it no ✓). A negation word negates
// a phrase after it in the same part of its sentence; a negation in a subordinate part ("die niet bij de klacht betrokken is")
// negates only that part, one in a condition ("indien … niet", "als de klager niet tevreden is") nothing unless it
// denies that a thing is there ("als er geen klachtencommissie is": the clause speaks of its absence), and a limit
// ("niet later dan"), a double negation ("geen … zonder") or a negation inside the phrase itself none. A negation after
// the phrase negates it only where it denies that the thing is there ("Een klachtencommissie wordt niet ingesteld", "is
// er niet"), not where it says a property of it ("Een hoorzitting is niet openbaar"). A relative part after the subject
// ends where the main clause's verb follows it, where that verb is known. The words are data, per language:
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
  conditionsBeforeSubject: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  finiteVerbs: ReadonlySet<string>;
  denyingPredicates: ReadonlySet<string>;
  passives: ReadonlySet<string>;
  existence: ReadonlySet<string>;
  breaks: ReadonlySet<string>;
}

/** What a clause does with a phrase: states it, holds it only where it is negated, or does not hold it. */
export type PhraseReading = 'states' | 'negates' | 'absent';

const FOLDER = join(PACKAGE_ROOT, 'templates', 'negation');
const loaded = new Map<string, NegationRules | undefined>();

const phrases = (list: unknown): string[][] =>
  (Array.isArray(list) ? list : []).map((phrase) => normalise(String(phrase)).split(' ').filter(Boolean));

const words = (list: unknown): ReadonlySet<string> => new Set(phrases(list).flat());

/** The rules of `lang` ("nl", "en-GB" reads en), or undefined where no file gives them: then nothing is negated. */
export function negationRules(lang: string): NegationRules | undefined {
  const base = lang.toLowerCase().split('-')[0] ?? 'nl';
  if (loaded.has(base)) return loaded.get(base);
  const file = join(FOLDER, `${base}.yaml`);
  let rules: NegationRules | undefined;
  if (existsSync(file)) {
    const data = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
    rules = {
      words: words(data.words),
      notNegating: phrases(data.notNegating),
      cancelledBy: phrases(data.cancelledBy),
      relatives: phrases(data.relatives),
      conditions: phrases(data.conditions),
      conditionsBeforeSubject: words(data.conditionsBeforeSubject),
      subjects: words(data.subjects),
      finiteVerbs: words(data.finiteVerbs),
      denyingPredicates: words(data.denyingPredicates),
      passives: words(data.passives),
      existence: words(data.existence),
      breaks: words(data.breaks),
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
  /**
   * The negations of a condition that deny a thing's existence (conditionDenies): "als er geen klachtencommissie is".
   * Each negates a phrase after it in its condition, which then speaks of the thing's absence, not of the thing.
   */
  absences: number[];
  /** The main clause's negations that may deny its subject before them (denialAt), with what makes them deny. */
  denials: Map<number, Denial>;
  /** The main clause's words of `passives`. */
  passives: number[];
  /**
   * Whether a match starting at word `first` is the main clause's subject, of which a negation after it denies: the
   * part opens with it or with a word of `subjects` ("Een klachtencommissie wordt …", not "Tegen een beslissing over een
   * klacht kan geen beroep worden ingesteld"), and no word of `finiteVerbs` stands before it.
   */
  subject: (first: number) => boolean;
}

/** What makes a negation after a phrase deny it: `word`, and whether the clause must be passive or copular for it. */
interface Denial {
  word: number;
  passive: boolean;
}

/** A subordinate part's opening: how many words open it, and whether it is a condition. */
interface Opening {
  span: number;
  condition: boolean;
}

/** The subordinate part a word at `at` opens: a condition or a relative part; else undefined. */
function opening(tokens: string[], at: number, rules: NegationRules): Opening | undefined {
  const condition = phraseAt(tokens, at, rules.conditions);
  if (condition) return { span: condition.length, condition: true };
  // "als" opens a condition where a subject follows ("als de klager niet tevreden is"), not a role ("als voorzitter").
  if (rules.conditionsBeforeSubject.has(tokens[at] as string) && rules.subjects.has(tokens[at + 1] ?? ''))
    return { span: 1, condition: true };
  const relative = phraseAt(tokens, at, rules.relatives);
  return relative ? { span: relative.length, condition: false } : undefined;
}

/**
 * Where a subordinate part opened at `at` ends and its main clause goes on. A Dutch subordinate part ends with its verbs
 * and the main clause's finite verb follows at once: "Een commissie die klachten behandelt | wordt niet ingesteld". Read
 * only where a main clause must follow: for a condition that opens its sentence part, and for a relative part after the
 * part's subject (the part opens with a word of `subjects`, no word of `finiteVerbs` before the relative). The main
 * clause's verb is the first word of `finiteVerbs` in it, with a word of the part before it, that a subject or a negation
 * follows ("Als de klager niet tevreden is | kan hij", "… behandelt | wordt niet"): the subordinate part's own verb is
 * followed by its other verbs, by "of" or "en", or ends it. Where no word is so followed, which is the main clause's verb
 * is not known, and the part runs, as any other, to the end of its sentence part (undefined).
 */
function subordinateEnd(tokens: string[], at: number, opens: Opening, rules: NegationRules): number | undefined {
  const before = tokens.slice(0, at);
  const afterSubject = rules.subjects.has(tokens[0] as string) && !before.some((word) => rules.finiteVerbs.has(word));
  if (opens.condition ? at > 0 : at === 0 || !afterSubject) return undefined;
  const verbs: number[] = [];
  for (let k = at + opens.span + 1; k < tokens.length - 1; k++) {
    if (opening(tokens, k, rules)) break;
    if (rules.finiteVerbs.has(tokens[k] as string)) verbs.push(k);
  }
  const next = (verb: number): string => tokens[verb + 1] as string;
  return verbs.find((verb) => rules.subjects.has(next(verb)) || rules.words.has(next(verb)));
}

/**
 * Whether the main-clause negation at `at` denies a phrase before it: where its main clause ends (at the part's end or a
 * subordinate part) with a word of `denyingPredicates` ("wordt niet ingesteld"; the clause must be passive or
 * copular), or with a word of `existence` beside the negation ("is er niet", "bestaat niet").
 */
function denialAt(
  tokens: readonly string[],
  part: readonly number[],
  at: number,
  rules: NegationRules,
): Denial | undefined {
  let end = at;
  while (end + 1 < tokens.length && part[end + 1] === 0) end++;
  if (end > at && rules.denyingPredicates.has(tokens[end] as string)) return { word: end, passive: true };
  if (end === at + 1 && rules.existence.has(tokens[end] as string)) return { word: end, passive: false };
  if (end === at && part[at - 1] === 0 && rules.existence.has(tokens[at - 1] ?? ''))
    return { word: at - 1, passive: false };
  return undefined;
}

/**
 * Whether the negation at `at`, in a condition, denies that a thing is there: "er" before it ("als er geen
 * klachtencommissie is") or its condition ending with a word of `existence` or `denyingPredicates` ("indien geen
 * vertrouwenspersoon is aangesteld"). A condition that a person is not satisfied says when, and is no such denial.
 */
function conditionDenies(
  tokens: readonly string[],
  part: readonly number[],
  at: number,
  rules: NegationRules,
): boolean {
  if (tokens[at - 1] === 'er' && part[at - 1] === part[at]) return true;
  let end = at;
  while (end + 1 < tokens.length && part[end + 1] === part[at]) end++;
  return end > at && (rules.existence.has(tokens[end] as string) || rules.denyingPredicates.has(tokens[end] as string));
}

/** Per word, the subordinate part it stands in (0: the main clause) and whether that part is a condition. */
function subordinateParts(tokens: string[], rules: NegationRules): { part: number[]; condition: boolean[] } {
  const part: number[] = [];
  const condition: boolean[] = [];
  let current = 0;
  let opened = 0;
  let inCondition = false;
  let resumes: number | undefined;
  for (let at = 0; at < tokens.length; ) {
    if (resumes !== undefined && at >= resumes) [current, inCondition, resumes] = [0, false, undefined];
    const kept = phraseAt(tokens, at, rules.notNegating);
    const opens = kept ? undefined : opening(tokens, at, rules);
    if (opens) {
      current = ++opened;
      inCondition = opens.condition;
      resumes = subordinateEnd(tokens, at, opens, rules);
    }
    const span = kept?.length ?? opens?.span ?? 1;
    for (let k = 0; k < span && at + k < tokens.length; k++) {
      part.push(current);
      condition.push(inCondition);
    }
    at += span;
  }
  return { part, condition };
}

function readPart(tokens: string[], after: readonly string[], rules: NegationRules): Part {
  const { part, condition } = subordinateParts(tokens, rules);
  const negations: number[] = [];
  for (let at = 0; at < tokens.length; ) {
    const kept = phraseAt(tokens, at, rules.notNegating);
    const opens = kept ? undefined : opening(tokens, at, rules);
    if (!kept && !opens && rules.words.has(tokens[at] as string)) negations.push(at);
    at += kept?.length ?? opens?.span ?? 1;
  }
  // A canceller later in the sentence, past a comma too ("niet openbaar, tenzij …"), undoes the negation.
  const rest = [...tokens, ...after];
  const cancelled = (at: number): boolean =>
    rest.some((_, later) => later > at && phraseAt(rest, later, rules.cancelledBy) !== undefined);
  const read = negations.filter((at) => !condition[at] && !cancelled(at));
  const absences = negations.filter(
    (at) => condition[at] && !cancelled(at) && conditionDenies(tokens, part, at, rules),
  );
  const denials = new Map<number, Denial>();
  for (const at of read) {
    const denial = part[at] === 0 ? denialAt(tokens, part, at, rules) : undefined;
    if (denial) denials.set(at, denial);
  }
  return {
    padded: ` ${tokens.join(' ')} `,
    tokens,
    part,
    condition,
    negations: read,
    absences,
    denials,
    passives: tokens.flatMap((word, at) => (part[at] === 0 && rules.passives.has(word) ? [at] : [])),
    subject: (first) =>
      part[first] === 0 &&
      (first === 0 || rules.subjects.has(tokens[0] as string)) &&
      !tokens.slice(0, first).some((word) => rules.finiteVerbs.has(word)),
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
 * Whether a match of words `first` to `last` in `part` is negated: by a negation before it in the same part of its
 * sentence, in the main clause or in the subordinate part the match stands in; or, where the match is the main clause's
 * subject, by a main-clause negation after it that denies it (denialAt): "Een klachtencommissie wordt niet ingesteld".
 * Any other negation after it says something of it and does not deny it: "Een hoorzitting is niet openbaar".
 */
function negatedMatch(part: Part, first: number, last: number): boolean {
  const before = (at: number): boolean => at < first && (part.part[at] === 0 || part.part[at] === part.part[first]);
  const denies = (at: number): boolean => {
    const denial = part.denials.get(at);
    if (!denial || at <= last || denial.word <= last || !part.subject(first)) return false;
    return !denial.passive || part.passives.some((verb) => verb > last && verb < denial.word);
  };
  const absent = (at: number): boolean => at < first && part.part[at] === part.part[first];
  return part.negations.some((at) => before(at) || denies(at)) || part.absences.some(absent);
}

/** Whether some match of `pattern` in `part` is not negated (true), all are (false), or none stands there (undefined). */
function partReading(part: Part, pattern: RegExp): boolean | undefined {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  let found: boolean | undefined;
  for (let match = global.exec(part.padded); match; match = global.exec(part.padded)) {
    const words = match[0].trim();
    const start = match.index + match[0].indexOf(words);
    if (!negatedMatch(part, wordAt(part.padded, start), wordAt(part.padded, start + words.length - 1))) return true;
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
