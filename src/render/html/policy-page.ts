// One policy as a web page: numbered sections and clauses, each clause addressable by its ID
// (…/social-media-1.0.html#up.belang), footnotes, the approval table and links to its PDF and version diffs.
import { adoptionOf, textApprovals } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import { printedLabel } from '../../model/numbering.js';
import type { Clause, Policy, Section } from '../../model/policy.js';
import { printedNumbers } from '../../model/printed-number.js';
import { allSections } from '../../model/walk.js';
import { renderTemplate } from '../../wording/engine.js';
import { adoptionNote, type GitEvidence } from '../../wording/adoption-note.js';
import { formatDate } from '../../text/format-date.js';
import { statusLabel, type Labels } from '../../wording/labels.js';
import { blocksToHtml, footnoteAnchor, inlineToHtml, type FootnoteNumbers } from './markdown.js';
import { renderPage, type PageFrame } from './page.js';
import { approvalLawNote } from '../shared/approval-rows.js';
import { procedureView } from './procedure-view.js';

export interface PolicyPageLinks {
  /** The policy's PDF, relative to the page; absent when it was not built. */
  pdf?: string;
  /** Version diffs that involve this policy. */
  diffs: { href: string; text: string }[];
  /** Logo, relative to the page. */
  logo?: string;
  /**
   * For an adoption without a hash: what git shows of the commit that wrote it down, that its words are these or
   * differ from them (src/procedure/adoption-git.ts gitEvidence); the page says so beside the status, as the PDF's
   * cover and the board pack do.
   */
  adoptionGit?: GitEvidence;
}

interface ClauseView {
  id: string;
  number: string;
  cite: string;
  html: string;
  children: ClauseView[];
}

interface SectionView {
  id: string;
  number: string;
  level: number;
  headingHtml: string;
  clauses: ClauseView[];
  sections: SectionView[];
}

/**
 * What the page prints beside a clause: the label the PDF and the Word document print when it is an item of a
 * numbered list ("1.", "b.", "a." where the source typed it: issue 69 item 4), a bullet for an item of a bulleted
 * one, and nothing for a paragraph, which the policy does not number (issue 43 item 5).
 */
function shownNumber(clause: Clause, orderedDepth: number): string {
  if (clause.list === 'ordered') return printedLabel(clause, orderedDepth);
  return clause.list === 'bullet' ? clause.label : '';
}

/** A page's clause numbers as its reader cites them (model/printed-number.ts): "2 1.", not the parse's "2.1". */
type Cited = ReadonlyMap<Clause, string>;

function clauseView(clause: Clause, notes: FootnoteNumbers, cited: Cited, orderedDepth = 0): ClauseView {
  const below = clause.list === 'ordered' ? orderedDepth + 1 : orderedDepth;
  return {
    id: clause.id,
    number: shownNumber(clause, orderedDepth),
    // What the link button names for a screen reader: the clause's full number, or its ID when it has none.
    cite: clause.list === 'ordered' ? (cited.get(clause) ?? clause.number) : clause.id,
    html: blocksToHtml(clause.content, notes),
    children: clause.children.map((child) => clauseView(child, notes, cited, below)),
  };
}

/** h2 for top-level sections, one level deeper per nesting, never past h6. */
function sectionView(section: Section, level: number, notes: FootnoteNumbers, cited: Cited): SectionView {
  return {
    id: section.id,
    number: section.number,
    level: Math.min(level, 6),
    headingHtml: inlineToHtml(section.heading, notes),
    clauses: section.clauses.map((clause) => clauseView(clause, notes, cited)),
    sections: section.sections.map((child) => sectionView(child, level + 1, notes, cited)),
  };
}

/** Footnote numbers in the order the notes are defined (as the PDF numbers them). */
function footnoteNumbers(policy: Policy): Map<string, number> {
  return new Map(Object.keys(policy.footnotes).map((identifier, index) => [identifier, index + 1]));
}

/** As of which date the law its steps and approvals cite was read: the PDF's line under the approval table. */
function lawAsOf(policy: Policy, labels: Labels): string {
  const lawAsOf = { label: labels.approvalLawAsOf, unverified: labels.compareLawUnverifiedText };
  return approvalLawNote(policy, { lang: policy.meta.lang, lawAsOf });
}

export function renderPolicyPage(policy: Policy, labels: Labels, links: PolicyPageLinks, frame: PageFrame): string {
  const { meta } = policy;
  const notes = footnoteNumbers(policy);
  const cited = printedNumbers(policy);
  const downloads = [
    ...(links.pdf ? [{ href: links.pdf, text: `${frame.words.pdf} (${labels.version} ${meta.version})` }] : []),
    ...links.diffs,
  ];
  const toc = allSections(policy)
    .filter((section) => section !== policy.preamble && section.title !== '')
    .map((section) => ({ id: section.id, number: section.number, title: section.title }));
  const body = renderTemplate(
    'html/policy',
    {
      words: frame.words,
      labels,
      logo: links.logo ?? null,
      policy: {
        title: meta.title,
        organisation: meta.organisation,
        version: meta.version,
        // The effective status: a text changed after its recorded approval is not shown as adopted.
        status: adoptionOf(policy, todayIso()).status,
        statusLabel: statusLabel(labels, adoptionOf(policy, todayIso()).status),
        effective: meta.effective
          ? (formatDate(meta.effective, meta.lang) ?? meta.effective)
          : frame.words.effectiveUnknown,
        supersedes: meta.supersedes ?? null,
        adoptionNote: adoptionNote(policy, labels, todayIso(), links.adoptionGit),
      },
      downloads,
      procedure: procedureView(policy, frame.words),
      lawAsOf: lawAsOf(policy, labels),
      toc,
      preamble: policy.preamble.clauses.map((clause) => clauseView(clause, notes, cited)),
      sections: policy.sections.map((section) => sectionView(section, 2, notes, cited)),
      footnotes: Object.entries(policy.footnotes).map(([identifier, note]) => ({
        anchor: footnoteAnchor(identifier),
        html: blocksToHtml(note.children, notes),
      })),
      // A step asked and not yet answered (no decision date) is no approval: it is not listed; nor is one given for
      // the words before a change (model/adoption.ts, textApprovals).
      approvals: textApprovals(policy).indexes.flatMap((index) => {
        const approval = meta.approvals[index]!;
        return approval.date === ''
          ? []
          : [
              {
                when: formatDate(approval.date, meta.lang) ?? approval.date,
                name: approval.name,
                role: approval.role,
                step: policy.procedure?.labels[index] ?? approval.step ?? '',
              },
            ];
      }),
    },
    { root: frame.root },
  );
  return renderPage(frame, { title: `${meta.title} — ${meta.organisation}`, lang: meta.lang, body });
}
