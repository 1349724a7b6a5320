// The headings of a table of contents ("Inhoudsopgave", "Inhoud", "Contents"), as data a sector may edit
// (templates/import/contents-headings.yaml): one list for both products, import leaving the contents out
// (src/import/toc.ts) and compare giving its entries no topic (src/compare/read/contents-entries.ts), which do not
// import one another. Read once, checked.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { readWordLists } from './word-lists.js';

export const CONTENTS_HEADINGS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'contents-headings.yaml');

let headings: string | undefined;

/**
 * The headings of the data file as the source of a regular-expression alternative (no group around it), each heading
 * literal, its words apart by one space as written.
 */
export function contentsHeadings(): string {
  headings ??= readWordLists(CONTENTS_HEADINGS_FILE, ['headings'])
    .headings.map((heading) => escapeRegExp(heading.trim()))
    .join('|');
  return headings;
}
