// A table that lays out the text instead of holding data. Schools set a reglement in a table of two columns, the
// article's label on the left ("Artikel 1", "1.2") and its title and text on the right, so the text stands aligned
// beside its numbers. Read as a table, the whole reglement was one clause (no article of its own to diff or
// compare), and a document that was nothing but such a table was refused as "all words left out (cover page)".
// Such a table is read as the text it lays out, row by row (by the Word, HTML and PDF readers); any other table
// stays a table.
import { type Block, inlineText, isSentence } from './blocks.js';
import { headingNumber } from './markers.js';

/** A heading's label standing alone, in words: "Artikel 3", "Art. 3", "§ 2", "Hoofdstuk 1". */
const WORD_LABEL = /^(?:artikel|article|art\.|hoofdstuk|chapter|paragraaf|section|§)\s*\d{1,3}[a-z]?\.?$/iu;

/** A number standing alone: "1.", "1.2". */
const NUMBER_LABEL = /^\d{1,2}(?:\.\d{1,2})*\.?$/u;

/** Whether a text is a number and nothing more ("2.1"): beside a sentence, a clause's label. */
export const isNumberLabel = (text: string): boolean => NUMBER_LABEL.test(text.replace(/\s+/gu, ' ').trim());

/** Whether a text is a heading's label in words and nothing more ("Artikel 3"). */
export const isWordLabel = (text: string): boolean => WORD_LABEL.test(text.replace(/\s+/gu, ' ').trim());

/** At most this many words in a label cell: "Artikel 1 Begripsbepalingen", never a sentence. */
const MAX_LABEL_WORDS = 8;

/** A cell that says an article's, chapter's or paragraph's label, alone or with a short title after it. */
export function isStructureLabel(text: string): boolean {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line === '' || line.split(' ').length > MAX_LABEL_WORDS || isSentence(line)) return false;
  if (WORD_LABEL.test(line) || NUMBER_LABEL.test(line)) return true;
  return headingNumber(line)?.kind === 'word';
}

/**
 * Whether a table's cells (their texts, row by row) lay out a text: no row has more than two cells, every first cell
 * of a row of two that says anything is a label of the text's structure, two rows at least have one, and a second
 * cell holds a sentence. A table of data ("Gegeven | Bewaartermijn", "Rol | Taken") has other first cells, a list of
 * short values no sentence.
 */
export function laysOutText(rows: readonly (readonly string[])[]): boolean {
  if (rows.some((row) => row.length > 2)) return false;
  const paired = rows.filter((row) => row.length === 2);
  const labelled = paired.filter((row) => (row[0] as string).trim() !== '');
  if (labelled.length < 2 || !labelled.every((row) => isStructureLabel(row[0] as string))) return false;
  return paired.some((row) => isSentence(row[1] as string));
}

/**
 * How a label cell's one paragraph reads with the text beside it: beside a sentence an article's label ("Artikel 1")
 * is the heading the layout sets over it; any other is one line with it, a title ("Artikel 1" and "Begripsbepalingen"
 * are "Artikel 1 Begripsbepalingen", a heading as article-headings.ts reads it) or a sentence beside a number ("2.1"
 * and "De directeur …" are a clause typed "2.1 De directeur …").
 */
export const labelReading = (label: string, beside: string): 'heading' | 'line' =>
  isSentence(beside) && isWordLabel(label) ? 'heading' : 'line';

/**
 * A label cell's paragraph (`blocks[at]`) and the paragraph beside it, read as `labelReading` says, in place: the
 * label made a heading, or the two joined into one paragraph. What it did, for a reader that keeps more of each block.
 */
export function joinLabel(blocks: Block[], at: number): 'heading' | 'line' | undefined {
  const [label, beside] = [blocks[at], blocks[at + 1]];
  if (label?.kind !== 'paragraph' || beside?.kind !== 'paragraph') return undefined;
  if (labelReading(inlineText(label.inlines), inlineText(beside.inlines)) === 'heading') {
    blocks[at] = { kind: 'heading', level: 2, inlines: label.inlines, source: label.source };
    return 'heading';
  }
  label.inlines = [...label.inlines, { text: ' ' }, ...beside.inlines];
  blocks.splice(at + 1, 1);
  return 'line';
}
