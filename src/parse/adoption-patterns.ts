// The Dutch words of a policy's adoption (templates/import/adoption-lines.yaml `nl`, src/parse/adoption-lines.ts) as
// the patterns that read them: the step a cell or a line names ("Vastgesteld", "Instemming GMR"; in English too, by
// `en.steps`: "Consent of the participation council"), a line of its own that is one step, its body and date
// ("Instemming MR: 1 maart 2025", "Consent of the staff council: 1 March 2025"), a sentence stating
// steps ("vastgesteld door het bestuur op 12 maart 2024, na instemming van de GMR op …"; in English by `en.between`:
// "adopted by the board on 12 March 2025"), a closing line ("Aldus
// vastgesteld bij besluit van het college van bestuur d.d. 12 maart 2024 te Utrecht."), a step asked and not taken
// ("ter instemming voorgelegd", "submitted for adoption") and a table of steps still to take ("Planning"). Made once,
// on first use.
import {
  type AdoptionLineWords,
  adoptionLineWords,
  phrasesPattern,
  stepWordLists,
  wholePhrases,
} from './adoption-lines.js';
import { dayOrdinal } from './month-names.js';

/**
 * A date as English and Dutch documents write it, as a group: "12 March 2025", "12th March 2025", "March 12, 2025",
 * "12-03-2025", "2025-03-12". Its month's name is any word here; dates.ts findDate tells whether it names one.
 */
export const datePattern = (): string => {
  const day = String.raw`\d{1,2}${dayOrdinal()}`;
  return String.raw`(${day}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+${day},?\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})`;
};
/** A body's name: a few words, no punctuation that ends a clause. */
export const NAME = String.raw`((?:[\p{L}\p{N}'’-]+\s+){0,7}?[\p{L}\p{N}'’-]+)`;

export interface DutchAdoptionPatterns {
  /** Each step, by the words a cell, a heading or a line opens with, Dutch or English ("Consent …": `en.steps`). */
  steps: readonly [RegExp, string][];
  /** A step's words, then who took it and when (groups: the words, the name, the date). */
  statement: RegExp;
  /** The same in English: "adopted by the board on 12 March 2025", "consent of the staff council on …". */
  englishStatement: RegExp;
  /**
   * A whole line of a step's words, the body and the date, Dutch or English (groups: the words, the name, the date):
   * "Instemming MR: 1 maart 2025", "Advies GMR 3 februari 2025", "Consent of the staff council: 1 March 2025".
   */
  stepLine: RegExp;
  /** A whole line stating the adoption by a meeting or a decision (groups: the word, the name, the date). */
  meeting: RegExp;
  /** A whole closing line stating the adoption, by any of its forms (groups: the name, the date). */
  line: RegExp;
  /** A cell that states a step taken. */
  decided: RegExp;
  /** A closing line's opening: the adoption's word and who adopted it. */
  closingForm: RegExp;
  /** A line opening with a step taken: "Vastgesteld …", "Na instemming …". */
  closingLine: RegExp;
  /** A line opening with the adoption's word: "Vastgesteld …", "Aldus vastgesteld …". */
  adopted: RegExp;
  /** The adoption's words and who took it, up to the body's name: "Vastgesteld door", "… in de vergadering van". */
  adopter: string;
  /** The words of a step taken, said of this text after its verb ("… is vastgesteld"): an alternative's source. */
  taken: string;
  /** The words of every step: an alternative's source. */
  stepWords: string;
  /** An article before a body's name, with its space, or none: "het " in "door het bestuur". */
  article: string;
  /** Words of a step asked or planned, not taken: "ter vaststelling", "voorgelegd", "gepland". */
  asked: RegExp;
  /** A text ending in the word that makes the step after it asked: "… is ter " before "instemming van de GMR". */
  askedBefore: RegExp;
  /** A heading or line over a table of steps still to take: "Planning", "… doorloopt de volgende stappen". */
  schedule: RegExp;
  /** Words that say a step was not taken, anywhere as whole words: "nee", "n.v.t.", "nog niet", "not", "n/a". */
  denied: RegExp;
  /** The words that say the step after them was not taken, opening a text: "Niet " in "Niet vastgesteld". */
  deniedOpening: RegExp;
  /** A text ending in them: "Dit reglement is niet " before "vastgesteld door het bestuur op …". */
  deniedBefore: RegExp;
}

let patterns: DutchAdoptionPatterns | undefined;

/** What stands between a body's name and the date: one of the data's words ("op", "d.d."), a colon, or nothing. */
const beforeDate = (words: readonly string[]): string => String.raw`\s*(?:,\s*)?(?:${phrasesPattern(words)}|:)?\s*`;

/**
 * The patterns of a step asked or planned (`asked`, Dutch and English: "ter vaststelling", "submitted for adoption")
 * and of a schedule's heading or line (`schedule`).
 */
