// The words of the formula by which an authority enacts a regulation ("Gelet op …", "Gehoord …", "Besluit:"), as data
// a sector may edit (templates/import/enacting-formula.yaml): compare builds its patterns from them
// (src/compare/read/enacting-formula.ts). Read once, checked.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';
import { readWordLists } from './word-lists.js';

export const ENACTING_FORMULA_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'enacting-formula.yaml');

export interface EnactingFormulaWords {
  /** The words a recital opens with: "Gelet op", "Having regard to". */
  recitals: string[];
  /** The enacting word a recital may end with: "Besluit", "decides". */
  enacting: string[];
}

let words: EnactingFormulaWords | undefined;

/** The data file's words, read once. */
export function enactingFormulaWords(): EnactingFormulaWords {
  words ??= readWordLists(ENACTING_FORMULA_FILE, ['recitals', 'enacting']);
  return words;
}
