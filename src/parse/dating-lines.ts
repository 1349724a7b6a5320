// The lines that only place and date a text or leave room to sign it: "Utrecht, 12 maart 2025", "Datum: 12 maart
// 2025", "Last updated: January 04, 2025", "Plaats en datum: Utrecht, 12 maart 2025", "Datum en handtekening:". They
// state no rule, and are as short and as unstopped as a heading: import never takes one for a heading
// (src/import/readers/text-headings.ts), compare gives none a topic (src/compare/read/closing-lines.ts). Their months
// are templates/import/month-names.yaml's, a form's fields templates/import/closing-lines.yaml's.
import { anyPhrase } from '../text/phrase-pattern.js';
import { closingLineWords } from './closing-lines.js';
import { anyMonthName } from './month-names.js';

/** A month as a line writes it: a name of templates/import/month-names.yaml, an abbreviation with its point or not. */
const month = (): string => `(?:${anyMonthName()})\\.?`;

/** A place (up to three words, a comma after it or not; the words captured) and a date, or a date alone. */
const placeAndDate = (): string => `((?:[\\p{L}'’.-]+,? ){0,3})\\d{1,2} ${month()} \\d{4}\\.?`;

/**
 * A place's name: each word capitalised ("Den Haag", "'s-Hertogenbosch"), or a particle of one ("Bergen op Zoom",
 * "Alphen aan den Rijn"); "Inwerkingtreding per 1 augustus 2025" names no place, it heads an article.
 */
const PLACE_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|'s-\p{Lu}[\p{L}-]*|aan|den|op|de|het|in|upon|on)$/u;
const namesPlace = (words: string): boolean =>
  words
    .replace(/,/g, ' ')
    .split(' ')
    .filter(Boolean)
    .every((word) => PLACE_WORD.test(word));

/** A date as a line that dates a text writes it: "28 maart 2026", "January 04, 2025", "2025-01-04", "30-03-2020". */
const date = (): string =>
  [
    `\\d{1,2} ${month()} \\d{4}`,
    `${month()} \\d{1,2},? \\d{4}`,
    '\\d{4}-\\d{2}-\\d{2}',
    '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}',
  ].join('|');

/** The label before the date of a line that only dates the text ("Datum:", "Last updated:", "Versie 1.2, d.d."). */
const DATING_LABEL = [
  '(?:last updated|last modified|updated|laatst (?:bijgewerkt|gewijzigd|aangepast)|bijgewerkt(?: op)?|datum|date)\\s*:?',
  '(?:versie|version) [\\d.]+[a-z]?,?(?: (?:d\\.d\\.|van|of|dated))?',
].join('|');

/**
 * A form's fields for who signs and when, "Datum en handtekening", "Plaats, datum", "Paraaf": its fields and the word
 * between two of them are data (templates/import/closing-lines.yaml `formFields`, `formAnd`).
 */
const formFields = (): string => {
  const { formFields: fields, formAnd } = closingLineWords();
  const field = anyPhrase(fields);
  return `(?:${field})(?:(?:,|,? (?:${anyPhrase(formAnd)})) (?:${field}))*`;
};

interface DatingPatterns {
  placeDate: RegExp;
  dating: RegExp;
  filledField: RegExp;
  formField: RegExp;
  signingField: RegExp;
}

/** The patterns, made once on first use (their words are data, read then). */
let patterns: DatingPatterns | undefined;
const pattern = (): DatingPatterns =>
  (patterns ??= {
    placeDate: new RegExp(`^${placeAndDate()}$`, 'iu'),
    dating: new RegExp(`^(?:${DATING_LABEL}) (?:${date()})\\.?$`, 'iu'),
    // "Plaats: Utrecht, 12 maart 2025", "Plaats en datum: Utrecht, 12 maart 2025": the form's fields filled in.
    filledField: new RegExp(`^${formFields()}: ${placeAndDate()}$`, 'iu'),
    formField: new RegExp(`^${formFields()}:$`, 'iu'),
    signingField: new RegExp(anyPhrase(closingLineWords().signingFields), 'iu'),
  });

const single = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether a line only places and dates the text: a place and a date, a dating label and a date, or a form's filled in. */
export function isPlaceOrDateLine(text: string): boolean {
  const line = single(text);
  const { placeDate, dating, filledField } = pattern();
  if (dating.test(line)) return true;
  const place = placeDate.exec(line)?.[1] ?? filledField.exec(line)?.[1];
  return place !== undefined && namesPlace(place);
}

/** Whether a line is a form's empty fields that leave room to sign ("Datum en handtekening:"; "Naam:" alone is not). */
export function isSigningFields(text: string): boolean {
  const line = single(text);
  const { formField, signingField } = pattern();
  return formField.test(line) && signingField.test(line);
}
