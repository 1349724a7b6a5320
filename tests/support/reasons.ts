// Diff reasons as text, for assertions: worded by the one function every output uses (src/wording/reasons.ts),
// with clausemark's own English or Dutch label file.
import type { Reason } from '../../src/diff/types.js';
import { loadLabels } from '../../src/wording/labels.js';
import { wordReason } from '../../src/wording/reasons.js';
import { PROJECT_ROOT } from './paths.js';

/** One reason in a language's wording: "obligation mag → moet" (en), "verplichting mag → moet" (nl). */
export function reasonText(reason: Reason, lang = 'en'): string {
  return wordReason(reason, loadLabels(lang, { root: PROJECT_ROOT }));
}

/** A change's reasons in a language's wording. */
export function reasonTexts(reasons: readonly Reason[], lang = 'en'): string[] {
  return reasons.map((reason) => reasonText(reason, lang));
}
