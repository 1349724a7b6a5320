// The words a clause's negations are read by (negation.ts), per language: templates/negation/<lang>.yaml, whose header
// says how they are read; and how a phrase of those words is found among a sentence part's words.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../io/root.js';
import { baseLanguage, languageData, phrasesOf, wordsOf } from './language-data.js';

export interface NegationRules {
  words: ReadonlySet<string>;
  negatingPhrases: readonly string[][];
  notNegating: readonly string[][];
  cancelledBy: readonly string[][];
  relatives: readonly string[][];
  antecedentRelatives: ReadonlySet<string>;
  existenceRelatives: ReadonlySet<string>;
  conditions: readonly string[][];
  conditionsBeforeSubject: ReadonlySet<string>;
  consequents: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  finiteVerbs: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  infinitiveMarkers: ReadonlySet<string>;
  verbsOrPossessives: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  participlePrefixes: readonly string[];
  separablePrefixes: readonly string[];
  participleEndings: readonly string[];
  pastForms: ReadonlySet<string>;
  infinitives: ReadonlySet<string>;
  participleAuxiliaries: ReadonlySet<string>;
  finiteEndings: readonly string[];
  coordinators: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  bareComplements: ReadonlySet<string>;
  pluralEndings: readonly string[];
  denyingPredicates: ReadonlySet<string>;
  denyingVerbs: ReadonlySet<string>;
  denyingEndings: ReadonlySet<string>;
  prepositionalDenials: readonly string[][];
  possession: ReadonlySet<string>;
  possessionNegations: ReadonlySet<string>;
  passives: ReadonlySet<string>;
  existence: ReadonlySet<string>;
  absencePhrases: readonly string[][];
  breaks: ReadonlySet<string>;
  besideNegation: ReadonlySet<string>;
}

const FOLDER = join(PACKAGE_ROOT, 'templates', 'negation');
const loaded = new Map<string, NegationRules | undefined>();

const words = (list: unknown): ReadonlySet<string> => new Set(wordsOf(list));

/** Word endings or openings, read as words are ("t", "en", "ge"). */
const endings = (list: unknown): string[] => [...words(list)];

/** Whether `word` ends with one of `list` and is longer than it. */
export const endsWithOne = (word: string, list: readonly string[]): boolean =>
  list.some((ending) => word.length > ending.length && word.endsWith(ending));

