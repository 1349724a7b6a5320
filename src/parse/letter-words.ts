// The words of a letter's close and of a regulation's signature, as data a sector may edit
// (templates/import/letter-closings.yaml): the closing formulas ("Met vriendelijke groet", "Kind regards"), the
// signers' roles, titles and the headings' words that end a signature, for import (src/import/letter-closings.ts), and
// the offices that sign a regulation ("De Minister van Defensie,"), for compare (src/compare/read/closing-lines.ts).
// Read once, here, so that neither product spells a word of it itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';

export const LETTER_CLOSINGS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'letter-closings.yaml');

/** Each list of the file, by language (`nl`, `en`). */
export interface LetterWords {
  closings: Record<string, string[]>;
  roles: Record<string, string[]>;
  titles: Record<string, string[]>;
  headings: Record<string, string[]>;
  offices: Record<string, string[]>;
}

let words: LetterWords | undefined;

/** The data file's words, read once. */
export function letterWords(): LetterWords {
  words ??= YAML.parse(readFileSync(LETTER_CLOSINGS_FILE, 'utf8')) as LetterWords;
  return words;
}

/** A list's words in every language, one list. */
export const allLanguages = (list: Record<string, string[]>): string[] => Object.values(list).flat();
