// renderDocx: a Policy, its brand and its wording → the bytes of a Word document (.docx). A pure function of its
// input like renderPdf: the same input gives the same bytes (src/render/docx/package.ts).
//
// Order as in the PDF: cover, table of contents (a TOC field: its entries carry the PDF's page numbers when the
// caller gives them, and Word updates it), body, footnotes, approvals, colophon;
// header and footer on every page after the cover.
import { Document, type IPropertiesOptions, type ISectionOptions, type PageNumberEstimator } from 'docx';
import type { PolicyDiff } from '../../diff/types.js';
import type { Policy } from '../../model/policy.js';
import type { BoardPackTexts } from '../shared/boardpack-texts.js';
import { headingStyle, tint, type Theme } from '../shared/theme.js';
import { summaryBlocks } from './summary.js';
import { revisionContext, trackedHooks } from './tracked.js';
import { trackedFootnotes } from './tracked-notes.js';
import { allClauses, allSections } from '../../model/walk.js';
import { collectDefinitions, numberFootnotes, type InlineContext } from '../shared/inline.js';
import type { BlockContext, WordBlock } from './blocks.js';
import { sectionBlocks, type BodyContext, type BodyHooks } from './body.js';
import {
  approvalBlocks,
  colophonBlocks,
  contentsBlocks,
  coverBlocks,
  coverFurniture,
  footnoteBlocks,
  furniture,
  type ContentsStyle,
  type FootnoteHooks,
  type WatermarkStyle,
} from './frame.js';
import { PLAIN, type Revision } from './inline.js';
import { contentsEntries } from '../shared/contents.js';
import type { DocxInput } from './input.js';
import { ClauseNumbering } from './numbering.js';
import { advanceMeasure, brandMeasure, watermarkBox } from './measure.js';
import { packReproducibly } from './package.js';
import { addSourcePart, sourceProperties } from './source.js';
import { documentStyles, tocEntryStyle, wordColour } from './styles.js';
import { wordSymbols, type WordSymbols } from './symbols.js';
import { SYMBOL_FONT_FAMILY } from '../../brand/symbol-font.js';
import { symbolFontBytes } from '../../brand/symbol-font-file.js';

export type { DocxInput, DocxOptions, DocxTexts } from './input.js';

/** What a caller can put before the body (a board pack's summary) and how it marks the body (tracked changes). */
export interface DocxExtras {
  beforeBody?: (context: BlockContext) => WordBlock[];
  hooks?: BodyHooks;
  /** Word shows the changes as tracked ("Track changes" is on when the document opens). */
  trackRevisions?: boolean;
  /** Document title property, when it is not the policy's title (a revision's "… — wijzigingen 1.0 → 2.0"). */
  title?: string;
  /** How the footnotes are shown (a revision's changes to them). */
  footnotes?: FootnoteHooks;
  /** Clause text left-aligned, as the board pack sets a redline, instead of justified as the policy's PDF. */
  ragged?: boolean;
}

/** A4 width and the side margins, in twips; tables are as wide as the text between the margins. */
const PAGE_WIDTH = 11906;
const MARGIN_LEFT = 1640;
const MARGIN_RIGHT = 1400;
const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/**
 * docx's own page layout, as Word lays pages out (see renderDocx), loaded only for a document without the PDF's pages:
 * it is a large module, and a policy's Word build has the PDF's pages.
 */
async function estimatedPages(): Promise<PageNumberEstimator> {
  const { estimatePageNumbersWith } = await import('docx/layout');
  return estimatePageNumbersWith({ guess: true });
}

const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The brand's four faces, whole (fontkit's subsets lack the tables a word processor needs), so a PC without the
 * brand font shows it as the PDF does; and the symbol font where a run is set in it (symbols.ts), after them, so
 * that a document without one is as it was.
 */
function embeddedFonts(brand: DocxInput['brand'], body: string, symbols: boolean): IPropertiesOptions['fonts'] {
  const faces = {
    name: body,
    data: bufferOf(brand.fonts.regular),
    bold: bufferOf(brand.fonts.bold),
    italic: bufferOf(brand.fonts.italic),
    boldItalic: bufferOf(brand.fonts.boldItalic),
  };
  return symbols ? [faces, { name: SYMBOL_FONT_FAMILY, data: bufferOf(symbolFontBytes()) }] : [faces];
}

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
    style: { link: wordColour(theme.colours.accent), code: 'Courier New', symbols: wordSymbols(brand) },
    tableTint: wordColour(theme.colours.tint),
    tableRule: wordColour(theme.colours.rule),
    mark: PLAIN,
    measure: brandMeasure(brand),
    tableSize: theme.body.size,
    textWidth: TEXT_WIDTH,
    tablePad: { x: theme.table.padX, y: theme.table.padY },
    // As src/render/pdf/flow.ts spaces a clause's blocks.
    blockGap: theme.body.paragraphGap * 0.6,
  };
}

/** The policy text: the preamble and the sections, the footnotes, the approval table and the colophon. */
function bodyContent(
  input: DocxInput,
  extras: DocxExtras,
  body: BodyContext,
  footnotes: ReturnType<typeof numberFootnotes>,
): WordBlock[] {
  const { policy, texts } = input;
  const { blocks } = body;
  const content: WordBlock[] = [...sectionBlocks(body, policy.preamble, 0)];
  for (const section of policy.sections) content.push(...sectionBlocks(body, section, 1));
  content.push(
    ...footnoteBlocks(blocks, policy, footnotes, texts, extras.footnotes),
    ...approvalBlocks(blocks, policy, texts),
    ...colophonBlocks(texts, blocks.style.symbols),
  );
  return content;
}

