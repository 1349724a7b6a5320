// renderDocx: a Policy, its brand and its wording → the bytes of a Word document (.docx). A pure function of its
// input like renderPdf: the same input gives the same bytes (src/render/docx/package.ts).
//
// Order as in the PDF: cover, table of contents (a TOC field: its entries carry the PDF's page numbers when the
// caller gives them, and Word updates it), body, footnotes, approvals, colophon;
// header and footer on every page after the cover.
import { Document, PageBreak, Paragraph, type ISectionOptions } from 'docx';
import type { PolicyDiff } from '../../diff/types.js';
import type { Policy } from '../../model/policy.js';
import type { BoardPackTexts } from '../shared/boardpack-texts.js';
import { createTheme } from '../shared/theme.js';
import { summaryBlocks } from './summary.js';
import { trackedHooks } from './tracked.js';
import { allClauses, allSections } from '../../model/walk.js';
import { collectDefinitions, numberFootnotes, type InlineContext } from '../shared/inline.js';
import type { BlockContext, WordBlock } from './blocks.js';
import { sectionBlocks, type BodyContext, type BodyHooks } from './body.js';
import { approvalBlocks, colophonBlocks, contentsBlocks, coverBlocks, footnoteBlocks, furniture } from './frame.js';
import { PLAIN, type Revision } from './inline.js';
import { contentsEntries } from '../shared/contents.js';
import type { DocxInput } from './input.js';
import { ClauseNumbering } from './numbering.js';
import { brandMeasure } from './measure.js';
import { packReproducibly } from './package.js';
import { addSourcePart, sourceProperties } from './source.js';
import { documentStyles, wordColour } from './styles.js';

export type { DocxInput, DocxOptions, DocxTexts } from './input.js';

/** What a caller can put before the body (a board pack's summary) and how it marks the body (tracked changes). */
export interface DocxExtras {
  beforeBody?: (context: BlockContext) => WordBlock[];
  hooks?: BodyHooks;
  /** Word shows the changes as tracked ("Track changes" is on when the document opens). */
  trackRevisions?: boolean;
  /** Document title property, when it is not the policy's title (a revision's "… — wijzigingen 1.0 → 2.0"). */
  title?: string;
}

/** A4 width and the side margins, in twips; tables are as wide as the text between the margins. */
const PAGE_WIDTH = 11906;
const MARGIN_LEFT = 1640;
const MARGIN_RIGHT = 1400;
const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What every block is drawn with: the inline context (footnotes, link targets), the theme's colours, the measure. */
function blockContext(
  policy: DocxInput['policy'],
  brand: DocxInput['brand'],
  theme: ReturnType<typeof documentStyles>['theme'],
  footnotes: ReturnType<typeof numberFootnotes>,
): BlockContext {
  const destinations = new Set(allSections(policy).map((section) => section.id));
  for (const { clause } of allClauses(policy)) destinations.add(clause.id);
  const inline: InlineContext = {
    footnotes,
    definitions: collectDefinitions(policy),
    destinations,
    covers: () => true,
  };
  return {
    inline,
    style: { link: wordColour(theme.colours.accent), code: 'Courier New' },
    tableTint: wordColour(theme.colours.tint),
    tableRule: wordColour(theme.colours.rule),
    mark: PLAIN,
    measure: brandMeasure(brand),
    tableSize: theme.body.size,
    textWidth: TEXT_WIDTH,
  };
}

/**
 * The body after the cover: what the caller puts first (a board pack's summary), the contents, the preamble and the
 * sections, the footnotes, the approval table and the colophon.
 */
