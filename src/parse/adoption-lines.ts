// The words of the lines that state a policy's adoption, as data a sector may edit (templates/import/adoption-lines.yaml):
// Dutch ("Aldus vastgesteld door het bevoegd gezag op 12 maart 2024", "Na instemming van de MR …", the words of each
// step a table's cell names, of a step asked and not taken, of a sentence about this text and the date it takes
// effect) and English ("Adopted by the board on 12 March 2025.", "Consent of the participation council" in a table's
// cell), and the councils that never adopt.
// Read once; each list is turned into a regular-expression alternative here, so that the readers of such lines
// (src/import) never spell a word of it themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';
import { anyPhrase } from '../text/phrase-pattern.js';

export const ADOPTION_LINES_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'adoption-lines.yaml');

/** The words of a sentence about this text: "Deze regeling …", "… vervangt de regeling zoals …". */
interface ThisTextWords {
  pointing: string[];
  turning: string[];
}
/** The words of the date this text takes effect: "treedt in werking op …", "takes effect on …". */
interface TakesEffectWords {
  verbs: string[];
  words: string[];
  on: string[];
}
/** The words that say a step was not taken: "Niet vastgesteld", "Vastgesteld: nee", "Vaststelling: n.v.t.". */
interface DeniedWords {
  /** Right before a step's word. */
  before: string[];
  /** Anywhere in a line of its own, or a table's cell, about a step. */
  answers: string[];
  /** A step not needed: "Geen advies nodig", "Advies GMR niet vereist", "No advice needed". */
  needless: { opening: string[]; closing: string[] };
}

export interface AdoptionLineWords {
  nl: {
    steps: Record<string, string[]>;
    between: string[];
    taken: string[];
    opening: string[];
    after: string[];
    decided: string[];
    adopted: string[];
    by: string[];
    byMeeting: string[];
    beforeDate: string[];
    place: string[];
    inForce: string[];
    closingInForce: string[];
    articles: string[];
    shortArticles: string[];
    asked: { before: string[]; steps: string[]; put: string[]; planned: string[] };
    denied: DeniedWords;
    schedule: { opens: string[]; words: string[] };
    thisText: ThisTextWords & { passive: string[]; and: string[] };
    takesEffect: TakesEffectWords & { after: string[]; afterOn: string[]; from: string[] };
  };
  en: {
    steps: Record<string, string[]>;
    between: string[];
    taken: string[];
    adopted: string[];
    by: string[];
    beforeDate: string[];
    inForce: string[];
    bodies: Record<string, string[]>;
    articles: string[];
    asked: { before: string[]; steps: string[]; put: string[]; planned: string[] };
    denied: DeniedWords;
    schedule: { opens: string[] };
    thisText: ThisTextWords & { passive: string[]; notTaken: string[] };
    takesEffect: TakesEffectWords;
  };
  nonAdopting: string[];
}

let words: AdoptionLineWords | undefined;

/** The data file's words, read once. */
export function adoptionLineWords(): AdoptionLineWords {
  words ??= YAML.parse(readFileSync(ADOPTION_LINES_FILE, 'utf8')) as AdoptionLineWords;
  return words;
}

/**
 * Each step's words, Dutch and English (`nl.steps`, then `en.steps` for the same step), in the order `nl.steps` names
 * the steps: the words a table's cell or a line opens with that name the step taken ("Instemming GMR", "Consent of the
 * participation council").
 */
export function stepWordLists(): [string, string[]][] {
  const { nl, en } = adoptionLineWords();
  const steps = [...new Set([...Object.keys(nl.steps), ...Object.keys(en.steps)])];
  return steps.map((step) => [step, [...(nl.steps[step] ?? []), ...(en.steps[step] ?? [])]]);
}

/**
 * Any of `phrases` as the source of a regular-expression alternative (no group around it), as anyPhrase makes it,
 * where a `*` stands for one word or none ("in de * vergadering van": "in de buitengewone vergadering van").
 */
export const phrasesPattern = (phrases: readonly string[]): string =>
  anyPhrase(phrases).replace(/\\\*\\s\+/gu, String.raw`(?:[\p{L}-]+\s+)?`);

/** Any of `phrases` (phrasesPattern) as whole words: not inside a longer word ("MR" is not read in "MRI"). */
export const wholePhrases = (phrases: readonly string[]): string =>
  String.raw`(?:^|[^\p{L}])(?:${phrasesPattern(phrases)})(?=$|[^\p{L}])`;
