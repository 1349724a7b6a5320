// renderDocx: a Policy, its brand and its wording → the bytes of a Word document (.docx). A pure function of its
// input like renderPdf: the same input gives the same bytes (src/render/docx/package.ts).
//
// Order as in the PDF: cover, table of contents (a TOC field Word fills in), body, footnotes, approvals, colophon;
// header and footer on every page after the cover.
import { Document, type ISectionOptions } from 'docx';
import { allClauses, allSections } from '../../model/walk.js';
import { collectDefinitions, numberFootnotes, type InlineContext } from '../pdf/inline.js';
import type { BlockContext, WordBlock } from './blocks.js';
import { sectionBlocks, type BodyContext, type BodyHooks } from './body.js';
import { approvalBlocks, colophonBlocks, contentsBlocks, coverBlocks, footnoteBlocks, furniture } from './frame.js';
import { PLAIN } from './inline.js';
import type { DocxInput } from './input.js';
import { ClauseNumbering } from './numbering.js';
import { packReproducibly } from './package.js';
import { documentStyles, wordColour } from './styles.js';

export type { DocxInput, DocxOptions, DocxTexts } from './input.js';

/** What a caller can put before the body (a board pack's summary) and how it marks the body (tracked changes). */
export interface DocxExtras {
  beforeBody?: (context: BlockContext) => WordBlock[];
  hooks?: BodyHooks;
  /** Word shows the changes as tracked ("Track changes" is on when the document opens). */
  trackRevisions?: boolean;
}

export async function renderDocx(input: DocxInput, extras: DocxExtras = {}): Promise<Uint8Array> {
  const { policy, brand, texts, options } = input;
  const { meta } = policy;
  const { styles, theme } = documentStyles(brand, meta.lang);
  const footnotes = numberFootnotes(policy);
  const destinations = new Set(allSections(policy).map((section) => section.id));
  for (const { clause } of allClauses(policy)) destinations.add(clause.id);
  const inline: InlineContext = { footnotes, definitions: collectDefinitions(policy), destinations, covers: () => true };
  const blocks: BlockContext = {
    inline,
    style: { link: wordColour(theme.colours.accent), code: 'Courier New' },
    tableTint: wordColour(theme.colours.tint),
    tableRule: wordColour(theme.colours.rule),
    mark: PLAIN,
  };
  const numbering = new ClauseNumbering(brand.numbering.length > 0 ? brand.numbering : ['decimal']);
  const body: BodyContext = { blocks, numbering, hooks: extras.hooks ?? {} };

  const content: WordBlock[] = [...contentsBlocks(texts), ...(extras.beforeBody?.(blocks) ?? [])];
  content.push(...sectionBlocks(body, policy.preamble, 0));
  for (const section of policy.sections) content.push(...sectionBlocks(body, section, 1));
  content.push(...footnoteBlocks(blocks, policy, footnotes, texts), ...approvalBlocks(blocks, policy, texts), ...colophonBlocks(texts));

  const page = { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1640, right: 1400, header: 709, footer: 709 } };
  const sections: ISectionOptions[] = [
    { properties: { page }, children: coverBlocks(policy, texts) },
    { properties: { page }, ...furniture(texts, brand.footer), children: content },
  ];
  const document = new Document({
    title: meta.title,
    subject: meta.organisation,
    creator: meta.organisation,
    lastModifiedBy: options.producer,
    description: texts.coverLines.join(' · '),
    keywords: meta.id,
    customProperties: [
      { name: 'Organisation', value: meta.organisation },
      { name: 'Version', value: meta.version },
      { name: 'Language', value: meta.lang },
      { name: 'Status', value: meta.status },
      { name: 'PolicyId', value: meta.id },
    ],
    styles,
    numbering: numbering.options(),
    features: { updateFields: true, ...(extras.trackRevisions ? { trackRevisions: true } : {}) },
    sections,
  });
  return packReproducibly(document, options.creationDate);
}
