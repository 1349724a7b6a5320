// Which lines of extracted text are headings. A heading has no mark of its own in plain text; what gives it away
// is that it stands alone, is short, carries a chapter number or stops without a full stop, and text follows it; a
// letter's closing formula ("Met vriendelijke groet"), a form's field ("Naam: .........."), a line stating the
// adoption ("Vastgesteld door het bestuur op 12 maart 2024", no full stop), one step of it ("Instemming MR: 1 maart
// 2025"), one saying it was not taken ("Niet vastgesteld", "Vastgesteld: nee", "Deze regeling is nog niet
// vastgesteld") and a line that only places and dates the text ("Utrecht, 12 maart 2025") look so too and are none.
import { inlineText, type Block, type Decision, type HeadingBlock } from '../blocks.js';
import { headingNumber, type HeadingNumber } from '../markers.js';
import { romanValue } from '../../model/numbering.js';
import { RAISED_MARK } from '../note-marks.js';
import { opensWithLetterClosing } from '../letter-closings.js';
import { englishAdoptionLine, isAdoptionLine, isDeniedStepLine, isStepLine } from '../../parse/adoption-line-form.js';
import { deniesOwnAdoption } from '../this-document.js';
import { dutchAdoption } from '../../parse/adoption-patterns.js';
import { isPlaceOrDateLine } from '../../parse/dating-lines.js';

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/** Ends like a sentence: a full stop (not an ellipsis), a semicolon or a comma. */
// A note's raised mark after the full stop ("nodig.²", "beslist.ⁱ") still ends the sentence.
const RAISED_AT_END = new RegExp(`(?:${RAISED_MARK})$`, 'u');
const endsSentence = (cited: string): boolean => {
  const text = cited.replace(RAISED_AT_END, '');
  return /[;,]$/u.test(text) || (/\.$/u.test(text) && !/(\.\.\.|…)$/u.test(text));
};

/**
 * A numbered line that is a heading rather than a list item ("1. Casparus College onderkent …" is an item, and so is
 * "1. De school maakt met elke groep de volgende afspraken:", which introduces the items under it).
 */
export function isNumberedHeading(numbered: HeadingNumber, maxWords = 12): boolean {
  if (numbered.title === '' || wordCount(numbered.title) > maxWords) return false;
  if (/:$/u.test(numbered.title) && wordCount(numbered.title) > 3) return false;
  if (numbered.kind === 'decimal' && numbered.depth > 1) return wordCount(numbered.title) <= 15;
  return !endsSentence(numbered.title);
}

/** A blank to fill in at a line's end, dots or underscores: a form's field ("Naam: ..........", "Datum: ____"). */
const ENDS_IN_BLANK = /(?:\.{4,}|_{3,})$/u;

/**
 * A line about the adoption, by the data's words (templates/import/adoption-lines.yaml): also a step's line of its
 * own ("Instemming MR: 1 maart 2025"), which is as short and as unstopped as a heading.
 */
const statesAdoption = (text: string): boolean =>
  dutchAdoption().closingLine.test(text) ||
  englishAdoptionLine().opens.test(text) ||
  isAdoptionLine(text) ||
  isStepLine(text) ||
  isDeniedStepLine(text) ||
  deniesOwnAdoption(text, undefined);

/**
 * A line without a number that reads as a heading: short, capitalised, not stopped like a sentence; no letter's
 * closing formula ("Met vriendelijke groet, «Naam_directeur»"), no form's field ending in its blank and no line about
 * the adoption ("Vastgesteld door …", "Adopted by …": the closing line's, read as such), and no line that only places
 * and dates the text ("Utrecht, 12 maart 2025", "Plaats: Utrecht, 12 maart 2025"), which are as short and as unstopped.
 */
