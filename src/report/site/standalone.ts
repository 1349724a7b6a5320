// `compare --format html`: the comparison page of the report as a file of its own (no overview to link back to;
// fonts fall back to the system's when the page is not inside a report folder).
import { basePolicy } from '../../compare/index.js';
import type { Alignment } from '../../compare/read/types.js';
import type { Policy } from '../../model/policy.js';
import { renderComparePage } from '../../render/html/compare-page.js';
import type { PageFrame } from '../../render/html/page.js';
import { loadLabels } from '../../wording/labels.js';
import { loadSiteWords } from '../../wording/site-words.js';
import { loadSiteAssets } from './assets.js';
import { DEFAULT_DOCUMENT_LANGUAGE } from '../../text/output-language.js';

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

export function renderComparisonHtml(policies: readonly Policy[], alignment: Alignment, root: string): string {
  const base = basePolicy(policies, alignment);
  const lang = base?.meta.lang ?? DEFAULT_DOCUMENT_LANGUAGE;
  const frame = standaloneFrame(root, lang);
  return renderComparePage(alignment, loadLabels(lang, { root }), lang, frame);
}
