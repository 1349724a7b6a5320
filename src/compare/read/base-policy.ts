// Which of the policies a comparison was made from is its base (the one the others are compared with), and so the
// language every format of the comparison is worded in. Here, in the first room, so that a report can ask without
// loading the aligner.
import type { Policy } from '../../model/policy.js';
import { DEFAULT_DOCUMENT_LANGUAGE } from '../../text/output-language.js';
import type { Alignment } from './types.js';

/** The policy of the alignment's base document (its language is the comparison's), among those it was made from. */
export function basePolicy(policies: readonly Policy[], alignment: Alignment): Policy | undefined {
  const path = alignment.documents.find((document) => document.key === alignment.base)?.path;
  return policies.find((policy) => policy.path === path) ?? policies[0];
}

/**
 * The one decision of a comparison's language (its labels, numbers and dates in the terminal, Markdown, HTML and PDF,
 * and on the report's comparison page): its base document's `lang`, the default when there is none.
 */
export function comparisonLanguage(policies: readonly Policy[], alignment: Alignment): string {
  return basePolicy(policies, alignment)?.meta.lang || DEFAULT_DOCUMENT_LANGUAGE;
}
