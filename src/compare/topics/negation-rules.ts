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
  coordinators: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
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
      coordinators: words(data.coordinators),
      prepositions: words(data.prepositions),
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
