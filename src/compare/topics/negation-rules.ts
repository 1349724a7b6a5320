// The words a clause's negations are read by (negation.ts), per language: templates/negation/<lang>.yaml, whose header
// says how they are read; and how a phrase of those words is found among a sentence part's words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../io/root.js';
import { normalise } from '../../text/normalise.js';

export interface NegationRules {
  words: ReadonlySet<string>;
  notNegating: readonly string[][];
  cancelledBy: readonly string[][];
  relatives: readonly string[][];
  conditions: readonly string[][];
  conditionsBeforeSubject: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  finiteVerbs: ReadonlySet<string>;
  infinitives: ReadonlySet<string>;
  participleAuxiliaries: ReadonlySet<string>;
  finiteEndings: readonly string[];
  coordinators: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  bareComplements: ReadonlySet<string>;
  pluralEndings: readonly string[];
  denyingPredicates: ReadonlySet<string>;
  passives: ReadonlySet<string>;
  existence: ReadonlySet<string>;
  breaks: ReadonlySet<string>;
}

const FOLDER = join(PACKAGE_ROOT, 'templates', 'negation');
const loaded = new Map<string, NegationRules | undefined>();

const phrases = (list: unknown): string[][] =>
  (Array.isArray(list) ? list : []).map((phrase) => normalise(String(phrase)).split(' ').filter(Boolean));

const words = (list: unknown): ReadonlySet<string> => new Set(phrases(list).flat());

/** Word endings, read as words are ("t", "en"). */
const endings = (list: unknown): string[] => [...words(list)];

/** Whether `word` ends with one of `list` and is longer than it. */
export const endsWithOne = (word: string, list: readonly string[]): boolean =>
  list.some((ending) => word.length > ending.length && word.endsWith(ending));

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
      infinitives: words(data.infinitives),
      participleAuxiliaries: words(data.participleAuxiliaries),
      finiteEndings: endings(data.finiteEndings),
      coordinators: words(data.coordinators),
      prepositions: words(data.prepositions),
      bareComplements: words(data.bareComplements),
      pluralEndings: endings(data.pluralEndings),
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
export const phraseAt = (tokens: readonly string[], at: number, list: readonly string[][]): string[] | undefined =>
  list.find((phrase) => standsAt(tokens, at, phrase));