export function looksLikeHeading(text: string): boolean {
  return (
    wordCount(text) <= 10 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !endsSentence(text) &&
    !/:$/u.test(text) &&
    !ENDS_IN_BLANK.test(text) &&
    !opensWithLetterClosing(text) &&
    !statesAdoption(text) &&
    !isPlaceOrDateLine(text)
  );
}

/** A word that starts a sentence: a capital, then lower case ("De", "Zij"; not "AB", not a number). */
const SENTENCE_START = /^\p{Lu}\p{Ll}/u;
/** A short line stops this far short of the width a text is wrapped at: its paragraph ends there (text.ts). */
export const SHORT_LINE = 0.7;

/**
 * Whether a sentence starts on `line`: a capital, and a line of three words or more that ends a sentence or one that
 * runs to the width the text is wrapped at. A heading has one under it; a list of short lines, an address, a
 * signature do not.
 */
export function startsSentence(line: string, wrapWidth: number): boolean {
  const sentence = (wordCount(line) >= 3 && /[.!?:;]$/u.test(line)) || line.length >= SHORT_LINE * wrapWidth;
  return SENTENCE_START.test(line) && sentence;
}

/**
 * A line of a paragraph's lines as a heading over text may read it: `heading`, the line as a heading (a plain line, or
 * one numbered as a heading is, "1. Inleiding"), undefined when it can be none; `body`, the text that starts on it
 * (a list item's after its marker), "" when none does (a table's row, a clause, a note).
 */
export interface LineUnder {
  heading?: string;
  body: string;
}

/**
 * Whether line `index` of a paragraph's lines (no blank line between them) is a heading set right above its text, as
 * pdftotext writes a heading that has no space under it ("Artikel 3 Klachtenregeling" over "De klacht wordt …", or
 * over a list's first item, "Melden van pesten" over "- Een leerling meldt …"): it reads as a heading, and the line
 * break after it was no wrap, since the line with the next line's first word would still stop well short of the width
 * the text is wrapped at, and under it a sentence starts (a capital, and a line of three words or more that ends a
 * sentence or one that runs to the width), or, `over` allowing, one more such heading stands ("Hoofdstuk 2" over
 * "Artikel 3 …"). A paragraph's wrapped line runs near the width; a line broken by hand without punctuation is
 * followed by no sentence (an address's "Postbus 12"), nor is a list of short lines ("Transparantie" over "Wees
 * feitelijk" over "Wees respectvol"), nor a lead-in whose items go on in lower case ("Leerlingen zorgen ervoor dat
 * zij" over "• op tijd in de klas zijn;"): none of them is taken.
 */
export function headsParagraph(lines: readonly LineUnder[], index: number, wrapWidth: number, over = 1): boolean {
  const text = lines[index]?.heading;
  const next = lines[index + 1]?.body;
  if (text === undefined || !next || !looksLikeHeading(text) || /[!?]$/u.test(text)) return false;
  const firstWord = next.split(/\s/u)[0] ?? '';
  if (text.length + 1 + firstWord.length >= SHORT_LINE * wrapWidth) return false;
  // An article's or chapter's word and number ("Artikel 2 Verwachtingen") is a heading's own mark: any text starting
  // under it will do, a lead-in without its colon too ("Leerlingen zorgen ervoor dat zij").
  const chapter = headingNumber(text)?.kind === 'word';
  if (startsSentence(next, wrapWidth) || (chapter && SENTENCE_START.test(next))) return true;
  return over > 0 && headsParagraph(lines, index + 1, wrapWidth, over - 1);
}

/**
 * The level of a heading numbered `numbered`, given the headings so far (A./I. sit one below the last other heading).
 * The blocks are searched from the end and only as far as needed: copying or filtering them for every heading made
 * a text of many headings quadratic (issue 23 item 9).
 */
