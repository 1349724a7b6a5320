// The labels of the fields a policy's cover states (a version, a school year, the date it takes effect, the
// document's own date), as data a sector may edit (templates/import/cover-fields.yaml): import builds its cover's
// patterns from them (src/import/cover-headings.ts, src/import/meta.ts). Read once, checked; each list is given as the
// source of a regular-expression alternative (no group around it), its words apart by any white space.
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/root.js';
import { anyPhrase } from '../text/phrase-pattern.js';
import { readWordLists } from './word-lists.js';

export const COVER_FIELDS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'cover-fields.yaml');

const FIELDS = ['version', 'schoolYear', 'effective', 'documentDate'] as const;

/** Each field's labels, as an alternative's source: `version`, `schoolYear`, `effective`, `documentDate`. */
export type CoverFieldLabels = Record<(typeof FIELDS)[number], string>;

let labels: CoverFieldLabels | undefined;

/** The data file's labels, read once. */
export function coverFieldLabels(): CoverFieldLabels {
  if (!labels) {
    const lists = readWordLists(COVER_FIELDS_FILE, FIELDS);
    labels = {
      version: anyPhrase(lists.version),
      schoolYear: anyPhrase(lists.schoolYear),
      effective: anyPhrase(lists.effective),
      documentDate: anyPhrase(lists.documentDate),
    };
  }
  return labels;
}
