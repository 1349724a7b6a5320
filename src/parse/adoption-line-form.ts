// Whether a line, as a whole, states a policy's adoption, by the words of templates/import/adoption-lines.yaml: a
// Dutch closing line ("Aldus vastgesteld door het bevoegd gezag op 12 maart 2024 te Utrecht.", "Vastgesteld bij
// besluit van het college van bestuur d.d. 12-03-2024") or an English one ("Adopted by the board on March 12, 2025.");
// and whether a line is one step of it, its body and its date ("Instemming MR: 1 maart 2025"), or says a step was
// not taken ("Niet vastgesteld", "Vastgesteld: nee", "Geen advies nodig").
// Import reads the adoption from such a line (src/import/adoption-words.ts); compare reads it as a line that closes a
// text and states no rule (src/compare/read/closing-lines.ts). Only the form: who may adopt is the procedure's.
import { adoptionLineWords, phrasesPattern, stepWordLists } from './adoption-lines.js';
import { datePattern, dutchAdoption, NAME } from './adoption-patterns.js';
import { monthNumber } from './month-names.js';
import { anyPhrase } from '../text/phrase-pattern.js';

let english: { line: RegExp; opens: RegExp } | undefined;

/** The English line's patterns: the whole line (groups: the body's name, the date), and its opening words. */
export function englishAdoptionLine(): NonNullable<typeof english> {
  if (english) return english;
  const { adopted, by, beforeDate, articles } = adoptionLineWords().en;
  english = {
    line: new RegExp(
      String.raw`^(?:${anyPhrase(adopted)})\s+(?:${anyPhrase(by)})\s+(?:(?:${anyPhrase(articles)})\s+)?${NAME}\s*(?:,\s*|\s+(?:${anyPhrase(beforeDate)})\s+)${datePattern()}\.?$`,
      'iu',
    ),
    opens: new RegExp(String.raw`^(?:${anyPhrase(adopted)})\s+(?:${anyPhrase(by)})\s`, 'iu'),
  };
  return english;
}

/** Whether the words of a written date are all months' names ("12th March 2025": "March"); figures have none. */
const monthsOnly = (written: string): boolean =>
  (written.match(/(?<![\d\p{L}])\p{L}+/gu) ?? []).every((word) => monthNumber(word) !== undefined);

/** Whether a line, as a whole, has the form of a Dutch or English adoption line, with a date whose month is one. */
export function isAdoptionLine(text: string): boolean {
  const line = text.replace(/\s+/gu, ' ').trim();
  return [dutchAdoption().line, englishAdoptionLine().line].some((pattern) => {
    const match = pattern.exec(line);
    return match !== null && monthsOnly(match[2] ?? '');
  });
}

/**
 * Whether a line, as a whole, is a step's words, a body's name and a date whose month is one ("Instemming MR: 1 maart
 * 2025", "Consent of the staff council: 1 March 2025"): a line of the adoption's history, never a heading.
 */
export function isStepLine(text: string): boolean {
  const match = dutchAdoption().stepLine.exec(text.replace(/\s+/gu, ' ').trim());
  return match !== null && monthsOnly(match[3] ?? '');
}

let stepOpening: RegExp | undefined;
let needless: RegExp | undefined;

/**
 * A line saying a step was not needed (`denied.needless`, Dutch and English): "Geen advies nodig", "Geen instemming
 * van de MR vereist.", "Advies GMR niet nodig", "No advice needed"; no word between is a verb of `thisText.passive`
 * ("Geen advies van de vertrouwenspersoon is nodig." is a sentence of the text).
 */
function needlessPattern(): RegExp {
  if (needless) return needless;
  const { nl, en } = adoptionLineWords();
  const any = (...lists: readonly string[][]): string => phrasesPattern(lists.flat());
  const steps = any(stepWordLists().flatMap(([, words]) => words));
  const passive = any(nl.thisText.passive, en.thisText.passive);
  const between = String.raw`(?:\s+(?!(?:${passive})(?![\p{L}]))[^\s]+){0,3}?`;
  const closing = String.raw`\s+(?:${any(nl.denied.needless.closing, en.denied.needless.closing)})`;
  const opening = any(nl.denied.needless.opening, en.denied.needless.opening);
  const before = any(nl.denied.before, en.denied.before);
  needless = new RegExp(
    String.raw`^(?:(?:${opening})\s+(?:${steps})${between}${closing}|(?:${steps})${between}\s+(?:${before})${closing})\.?$`,
    'iu',
  );
  return needless;
}

/** At most this many words: a line saying a step was not taken, not a sentence of the text. */
const MAX_DENIED_WORDS = 16;

/**
 * Whether a line, as a whole, says a step was NOT taken, by the data's `denied` words: a step's word right after one of
 * `before` ("Niet vastgesteld", "Nog niet vastgesteld door het bestuur op 12 maart 2025"), or a line opening with a
 * step's word that gives one of `answers` after a colon or in brackets ("Vastgesteld: nee", "Vaststelling: n.v.t.",
 * "Vastgesteld door het bestuur op: (nog niet)", "Instemming MR: niet verleend"), or a step not needed ("Geen advies
 * nodig": needlessPattern). Such a line is never a step read nor a heading; "Advies is niet bindend." (no colon) is
 * text.
 */
export function isDeniedStepLine(text: string): boolean {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.split(' ').length > MAX_DENIED_WORDS) return false;
  if (needlessPattern().test(line)) return true;
  const { deniedOpening, denied } = dutchAdoption();
  stepOpening ??= new RegExp(
    String.raw`^(?:${phrasesPattern(stepWordLists().flatMap(([, words]) => words))})(?![\p{L}])`,
    'iu',
  );
  const rest = line.replace(deniedOpening, '');
  if (!stepOpening.test(rest)) return false;
  const answer = rest.search(/[:(]/u);
  return rest !== line || (answer >= 0 && denied.test(rest.slice(answer)));
}
