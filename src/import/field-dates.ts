// What a block says without the dates Word fills in by itself (a DATE, SAVEDATE or PRINTDATE field's last result,
// src/import/readers/docx-date-fields.ts): the text the frontmatter's dates are read from. "Ingangsdatum: { DATE }"
// gave `effective` the day the document was last opened; read so, it states no date, and nothing is taken from it.
// The summary names the date fields whose findings stand: one on a line left out is in no text of the policy.
import { type Block, blockText, type Decision, type Inline } from './blocks.js';

/** Where a date field's result stood: no date stated. */
const NO_DATE = '…';

const withoutDates = (inlines: readonly Inline[]): string =>
  inlines.map((inline) => (inline.dateField ? NO_DATE : inline.text)).join('');

/** A block's text with each Word date field's result as "…" (a table's cells as blockText joins them). */
export const withoutFieldDates = (block: Block): string => blockText(block, withoutDates);

/** The date fields the report names ("SAVEDATE"), in its order: those still standing in text kept. */
export const reportedDateFields = (decisions: readonly Decision[]): string[] =>
  decisions.filter((decision) => decision.ruleId === 'import-field').map((decision) => String(decision.params.field));
