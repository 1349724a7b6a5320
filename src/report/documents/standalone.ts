// `compare --format html`: the comparison page of the report as a file of its own (no overview to link back to;
// fonts fall back to the system's when the page is not inside a report folder), and the frame of `build --at`'s page.
// Among the documents, not in the report's site (src/report/site/): the format table of compare
// (../formats/compare.ts) uses it, and the site comes after the format tables, so nothing of the site's is imported
// from below it.
import { comparisonLanguage } from '../../compare/read/base-policy.js';
import type { Alignment } from '../../compare/read/types.js';
import type { Policy } from '../../model/policy.js';
import { renderComparePage } from '../../render/html/compare-page.js';
import type { PageFrame } from '../../render/html/page.js';
import { loadLabels } from '../../wording/labels.js';
import { loadSiteWords } from '../../wording/site-words.js';
import { loadSiteAssets } from './site-assets.js';

/** The frame of a page written on its own, outside a report: no overview to link back to, the system's fonts. */
export function standaloneFrame(root: string, lang: string): PageFrame {
  return {
    root,
    assets: loadSiteAssets(root),
    words: loadSiteWords(lang, { root }),
    up: '',
    links: [],
    home: false,
    webFonts: false,
  };
}

/**
 * The comparison page on its own, in the comparison's language (decided by the caller when it has it already);
 * `served`, the workplace's download, which says to answer a question there instead of by a command.
 */
export function renderComparisonHtml(
  policies: readonly Policy[],
  alignment: Alignment,
  root: string,
  lang = comparisonLanguage(policies, alignment),
  served = false,
): string {
  const frame = standaloneFrame(root, lang);
  return renderComparePage(alignment, loadLabels(lang, { root }), lang, frame, undefined, served);
}
