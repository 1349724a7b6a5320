// Cover lines a reader took for headings. A school's Word file exported to PDF sets its cover in large type (the
// title, "Basisschool De Regenboog", "Versie 2.0", "maart 2024") and often goes on with "Artikel 1 …" on the same
// page: the PDF reader reads each large line as a heading, and among numbered articles such a heading is printed as
// typed, a section of the policy. A heading with no text under it that states a field of a cover (an organisation,
// a version, a date) before the body is a line of the cover, as the same line set in a paragraph is; so is any
// heading with no text under it between the title and such a line, and after the last such line (a slogan, "Samen
// leren, samen groeien") unless chapters divide the articles: then it is the first chapter's heading ("Algemene
// bepalingen" over "Artikel 1", "Klachtenprocedure" over "Artikel 4" further on) and stays. A field set larger than
// the articles' headings, which the reader takes for a chapter over them (the school's name right above "Artikel 1"),
// is the cover's too where no heading at its level follows it. The labels of a cover's version and school year are data
// a sector may edit (templates/import/cover-fields.yaml).
import { coverFieldLabels } from '../parse/cover-fields.js';
import { blockText, isSentence, type Block, type HeadingBlock } from './blocks.js';
import { findDate, namesMonth } from './dates.js';
import { namesOrganisation } from './organisation.js';

interface CoverPatterns {
  /** "Versie 1.0", "Versie: 2", "Versie 2026-1" (a year and its edition), "Versie 0.3, 14 februari 2024". */
  version: RegExp;
  /**
   * A version left to fill in: "Versie: [x.x]", "Versie: [versienummer]", "Version: x.x", "Versie: …", "Versie: ____".
   * The template's maker's stand-in for the number, no digit in it.
   */
  versionFillIn: RegExp;
  /** "Schooljaar 2024-2025", "Schooljaar 2024/2025". */
  schoolYear: RegExp;
}

/** The cover's patterns, their labels data (templates/import/cover-fields.yaml); made once on first use. */
let patterns: CoverPatterns | undefined;
function coverPatterns(): CoverPatterns {
  if (!patterns) {
    const { version, schoolYear } = coverFieldLabels();
    patterns = {
      version: new RegExp(String.raw`(?:^|\s)(?:${version})\s*:?\s*(\d+(?:[.-]\d+)*)(?=[,;)]|\.?(?:\s|$))`, 'iu'),
      versionFillIn: new RegExp(
        String.raw`(?:^|\s)(?:${version})\s*:?\s*(\[[^\]\d\n]{1,30}\]|[xXnN#](?:\.[xXnN#])+|…+|\.{2,}|_{2,})(?=[\s,;)]|$)`,
        'iu',
      ),
      schoolYear: new RegExp(String.raw`^(?:${schoolYear})\s+\d{4}\s*[-–/]\s*\d{4}$`, 'iu'),
    };
  }
  return patterns;
}

/** The version a line states ("Versie 1.0": "1.0"), or the fill-in standing for it ("Versie: [x.x]": "[x.x]"). */
export function statedVersion(text: string): { value: string; fillIn: boolean } | undefined {
  const { version, versionFillIn } = coverPatterns();
  const number = version.exec(text)?.[1];
  if (number !== undefined) return { value: number, fillIn: false };
  const fillIn = versionFillIn.exec(text)?.[1];
  return fillIn !== undefined ? { value: fillIn, fillIn: true } : undefined;
}

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
    statedVersion(line) !== undefined ||
    findDate(line) !== undefined ||
    namesMonth(line) ||
    coverPatterns().schoolYear.test(line) ||
    namesOrganisation(line, orgWords)
  );
}

/** A chapter's typed number ("Hoofdstuk 2 De behandeling", "§ 3"): a heading that divides the articles. */
const CHAPTER_NUMBER = /^(?:hoofdstuk|chapter|paragraaf|§|deel|part)\s*\d/iu;

/** The next block at or after `from` that is not left out. */
function nextShown(blocks: readonly Block[], from: number): Block | undefined {
  for (let index = from; index < blocks.length; index++)
    if ((blocks[index] as Block).kind !== 'dropped') return blocks[index];
  return undefined;
}

/** A numbered heading: a typed number that became structure, Word's label, or a number typed in its text. */
const numbered = (block: Block | undefined): boolean =>
  block?.kind === 'heading' &&
  (block.marker !== undefined || block.label !== undefined || TYPED_NUMBER.test(blockText(block).trim()));

/**
 * Whether the articles after `from` are divided into chapters: a heading of its own over an article ("Klachtenprocedure"
 * over "Artikel 4"), or a chapter by its typed number ("Hoofdstuk 2 …"). Then a heading with no text under it before
 * the first article is such a chapter's ("Algemene bepalingen" over "Artikel 1"), not the cover's.
 */
function dividesArticles(blocks: readonly Block[], from: number): boolean {
  for (let index = from; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind !== 'heading') continue;
    if (CHAPTER_NUMBER.test(blockText(block).trim())) return true;
    if (!numbered(block) && numbered(nextShown(blocks, index + 1))) return true;
  }
  return false;
}

/**
 * Whether a heading over the articles, with no text of its own (set larger than their headings: the school's name
 * right above "Artikel 1" on a Word file's PDF), stands alone: no heading at its level or above follows it, and no
 * chapter divides the articles after it. A field of the cover set so is the cover's; beside another such heading
 * ("Basisschool Het Kompas" over its own articles) it divides the document.
 */
function overArticlesAlone(blocks: readonly Block[], index: number): boolean {
  const { level } = blocks[index] as HeadingBlock;
  const next = nextShown(blocks, index + 1);
  if (next?.kind !== 'heading' || next.level <= level) return false;
  const beside = blocks.some((block, at) => at > index && block.kind === 'heading' && block.level <= level);
  return !beside && !dividesArticles(blocks, index + 1);
}

/** The last block before `index` that is not left out. */
function shownBefore(blocks: readonly Block[], index: number): number {
  let at = index - 1;
  while (at >= 0 && (blocks[at] as Block).kind === 'dropped') at--;
  return at;
}

/**
 * The last heading of the cover from `start` on: the last one that states a cover field in the run of headings
 * below the title with no text under them and no number of their own (or over the articles, alone: see
 * overArticlesAlone), and after it the headings with no text under them before the first heading of the body (a
 * slogan, "Samen leren, samen groeien") unless chapters divide the articles; `start` - 1 where there is none.
 */
export function lastCoverHeading(
  blocks: readonly Block[],
  start: number,
  orgWords: string | undefined,
  headsText: (index: number) => boolean,
): number {
  let last = start - 1;
  let index = start;
  for (; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.kind === 'dropped') continue;
    if (block.kind !== 'heading' || numbered(block)) break;
    const field = coverField(blockText(block).trim(), orgWords);
    if (headsText(index) ? !(field && overArticlesAlone(blocks, index)) : block.level < 2 && !field) break;
    // A school's name right over the first article, where chapters divide the articles after it ("Basisschool Het
    // Kompas" over its own articles further on): the first chapter's heading, not the cover's.
    if (field && numbered(nextShown(blocks, index + 1)) && dividesArticles(blocks, index + 1)) break;
    if (field) last = index;
  }
  // The headings between the last field and the body's first heading are the cover's, unless they may be chapters:
  // the body opens with an article, and chapters divide the articles after it.
  const body = blocks[index];
  if (last < start || body?.kind !== 'heading') return last;
  return numbered(body) && dividesArticles(blocks, index + 1) ? last : shownBefore(blocks, index);
}