function askedPatterns(
  asked: readonly AdoptionLineWords['nl']['asked'][],
  scheduleOpens: readonly string[],
  scheduleWords: readonly string[],
): Pick<DutchAdoptionPatterns, 'asked' | 'askedBefore' | 'schedule'> {
  const before = phrasesPattern(asked.flatMap((words) => words.before));
  const steps = phrasesPattern(asked.flatMap((words) => words.steps));
  const put = phrasesPattern(asked.flatMap((words) => [...words.put, ...words.planned]));
  return {
    asked: new RegExp(String.raw`\b(?:(?:${before})\s+(?:${steps})|${put})\b`, 'iu'),
    askedBefore: new RegExp(String.raw`\b(?:${before})\s+$`, 'iu'),
    schedule: new RegExp(
      String.raw`^(?:${phrasesPattern(scheduleOpens)})\b|\b(?:${phrasesPattern(scheduleWords)})\b`,
      'iu',
    ),
  };
}

/** The patterns of a step said not to be taken (`denied`, Dutch and English: "Niet vastgesteld", "Vastgesteld: nee"). */
function deniedPatterns(
  denied: readonly AdoptionLineWords['nl']['denied'][],
): Pick<DutchAdoptionPatterns, 'denied' | 'deniedOpening' | 'deniedBefore'> {
  const before = phrasesPattern(denied.flatMap((words) => words.before));
  return {
    denied: new RegExp(wholePhrases(denied.flatMap((words) => words.answers)), 'iu'),
    deniedOpening: new RegExp(String.raw`^(?:${before})\s+`, 'iu'),
    deniedBefore: new RegExp(String.raw`(?:^|[^\p{L}])(?:${before})\s+$`, 'iu'),
  };
}

/** The patterns of the Dutch words, made on first use. */
export function dutchAdoption(): DutchAdoptionPatterns {
  if (patterns) return patterns;
  const { nl, en } = adoptionLineWords();
  const article = String.raw`(?:(?:${phrasesPattern(nl.articles)})\s+)?`;
  const stepWords = phrasesPattern(Object.values(nl.steps).flat());
  const englishArticle = String.raw`(?:(?:${phrasesPattern(en.articles)})\s+)?`;
  const anyArticle = String.raw`(?:(?:${phrasesPattern([...nl.articles, ...en.articles])})\s+)?`;
  const anyStep = phrasesPattern(stepWordLists().flatMap(([, words]) => words));
  const anyBetween = phrasesPattern([...nl.between, ...en.between]);
  const opening = String.raw`(?:(?:${phrasesPattern(nl.opening)})\s+)?`;
  const before = beforeDate(nl.beforeDate);
  const place = String.raw`(?:,?\s+(?:${phrasesPattern(nl.place)})\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?`;
  const taken = phrasesPattern(nl.taken);
  const DATE = datePattern();
  patterns = {
    steps: stepWordLists().map(([step, words]) => [new RegExp(`^(?:${phrasesPattern(words)})`, 'iu'), step]),
    statement: new RegExp(
      String.raw`(${stepWords})\s+(?:${phrasesPattern(nl.between)})\s+${article}${NAME}${before}${DATE}`,
      'giu',
    ),
    englishStatement: new RegExp(
      String.raw`(${phrasesPattern(Object.values(en.steps).flat())})\s+(?:${phrasesPattern(en.between)})\s+${englishArticle}${NAME}${beforeDate(en.beforeDate)}${DATE}`,
      'giu',
    ),
    stepLine: new RegExp(
      String.raw`^(${anyStep})\s+(?:(?:${anyBetween})\s+)?${anyArticle}${NAME}${beforeDate([...nl.beforeDate, ...en.beforeDate])}${DATE}\.?$`,
      'iu',
    ),
    meeting: new RegExp(
      String.raw`^${opening}(${phrasesPattern(nl.adopted)})\s+(?:${phrasesPattern(nl.byMeeting)})\s+${article}${NAME}${before}${DATE}${place}\.?$`,
      'iu',
    ),
    line: new RegExp(
      String.raw`^${opening}(?:${phrasesPattern(nl.adopted)})\s+(?:${phrasesPattern([...nl.by, ...nl.byMeeting])})\s+${article}${NAME}${before}${DATE}${place}\.?$`,
      'iu',
    ),
    decided: new RegExp(String.raw`\b(?:${phrasesPattern([...nl.taken, ...nl.decided])})\b`, 'iu'),
    closingForm: new RegExp(
      String.raw`^${opening}(?:${phrasesPattern(nl.adopted)})\s+(?:${phrasesPattern([...nl.by, ...nl.byMeeting])})\s`,
      'iu',
    ),
    closingLine: new RegExp(String.raw`^${opening}(?:${taken})\b|^(?:${phrasesPattern(nl.after)})\b`, 'iu'),
    adopted: new RegExp(String.raw`^${opening}(?:${phrasesPattern(nl.adopted)})\b`, 'iu'),
    adopter: String.raw`${opening}(?:${phrasesPattern(nl.adopted)})\s+(?:${phrasesPattern([...nl.by, ...nl.byMeeting])})`,
    taken,
    stepWords,
    article,
    ...askedPatterns([nl.asked, en.asked], [...nl.schedule.opens, ...en.schedule.opens], nl.schedule.words),
    ...deniedPatterns([nl.denied, en.denied]),
  };
  return patterns;
}