function bodyContent(
  input: DocxInput,
  extras: DocxExtras,
  body: BodyContext,
  footnotes: ReturnType<typeof numberFootnotes>,
): WordBlock[] {
  const { policy, texts } = input;
  const { blocks } = body;
  const entries = contentsEntries(policy, texts, footnotes.size > 0);
  const content: WordBlock[] = [
    ...(extras.beforeBody?.(blocks) ?? []),
    ...contentsBlocks(texts, entries, TEXT_WIDTH, input.headingPages),
  ];
  content.push(...sectionBlocks(body, policy.preamble, 0));
  for (const section of policy.sections) content.push(...sectionBlocks(body, section, 1));
  content.push(
    ...footnoteBlocks(blocks, policy, footnotes, texts),
    ...approvalBlocks(blocks, policy, texts),
    ...colophonBlocks(texts),
  );
  return content;
}

export async function renderDocx(input: DocxInput, extras: DocxExtras = {}): Promise<Uint8Array> {
  const { policy, brand, texts, options } = input;
  const { meta } = policy;
  const { styles, theme, fonts } = documentStyles(brand, meta.lang);
  const footnotes = numberFootnotes(policy);
  const blocks = blockContext(policy, brand, theme, footnotes);
  const numbering = new ClauseNumbering(brand.numbering.length > 0 ? brand.numbering : ['decimal']);
  const body: BodyContext = { blocks, numbering, hooks: extras.hooks ?? {}, bookmarked: new Set() };
  const content = bodyContent(input, extras, body, footnotes);

  const page = {
    size: { width: PAGE_WIDTH, height: 16838 },
    margin: { top: 1418, bottom: 1418, left: MARGIN_LEFT, right: MARGIN_RIGHT, header: 709, footer: 709 },
  };
  const sections: ISectionOptions[] = [
    { properties: { page }, children: coverBlocks(policy, texts) },
    { properties: { page }, ...furniture(texts, brand.footer), children: content },
  ];
  const document = new Document({
    title: extras.title ?? meta.title,
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
      ...sourceProperties(policy),
    ],
    styles,
    // The brand's four faces, whole (fontkit's subsets lack the tables a word processor needs), so a PC without the
    // brand font shows it as the PDF does.
    fonts: [
      {
        name: fonts.body,
        data: bufferOf(brand.fonts.regular),
        bold: bufferOf(brand.fonts.bold),
        italic: bufferOf(brand.fonts.italic),
        boldItalic: bufferOf(brand.fonts.boldItalic),
      },
    ],
    numbering: numbering.options(),
    // Hyphenated as the PDF is (Dutch hyphenation), so justified clauses have no wide gaps and the pages break
    // nearer to where the PDF's do, which the contents' page numbers come from.
    hyphenation: { autoHyphenation: true },
    features: { updateFields: true, ...(extras.trackRevisions ? { trackRevisions: true } : {}) },
    sections,
  });
  return packReproducibly(document, options.creationDate, undefined, (texts) => addSourcePart(texts, policy));
}

export interface RevisionDocxInput {
  diff: PolicyDiff;
  oldPolicy: Policy;
  /** The new version, as for renderDocx. */
  document: DocxInput;
  /** The board pack's wording (summary, kinds, reasons) in the new version's language. */
  boardTexts: BoardPackTexts;
  /** Author of every tracked change (--author, else "clausemark"). */
  author: string;
}

/**
 * The new version with every change as a Word tracked change (author `author`, dated the new version's date), the
 * board pack's summary first. Same input, same bytes.
 */
export function renderRevisionDocx(input: RevisionDocxInput): Promise<Uint8Array> {
  const { diff, oldPolicy, document, boardTexts, author } = input;
  let id = 0;
  const revision: Revision = {
    author,
    date: `${document.options.creationDate.toISOString().slice(0, 19)}Z`,
    next: () => ++id,
  };
  const accent = wordColour(createTheme(document.brand).colours.accent);
  return renderDocx(document, {
    title: boardTexts.documentTitle,
    trackRevisions: true,
    beforeBody: (context) => [
      ...summaryBlocks(context, diff, boardTexts),
      new Paragraph({ children: [new PageBreak()] }),
    ],
    hooks: trackedHooks(diff, oldPolicy, document.policy, { revision, style: { link: accent, code: 'Courier New' } }),
  });
}
