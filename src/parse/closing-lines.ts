// The words of the lines that close a regulation without stating a rule (a form's fields to sign, a lapsed article's
// "Vervallen.", the formula that it will be published), as data a sector may edit (templates/import/closing-lines.yaml):
// compare builds its patterns from them (src/compare/read/closing-lines.ts). Read once, checked.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';
import { readWordLists } from './word-lists.js';

export const CLOSING_LINES_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'closing-lines.yaml');

const LISTS = [
  'formFields',
  'formAnd',
  'signingFields',
  'lapsed',
  'lapsedOpening',
  'will',
  'withNotes',
  'gazette',
  'placed',
] as const;

export type ClosingLineWords = Record<(typeof LISTS)[number], string[]>;

let words: ClosingLineWords | undefined;

/** The data file's words, read once. */
export function closingLineWords(): ClosingLineWords {
  words ??= readWordLists(CLOSING_LINES_FILE, LISTS);
  return words;
}
