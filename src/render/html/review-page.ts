// The review page of a comparison (compare/<kind>-review.html; under `clausemark serve` its buttons record the
// answers): the open questions as src/render/shared/compare/review-items.ts groups them, each with the texts it asks
// about quoted and the organisations named, so a person can settle a comparison in one sitting without looking anything
// up. The buttons carry what `clausemark confirm` takes (data attributes), and the comparison page keeps the commands
// for those who work in a terminal. Its introduction says where answers go in both wordings (src/text/served-words.ts):
// opened from disk, alignments.yaml and the command; served beside the workplace, neither.
import type { Alignment } from '../../compare/read/types.js';
import { eitherHtml } from '../../text/served-words.js';
import { renderTemplate } from '../../wording/engine.js';
import { escapeHtml } from '../shared/html-escape.js';
import { fillLabel, type Labels } from '../../wording/labels.js';
import { reviewGroups } from '../shared/compare/review-items.js';
import { renderPage, type PageFrame } from './page.js';

export { REVIEW_PER_TOPIC, reviewCount, reviewGroups } from '../shared/compare/review-items.js';

/** The review page; `lang` is the base document's language. */
export function renderReviewPage(
  alignment: Alignment,
  labels: Labels,
  lang: string,
  frame: PageFrame,
  compareHref: string,
): string {
  const groups = reviewGroups(alignment, labels);
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  const body = renderTemplate(
    'html/review',
    {
      labels,
      intro: eitherHtml(escapeHtml(labels.reviewIntro), escapeHtml(labels.reviewIntroServed)),
      groups,
      compareHref,
      count: fillLabel(labels.reviewCount, { count }),
    },
    { root: frame.root },
  );
  const names = alignment.documents.map((document) => document.name || document.key).join(', ');
  return renderPage(frame, { title: `${labels.reviewTitle}: ${names}`, lang, body });
}
