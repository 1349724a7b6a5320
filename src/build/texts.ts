// All wording around a policy's own text, in the policy's language, from the Handlebars templates and label files
// in templates/ (so an organisation changes wording without touching code).
import { isAdopted } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import type { DocxTexts } from '../render/docx/input.js';
import type { PdfTexts } from '../render/shared/document-texts.js';
import { templateContext } from '../wording/context.js';
import { renderTemplate, renderTemplateLines } from '../wording/engine.js';
import { fillLabel, loadLabels, type Labels } from '../wording/labels.js';
import type { GitEvidence } from '../wording/adoption-note.js';

export interface TextsOptions {
  root: string;
  sourceHash: string;
  toolVersion: string;
  /** YYYY-MM-DD the document was made up (src/io/reproducible.ts), or null when that is not known. */
  date: string | null;
  /** The day whose decisions count (YYYY-MM-DD): an adoption dated after it is not taken yet. */
  day: string;
  /**
   * What git shows of an adoption without a hash (src/procedure/adoption-git.ts gitEvidence): the words adopted, or
   * changed since. The cover and colophon say so beside the status.
   */
  adoptionGit?: GitEvidence;
}

export function pdfTexts(policy: Policy, options: TextsOptions): PdfTexts {
  const { meta } = policy;
  const labels = loadLabels(meta.lang, { root: options.root });
  const context = templateContext(policy, labels, {
    sourceSha256: options.sourceHash,
    toolVersion: options.toolVersion,
    date: options.date,
    day: options.day,
    ...(options.adoptionGit ? { adoptionGit: options.adoptionGit } : {}),
  });
  const templates = { root: options.root };
  const adoption = renderTemplate('pdf/adoption', context, templates).trim();
  const texts: PdfTexts = {
    lang: meta.lang,
    coverLines: renderTemplateLines('pdf/cover', context, templates),
    colophon: renderTemplateLines('pdf/colophon', context, templates).join('\n'),
    contents: labels.contents,
    ...approvalTableTexts(labels),
    page: (page, pages) => fillLabel(labels.page, { page, pages }),
    header: [meta.title, meta.version ? `${labels.version.toLowerCase()} ${meta.version}` : '']
      .filter(Boolean)
      .join(' · '),
    footnotes: labels.footnotes,
  };
  if (adoption) texts.adoption = adoption;
  // An approved policy whose text changed after its recorded approval, or whose adoption is dated after the day, is
  // not adopted: it gets the watermark too.
  if (!isAdopted(policy, options.day)) texts.watermark = labels.watermark;
  return texts;
}

/**
 * The PDF's wording, plus what Word fills in itself: the page label with its placeholders (PAGE/NUMPAGES fields).
 * Cover lines, adoption line and CONCEPT mark are pdfTexts' own, so whatever decides the PDF cover's adoption status
 * (the effective adoption state: a text changed after approval is not adopted) decides the Word cover's too.
 */
export function docxTexts(policy: Policy, options: TextsOptions): DocxTexts {
  const labels = loadLabels(policy.meta.lang, { root: options.root });
  return { ...pdfTexts(policy, options), pageLabel: labels.page, versionLabel: labels.version };
}

/**
 * The approval table's heading, columns and the name of a row still to sign: the same words in the policy PDF and
 * the board pack.
 */
export function approvalTableTexts(
  labels: Labels,
): Pick<PdfTexts, 'approvals' | 'columns' | 'pendingApproval'> & Required<Pick<PdfTexts, 'lawAsOf'>> {
  return {
    approvals: labels.approvals,
    columns: {
      date: labels.date,
      name: labels.name,
      role: labels.role,
      step: labels.step,
      signature: labels.signature,
    },
    pendingApproval: labels.pendingApproval,
    lawAsOf: { label: labels.approvalLawAsOf, unverified: labels.compareLawUnverifiedText },
  };
}
