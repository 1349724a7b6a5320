// out/index.html: every policy in the corpus in one table (organisation, title, version, status, effective date,
// number of clauses, approvals) with links to its page, its PDF and its version diffs, a filter box, and the
// corpus-wide reports (comparison, deviation registers).
import { fillLabel, type Labels } from '../../wording/labels.js';
import { renderTemplate } from '../../wording/engine.js';
import { renderPage, type PageFrame } from './page.js';

export interface IndexEntry {
  organisation: string;
  title: string;
  version: string;
  status: string;
  statusLabel: string;
  /** Overdue items, worded (src/render/html/procedure-view.ts): shown as badges beside the status. */
  alerts: string[];
  /** Beside the status, for an adoption written by hand: as the policy's page says it (src/wording/adoption-note.ts). */
  adoptionNote?: string;
  /** Already formatted for reading, or the "not stated" word. */
  effective: string;
  /** Its articles: the numbered top-level sections, or the top-level clauses of a policy without sections. */
  articles: number;
  /** e.g. "2 (10 september 2013)", or the "not yet approved" word. */
  approvals: string;
  /** Links relative to out/. */
  page: string;
  pdf?: string;
  diffs: { href: string; text: string }[];
}

export interface IndexReport {
  href: string;
  text: string;
  /** A line under the link (the documents of a comparison); none for a page that needs no explanation. */
  about?: string;
}

export function renderIndexPage(
  entries: readonly IndexEntry[],
  reports: readonly IndexReport[],
  labels: Labels,
  frame: PageFrame,
): string {
  const policies = entries.map((entry) => ({
    ...entry,
    pdf: entry.pdf ?? null,
    // What the filter box matches against: everything a reader might type, lower-cased once here.
    search: [entry.organisation, entry.title, entry.version, entry.statusLabel, entry.effective]
      .join(' ')
      .toLocaleLowerCase('nl'),
  }));
  const organisations = new Set(entries.map((entry) => entry.organisation)).size;
  const summary = fillLabel(frame.words.corpusSummary, { policies: entries.length, organisations });
  const body = renderTemplate(
    'html/index',
    {
      words: frame.words,
      labels,
      summary,
      policies,
      reports,
    },
    { root: frame.root },
  );
  return renderPage(frame, { title: frame.words.siteTitle, lang: labels.lang, body });
}
