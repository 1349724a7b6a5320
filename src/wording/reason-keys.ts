// Which texts a label file gives for the diff's reasons (its `reasonTexts` and `reasonCategories` mappings) and
// which placeholders each may use. Apart from labels.ts, which reads them, and reasons.ts, which fills them, so
// neither imports the other.
import { OTHER_REASON_CODES, REASON_CATEGORIES } from '../diff/types.js';

/** One text per shape of category reason (added, removed, changed) and one per other reason code. */
export const REASON_TEXT_KEYS = ['added', 'removed', 'changed', ...OTHER_REASON_CODES] as const;
export type ReasonTextKey = (typeof REASON_TEXT_KEYS)[number];

export const REASON_CATEGORY_KEYS = REASON_CATEGORIES;

/** The placeholders each reason text is given ({{category}} is the category's display name). */
export const REASON_PLACEHOLDERS: Record<ReasonTextKey, readonly string[]> = {
  added: ['category', 'words'],
  removed: ['category', 'words'],
  changed: ['category', 'from', 'to'],
  'clause-added': [],
  'clause-removed': [],
  'item-added': [],
  'item-removed': [],
  'list-size-changed': ['from', 'to'],
  'clause-rewritten': [],
  'clause-split': ['count'],
  'clauses-merged': ['count'],
  'text-added': ['text'],
  'text-removed': ['text'],
  'wording-changed': ['from', 'to'],
  'meaning-reversed': ['from', 'to'],
  'link-target-changed': ['text', 'from', 'to'],
  'citation-followed': ['from', 'to'],
  'heading-added': [],
  'heading-removed': [],
  'more-changes': ['count'],
};