/** The rules of `lang` ("nl", "en-GB" reads en), or undefined where no file gives them: then nothing is negated. */
export function negationRules(lang: string): NegationRules | undefined {
  const base = baseLanguage(lang);
  if (loaded.has(base)) return loaded.get(base);
  const data = languageData(FOLDER, base);
  let rules: NegationRules | undefined;
  if (data) {
    rules = {
      words: words(data.words),
      negatingPhrases: phrasesOf(data.negatingPhrases),
      notNegating: phrasesOf(data.notNegating),
      cancelledBy: phrasesOf(data.cancelledBy),
      relatives: phrasesOf(data.relatives),
      antecedentRelatives: words(data.antecedentRelatives),
      existenceRelatives: words(data.existenceRelatives),
      conditions: phrasesOf(data.conditions),
      conditionsBeforeSubject: words(data.conditionsBeforeSubject),
      consequents: words(data.consequents),
      subjects: words(data.subjects),
      finiteVerbs: words(data.finiteVerbs),
      auxiliaries: words(data.auxiliaries),
      infinitiveMarkers: words(data.infinitiveMarkers),
      verbsOrPossessives: words(data.verbsOrPossessives),
      possessives: words(data.possessives),
      articles: words(data.articles),
      participlePrefixes: endings(data.participlePrefixes),
      separablePrefixes: endings(data.separablePrefixes),
      participleEndings: endings(data.participleEndings),
      pastForms: words(data.pastForms),
      infinitives: words(data.infinitives),
      participleAuxiliaries: words(data.participleAuxiliaries),
      finiteEndings: endings(data.finiteEndings),
      coordinators: words(data.coordinators),
      prepositions: words(data.prepositions),
      bareComplements: words(data.bareComplements),
      pluralEndings: endings(data.pluralEndings),
      denyingPredicates: words(data.denyingPredicates),
      denyingVerbs: words(data.denyingVerbs),
      denyingEndings: words(data.denyingEndings),
      prepositionalDenials: phrasesOf(data.prepositionalDenials),
      possession: words(data.possession),
      possessionNegations: words(data.possessionNegations),
      passives: words(data.passives),
      existence: words(data.existence),
      absencePhrases: phrasesOf(data.absencePhrases),
      breaks: words(data.breaks),
      besideNegation: words(data.besideNegation),
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

/** Whether a phrase of `list` stands around the word at `at`: "there is no", "does not have" around the negation. */
export const phraseAround = (tokens: readonly string[], at: number, list: readonly string[][]): boolean =>
  list.some((phrase) => phrase.some((_, k) => at - k >= 0 && standsAt(tokens, at - k, phrase)));

/**
 * The words of the negation at `at` with the words of `besideNegation` beside it in its subordinate part (`part`): "nog
 * niet meer", "not yet". What stands next to the negation is read past them: "bestaat nog niet" as "bestaat niet".
 */
export function negationSpan(
  tokens: readonly string[],
  part: readonly number[],
  at: number,
  rules: NegationRules,
): { before: number; after: number } {
  const beside = (k: number): boolean => rules.besideNegation.has(tokens[k] ?? '') && part[k] === part[at];
  let [before, after] = [at, at];
  while (beside(before - 1)) before--;
  while (beside(after + 1)) after++;
  return { before, after };
}

/**
 * Whether `word` has a participle's shape: it opens with a word of `participlePrefixes` ("ingediend" after a word of
 * `separablePrefixes`: "in" + "ge") and ends as `participleEndings` say ("gesteld", "behandeld", "aangenomen").
 */
export function participleShaped(word: string, rules: NegationRules): boolean {
  if (!endsWithOne(word, rules.participleEndings)) return false;
  const opens = (rest: string): boolean => rules.participlePrefixes.some((prefix) => rest.startsWith(prefix));
  return (
    opens(word) || rules.separablePrefixes.some((prefix) => word.startsWith(prefix) && opens(word.slice(prefix.length)))
  );
}

/**
 * Whether the word at `at` is a finite verb: a word of `finiteVerbs`, or a word of `verbsOrPossessives` ("zijn": "are"
 * or "his") where it stands as a verb does: after a negation word ("die niet zijn aangenomen") or a word of a
 * participle's shape with no finite verb before it ("als de klachten gegrond zijn stelt"; not "heeft gesteld zijn
 * zienswijze"), at the end of its sentence part ("als de klachten aanwezig zijn"), before a word of `subjects` that is
 * no word of `possessives` ("zijn de leden"; not "zijn/haar werkzaamheden"), or before a word of a participle's shape
 * that ends the part or is followed by no subject, preposition, coordinator or negation ("als de klachten zijn
 * ingediend stelt"). Before a noun it is the possessive: "die zijn klacht indient", "als hij zijn besluit niet neemt".
 */
export function finiteAt(tokens: readonly string[], at: number, rules: NegationRules): boolean {
  const word = tokens[at] ?? '';
  if (rules.finiteVerbs.has(word)) return true;
  if (!rules.verbsOrPossessives.has(word)) return false;
  const [before, next, after] = [tokens[at - 1] ?? '', tokens[at + 1], tokens[at + 2]];
  if (next === undefined || rules.words.has(before)) return true;
  if (participleShaped(before, rules) && !finiteAt(tokens, at - 2, rules)) return true;
  if (rules.subjects.has(next) && !rules.possessives.has(next)) return true;
  const ends =
    after === undefined ||
    ![rules.subjects, rules.prepositions, rules.coordinators, rules.words].some((list) => list.has(after));
  return participleShaped(next, rules) && ends;
}
