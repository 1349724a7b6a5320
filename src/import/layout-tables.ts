// A table that lays out the text instead of holding data. Schools set a reglement in a table of two columns, the
// article's label on the left ("Artikel 1", "1.2") and its title and text on the right, so the text stands aligned
// beside its numbers. Read as a table, the whole reglement was one clause (no article of its own to diff or
// compare), and a document that was nothing but such a table was refused as "all words left out (cover page)".
// Such a table is read as the text it lays out, row by row; any other table stays a table.
import { isSentence } from './blocks.js';
import { headingNumber } from './markers.js';

/** A heading's label standing alone, in words: "Artikel 3", "Art. 3", "§ 2", "Hoofdstuk 1". */
const WORD_LABEL = /^(?:artikel|article|art\.|hoofdstuk|chapter|paragraaf|section|§)\s*\d{1,3}[a-z]?\.?$/iu;

/** A number standing alone: "1.", "1.2". */
const NUMBER_LABEL = /^\d{1,2}(?:\.\d{1,2})*\.?$/u;

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
