// A policy's row in the report's overview (out/index.html): its facts worded in the overview's language, and the
// links to its page, PDF, version diffs and comparison the plan worked out (plan.ts).
import { adoptionOf, adopts, textApprovals } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import type { Policy } from '../../model/policy.js';
import { namesArticle } from '../../model/typed-number.js';
import { allSections } from '../../model/walk.js';
import type { IndexEntry } from '../../render/html/index-page.js';
import { procedureView } from '../../render/html/procedure-view.js';
import { formatDate } from '../../text/format-date.js';
import { fillLabel, type Labels, statusLabel } from '../../wording/labels.js';
import type { SiteWords } from '../../wording/site-words.js';
import { adoptionNote, type GitEvidence } from '../../wording/adoption-note.js';

/**
 * How many articles the overview's column counts: a board member reads "Artikelen 8" of an 8-article protocol, not
 * its 27 clauses. The headings typed as articles ("Artikel 3 Termijn"), at any level, chapters between them not
 * counted; else the numbered top-level sections; a policy without any counts its top-level clauses.
 */
export function articleCount(policy: Policy): number {
  const typedArticles = allSections(policy).filter((section) => section.typed && namesArticle(section.typed)).length;
  if (typedArticles > 0) return typedArticles;
  // A heading that types another number ("§ 2", "4.") gets none of clausemark's: it counts all the same.
  const numbered = policy.sections.filter(
    (section) => (section.number !== '' || section.typed !== undefined) && !section.unnumbered,
  ).length;
  return numbered > 0 ? numbered : policy.preamble.clauses.length;
}

/**
 * The overview's "Vaststelling" cell: the day this text was adopted and how many steps were given for it (advice,
 * consent and the adoption; the approvals that cover this text, a step only asked not counted), else not adopted. An
 * approval given for other words counts for none, as the policy's page says.
 */
function adoptionCell(policy: Policy, words: SiteWords, lang: string): string {
  const given = textApprovals(policy)
    .indexes.map((index) => policy.meta.approvals[index]!)
    .filter((approval) => approval.date);
  const adoption = given.filter(adopts).at(-1);
  // Marked adopted (or withdrawn since), its text the one adopted, no required step missing: as every output shows it.
  const status = adoptionOf(policy, todayIso()).status;
  if (!adoption || (status !== 'approved' && status !== 'retired')) return words.notApproved;
  const date = formatDate(adoption.date, lang) ?? adoption.date;
  return given.length === 1
    ? fillLabel(words.approvedOnOne, { date })
    : fillLabel(words.approvedOn, { count: given.length, date });
}

/**
 * The row of `policy`. `adoptionGit`: for an adoption written by hand, what git shows of its words (plan.ts read it
 * for the policy's page), said beside the status as the page says it.
 */
export function indexEntry(
  policy: Policy,
  wording: { words: SiteWords; labels: Labels; lang: string },
  links: Pick<IndexEntry, 'page' | 'pdf' | 'diffs'>,
  adoptionGit?: GitEvidence,
): IndexEntry {
  const { meta } = policy;
  const { words, labels, lang } = wording;
  const note = adoptionNote(policy, labels, todayIso(), adoptionGit, lang);
  return {
    organisation: meta.organisation,
    title: meta.title,
    version: meta.version,
    status: adoptionOf(policy, todayIso()).status,
    statusLabel: statusLabel(labels, adoptionOf(policy, todayIso()).status),
    alerts: procedureView(policy, words)?.alerts ?? [],
    ...(note ? { adoptionNote: note } : {}),
    effective: meta.effective ? (formatDate(meta.effective, lang) ?? meta.effective) : words.effectiveUnknown,
    articles: articleCount(policy),
    approvals: adoptionCell(policy, words, lang),
    ...links,
  };
}

/** By organisation, title and version, as a reader looks them up. */
export function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  return entries.sort(
    (a, b) =>
      a.organisation.localeCompare(b.organisation, 'nl') ||
      a.title.localeCompare(b.title, 'nl') ||
      a.version.localeCompare(b.version, 'nl', { numeric: true }),
  );
}