/** A4 and the PDF's margins (src/render/shared/theme.ts), the header and footer where the PDF draws them. */
const PAGE = {
  size: { width: PAGE_WIDTH, height: 16838 },
  margin: { top: 1560, bottom: 1480, left: MARGIN_LEFT, right: MARGIN_RIGHT, header: 760, footer: 660 },
};

/** The draft's watermark, as the PDF draws it, or none for an adopted policy. */
function watermarkStyle(input: DocxInput, theme: Theme, font: string): WatermarkStyle | undefined {
  const text = input.texts.watermark;
  if (!text) return undefined;
  const { width, height } = theme.page;
  return {
    text,
    font,
    colour: wordColour(tint(theme.colours.muted, 0.87)),
    box: watermarkBox(input.brand, text, { width, height }),
  };
}

/** The contents set as the PDF sets them (src/render/pdf/toc.ts). */
function contentsStyle(brand: DocxInput['brand'], theme: Theme, symbols: WordSymbols | undefined): ContentsStyle {
  return {
    ...(symbols ? { symbols } : {}),
    textWidth: TEXT_WIDTH,
    measure: advanceMeasure(brand),
    size: (level) => tocEntryStyle(theme, level).size,
    primary: wordColour(theme.colours.primary),
  };
}

/**
 * The document's sections, each starting a page: the cover, what the caller puts first (a board pack's summary), the
 * contents, and the body; all but the cover with the running header and footer, every one with a draft's watermark.
 */
function documentSections(
  input: DocxInput,
  extras: DocxExtras,
  body: BodyContext,
  theme: Theme,
  footnotes: ReturnType<typeof numberFootnotes>,
  watermark: WatermarkStyle | undefined,
): ISectionOptions[] {
  const { policy, texts, brand } = input;
  const entries = contentsEntries(policy, texts, footnotes.size > 0);
  const properties = { page: PAGE };
  const running = (): ReturnType<typeof furniture> =>
    furniture(texts, brand.footer, {
      rule: body.blocks.tableRule,
      textWidth: TEXT_WIDTH,
      ...(watermark ? { watermark } : {}),
      ...(body.blocks.style.symbols ? { symbols: body.blocks.style.symbols } : {}),
    });
  const before = extras.beforeBody?.(body.blocks) ?? [];
  return [
    { properties, ...coverFurniture(watermark), children: coverBlocks(policy, texts, body.blocks.style.symbols) },
    ...(before.length > 0 ? [{ properties, ...running(), children: before }] : []),
    {
      properties,
      ...running(),
      children: contentsBlocks(
        texts,
        entries,
        contentsStyle(brand, theme, body.blocks.style.symbols),
        input.headingPages,
      ),
    },
    { properties, ...running(), children: bodyContent(input, extras, body, footnotes) },
  ];
}

export async function renderDocx(input: DocxInput, extras: DocxExtras = {}): Promise<Uint8Array> {
  const { policy, brand, options } = input;
  const { meta } = policy;
  const { styles, theme, fonts } = documentStyles(brand, meta.lang, extras.ragged);
  const footnotes = numberFootnotes(policy);
  const blocks = blockContext(policy, brand, theme, footnotes);
  const numbering = new ClauseNumbering(brand.numbering.length > 0 ? brand.numbering : ['decimal']);
  const body: BodyContext = {
    blocks,
    numbering,
    hooks: extras.hooks ?? {},
    bookmarked: new Set(),
    pageTop: true,
    groupGap: theme.body.paragraphGap,
    headingSpace: (level) => headingStyle(theme, level),
  };
  const watermark = watermarkStyle(input, theme, fonts.body);
  const sections = documentSections(input, extras, body, theme, footnotes, watermark);
  const document = new Document({
    title: extras.title ?? meta.title,
    subject: meta.organisation,
    creator: meta.organisation,
    lastModifiedBy: options.producer,
    description: input.texts.coverLines.join(' · '),
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
    fonts: embeddedFonts(brand, fonts.body, blocks.style.symbols?.used === true),
    numbering: numbering.options(),
    // Hyphenated as the PDF is (Dutch hyphenation), so justified clauses have no wide gaps and the pages break
    // nearer to where the PDF's do, which the contents' page numbers come from.
    hyphenation: { autoHyphenation: true },
    features: { updateFields: true, ...(extras.trackRevisions ? { trackRevisions: true } : {}) },
    sections,
    // Without the PDF's pages (a revision, whose pages no PDF has) the contents' page numbers are worked out by
    // laying the pages out as Word does (docx/layout), past what it cannot lay out exactly (hyphenation) with its
    // best guess: a number, which Word updates on opening, rather than an empty column in LibreOffice.
    ...(input.headingPages ? {} : { pageNumbers: await estimatedPages() }),
  });
  const sourcePart = (texts: Map<string, string>) => addSourcePart(texts, policy);
  return packReproducibly(document, options.creationDate, undefined, sourcePart, options.preparedFontStream);
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
  const context = revisionContext(oldPolicy, document.policy, revision);
  return renderDocx(document, {
    title: boardTexts.documentTitle,
    trackRevisions: true,
    ragged: true,
    beforeBody: (blocks) => summaryBlocks(blocks, diff, boardTexts),
    hooks: trackedHooks(diff, oldPolicy, document.policy, context),
    footnotes: trackedFootnotes(context, oldPolicy, document.policy),
  });
}
