// The header words of a table that records a policy's adoption (Datum / Naam / Functie / Stap, and an edit log's
// Versie / Wijziging), as data a sector may edit (templates/import/approval-tables.yaml): import reads a table's
// columns by them (src/import/meta.ts). Read once, checked, lower case as a header cell is compared.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';
import { readWordLists } from './word-lists.js';

export const APPROVAL_TABLES_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'approval-tables.yaml');

const COLUMNS = ['date', 'name', 'role', 'step', 'edits'] as const;

/** Each column's header words, lower case: `date`, `name`, `role`, `step`, and `edits` (an edit log's). */
export type ApprovalTableWords = Record<(typeof COLUMNS)[number], ReadonlySet<string>>;

let words: ApprovalTableWords | undefined;

/** The data file's words, read once. */
export function approvalTableWords(): ApprovalTableWords {
  if (!words) {
    const lists = readWordLists(APPROVAL_TABLES_FILE, COLUMNS);
    const lowerCase = (list: string[]): ReadonlySet<string> => new Set(list.map((word) => word.trim().toLowerCase()));
    words = {
      date: lowerCase(lists.date),
      name: lowerCase(lists.name),
      role: lowerCase(lists.role),
      step: lowerCase(lists.step),
      edits: lowerCase(lists.edits),
    };
  }
  return words;
}
