// A planned page of the HTML report rendered: its inputs through the renderer of its kind into the report's frame
// (src/render/html/page.ts, templates/layouts/html/layout.hbs) inside the one page shell of every HTML page
// (src/render/shared/html-page.ts). Pure: the same page gives the same HTML, which is what lets the write step trust
// the page's hash (write.ts).
import { renderComparePage } from '../../render/html/compare-page.js';
import { renderReviewPage } from '../../render/html/review-page.js';
import { renderIndexPage } from '../../render/html/index-page.js';
import { renderOverviewPage } from '../../render/html/overview-page.js';
import { renderPage, type PageFrame } from '../../render/html/page.js';
import { renderPolicyPage } from '../../render/html/policy-page.js';
import { renderHtmlParts as diffParts } from '../../render/diff/html.js';
import { prepareReport } from '../../render/diff/report.js';
import { citedReport } from '../documents/printed-diff.js';
import { renderHtmlParts as deviationParts } from '../../render/deviations/html.js';
import { deviationRegister } from '../../template/deviations.js';
import type { PageInputs, SitePage } from './plan.js';

/**
 * The version diff and the deviation register are also files of their own (`diff --format html`, `deviations
 * --format html`) with a stylesheet of their own. Inside the report they keep it, and the report's typeface (and,
 * for the diff, whose own page frame sits inside the report's, the report's page width) wins over theirs.
 */
const IN_REPORT = {
  diff: 'body { font-family: "Source Sans 3", system-ui, sans-serif; } .page { padding: 0; max-width: none; }',
  deviations: 'body { font-family: "Source Sans 3", system-ui, sans-serif; }',
} as const;

export function renderSitePage(page: SitePage): string {
  switch (page.kind) {
    case 'policy':
      return renderPolicyPage(page.inputs.policy, page.inputs.labels, page.inputs.links, page.frame);
    case 'diff':
      return renderDiffPage(page.inputs, page.frame);
    case 'deviations':
      return renderDeviationsPage(page.inputs, page.frame);
    case 'compare':
      return renderComparePage(
        page.inputs.alignment,
        page.inputs.labels,
        page.inputs.lang,
        page.frame,
        page.inputs.review,
      );
    case 'review':
      return renderReviewPage(
        page.inputs.alignment,
        page.inputs.labels,
        page.inputs.lang,
        page.frame,
        page.inputs.compareHref,
      );
    case 'index':
      return renderIndexPage(page.inputs.entries, page.inputs.reports, page.inputs.labels, page.frame);
    case 'overview':
      return renderOverviewPage(page.inputs.overviews, page.inputs, page.frame, page.inputs.served);
  }
}

function renderDiffPage({ revision, labels, house }: PageInputs['diff'], frame: PageFrame): string {
  const report = prepareReport(revision.diff(), { labels, lang: revision.new.meta.lang });
  // Each clause cited as the board pack cites it ("Artikel 2, onder f").
  const parts = diffParts(citedReport(report, revision.old, revision.new, house));
  return renderPage(
    { ...frame, extraCss: `${parts.style}\n${IN_REPORT.diff}` },
    // The diff report's header opens its page frame (a <div class="page">); the body closes it.
    { title: parts.title, lang: parts.lang, body: `${parts.header}<div class="report">${parts.content}</div></div>` },
  );
}

function renderDeviationsPage({ template, members }: PageInputs['deviations'], frame: PageFrame): string {
  const parts = deviationParts(deviationRegister(template, members));
  return renderPage(
    { ...frame, extraCss: `${parts.style}\n${IN_REPORT.deviations}` },
    { title: parts.title, lang: parts.lang, body: parts.content },
  );
}
