// Cover lines a reader took for headings. A school's Word file exported to PDF sets its cover in large type (the
// title, "Basisschool De Regenboog", "Versie 2.0", "maart 2024") and often goes on with "Artikel 1 …" on the same
// page: the PDF reader reads each large line as a heading, and among numbered articles such a heading is printed as
// typed, a section of the policy. A heading with no text under it that states a field of a cover (an organisation,
// a version, a date) before the body is a line of the cover, as the same line set in a paragraph is; so is any
// heading with no text under it between the title and such a line. A heading that states none ("Algemene
// bepalingen" over "Artikel 1") after the last of them stays a heading.
import { blockText, isSentence, type Block } from './blocks.js';
import { findDate, namesMonth } from './dates.js';
import { namesOrganisation } from './organisation.js';

/** "Versie 1.0", "Versie: 2", "Versie 2026-1" (a year and its edition), "Versie 0.3, 14 februari 2024". */
export const VERSION = /(?:^|\s)(?:versie|version)\s*:?\s*(\d+(?:[.-]\d+)*)(?=[,;)]|\.?(?:\s|$))/iu;
/** "Schooljaar 2024-2025", "Schooljaar 2024/2025". */
const SCHOOL_YEAR = /^(?:schooljaar|school\s+year)\s+\d{4}\s*[-–/]\s*\d{4}$/iu;
/** At most this many words: a line of a cover, never a sentence of the text. */
const COVER_LINE_WORDS = 8;
/** A heading that types its number ("Hoofdstuk 1 Algemeen", "Artikel 5" where the policy counts otherwise). */
const TYPED_NUMBER = /^(?:hoofdstuk|chapter|paragraaf|§|artikel|article|art\.)\s*\d/iu;

/**
 * Whether a line states a field of a cover: a version, a date ("maart 2024", "Vastgesteld op 12 maart 2024",
 * "Datum: 12-03-2024", "Schooljaar 2024-2025"), or the organisation (by its form, or spelling the --org key).
 */
export function coverField(text: string, orgWords: string | undefined): boolean {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line === '' || isSentence(line) || line.split(' ').length > COVER_LINE_WORDS) return false;
  return (
    VERSION.test(line) ||
    findDate(line) !== undefined ||
    namesMonth(line) ||
    SCHOOL_YEAR.test(line) ||
    namesOrganisation(line, orgWords)
  );
}

/**
 * The last heading of the cover from `start` on: the last one that states a cover field in the run of headings
 * below the title with no text under them and no number of their own; `start` - 1 where there is none.
 */
export function lastCoverHeading(
  blocks: readonly Block[],
  start: number,
  orgWords: string | undefined,
  headsText: (index: number) => boolean,
): number {
  let last = start - 1;
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind === 'dropped') continue;
    if (block.kind !== 'heading' || block.level < 2 || block.marker || block.label || headsText(index)) break;
    const text = blockText(block).trim();
    if (TYPED_NUMBER.test(text)) break;
    if (coverField(text, orgWords)) last = index;
  }
  return last;
}