export function headingLevel(numbered: HeadingNumber | undefined, blocks: readonly Block[]): number {
  if (numbered?.kind === 'decimal') return Math.min(numbered.depth + 1, 6);
  if (numbered?.kind === 'word') return numbered.depth + 1;
  if (!numbered) return 2;
  let last: HeadingBlock | undefined;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index] as Block;
    if (block.kind !== 'heading' || block.level <= 1) continue;
    last ??= block;
    if (block.marker && /^([IVX]{1,5}|[A-Z])\s?\.$/u.test(block.marker)) return block.level;
  }
  return last ? Math.min(last.level + 1, 6) : 2;
}

/** A letter or roman heading's marker ("B.", "IV."). */
const LETTER_MARKER = /^([IVX]{1,5}|[A-Z])\s?\.$/u;

/** The values a letter heading's marker may stand for: its letter's place, and its roman value where it is one. */
function letterValues(marker: string): number[] {
  const letters = marker.replace(/[\s.]/gu, '');
  const values = letters.length === 1 ? [letters.charCodeAt(0) - 64] : [];
  return /^[IVX]+$/u.test(letters) ? [...values, romanValue(letters.toLowerCase())] : values;
}

/**
 * Whether a letter or roman heading ("A. Algemeen", "II. Klachten") takes its place in the document's series of them:
 * the first value ("A.", "I."), or the next after the last such heading (one skipped allowed, as for a list). "J. de
 * Vries" signing under the text opens no series: a name with its initial, not a heading.
 */
export function takesLetterPlace(numbered: HeadingNumber, blocks: readonly Block[]): boolean {
  if (numbered.kind !== 'letter') return true;
  const values = letterValues(numbered.marker);
  if (values.includes(1)) return true;
  const last = blocks.findLast((block) => block.kind === 'heading' && LETTER_MARKER.test(block.marker ?? ''));
  const before = last?.kind === 'heading' ? letterValues(last.marker ?? '') : [];
  return values.some((value) => before.some((previous) => value === previous + 1 || value === previous + 2));
}

/** The first block after `index` that is not dropped (a loop: slicing the rest for every block was quadratic). */
function next(blocks: readonly Block[], index: number): Block | undefined {
  for (let at = index + 1; at < blocks.length; at++) if ((blocks[at] as Block).kind !== 'dropped') return blocks[at];
  return undefined;
}

/**
 * Second look once all blocks are known: a short bullet followed by a paragraph ("- Transparantie", then its text)
 * and a single word ending in a colon followed by a list ("Samengevat:") are headings over what follows. A line of
 * more words ending in a colon is never a heading by its colon: it leads in to its list.
 */
export function promoteHeadings(blocks: Block[], decisions: Decision[]): void {
  let lastLevel = 1;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') lastLevel = block.level;
    const text = 'inlines' in block ? inlineText(block.inlines).trim() : '';
    const following = next(blocks, index);
    const shortBullet =
      block.kind === 'item' &&
      !block.ordered &&
      block.level === 0 &&
      wordCount(text) <= 4 &&
      /^\p{Lu}/u.test(text) &&
      !/[.;,:]$/u.test(text) &&
      following?.kind === 'paragraph';
    // One word and a colon ("Samengevat:") names the list under it. More words ending in a colon ("De leerling moet:",
    // "Dit betekent:") are a sentence the list completes: its lead-in, a clause of the text like the Word reader's.
    const label = block.kind === 'paragraph' && wordCount(text) === 1 && /:$/u.test(text) && following?.kind === 'item';
    if (!shortBullet && !label) return;
    const level = Math.min(lastLevel + 1, 6);
    blocks[index] = {
      kind: 'heading',
      level,
      inlines: (block as { inlines: HeadingBlock['inlines'] }).inlines,
      source: block.source,
      ...(shortBullet && block.kind === 'item' && block.marker ? { marker: block.marker } : {}),
    };
    decisions.push({
      ruleId: 'import-heading',
      messageId: shortBullet ? 'import-heading.short-bullet' : 'import-heading.introduces-list',
      fixId: 'import-heading.back-to-text',
      params: { text },
      source: block.source,
      near: text,
    });
  });
}
