// renderPdf: a Policy, its brand and its wording → the bytes of a branded, tagged PDF. A pure function of its
// input: no clock, no file access, no randomness, so the same input gives byte-identical output.
//
// Page order: cover, table of contents (pages reserved, filled in at the end), body, footnotes, approvals,
// colophon. Header and footer are drawn last, when the page count is known.
import { allClauses, allSections } from '../../model/walk.js';
import { drawCover } from './cover.js';
import { createDocument, noteLayoutCacheSizes } from '../engine/document.js';
import { contentsEntries, type HeadingPages } from '../shared/contents.js';
import { drawApprovals, drawColophon, drawFootnotes } from './endmatter.js';
import { drawSection, measureHeadingGutters, type BodyContext } from './flow.js';
import type { PlacedHeading } from '../engine/outline.js';
import { Frame } from '../engine/frame.js';
import { drawHeaderFooter, drawWatermark } from '../engine/furniture.js';
import type { PdfInput } from '../engine/input.js';
import { collectDefinitions, numberFootnotes, type InlineContext } from '../shared/inline.js';
import { buildOutline } from '../engine/outline.js';
import { createMeasure, type Painter } from '../engine/paint.js';
import { Tagger } from '../engine/tagging.js';
import { createTheme } from '../shared/theme.js';
import { drawToc, planToc } from './toc.js';
import { checkPdfUa } from '../engine/ua-check.js';
import { declarePdfUa } from '../engine/ua-declare.js';

export type { PdfInput, PdfOptions } from '../engine/input.js';
export type { PdfTexts } from '../shared/document-texts.js';

export async function renderPdf(input: PdfInput): Promise<Uint8Array> {
  return (await renderPdfLaidOut(input)).bytes;
}

/** The PDF and the page each heading starts on, so the Word output's contents can show the same page numbers. */
export interface LaidOutPdf {
  bytes: Uint8Array;
  headingPages: HeadingPages;
}

/**
 * The document with every page drawn but the furniture, and the page each heading starts on; with `layoutOnly` the
 * lines of text are set and placed but not drawn, and the cover is left empty (the pages are the same).
 */
function drawPages(input: PdfInput, layoutOnly = false) {
  const { policy, texts } = input;
  const theme = createTheme(input.brand);
  const { doc, fonts, bytes } = createDocument(input, theme);
  const tagger = new Tagger(doc);
  const painter: Painter = { doc, fonts, theme, tagger, measure: createMeasure(fonts), layoutOnly };
  const watermark = (): void => {
    if (texts.watermark) drawWatermark(painter, texts.watermark);
  };
  const frame = new Frame(doc, theme, tagger, watermark);

  // Cover.
  doc.addPage();
  watermark();
  // Always the first page alone: laying out its text moves no heading (~10 ms of a Word build's layout).
  if (!layoutOnly) drawCover(painter, input);

  const footnoteNumbers = numberFootnotes(policy);
  const context = bodyContext(input, painter, frame, footnoteNumbers);
  const geometry = { left: frame.left, top: frame.top, bottom: frame.bottom, width: frame.width };
  const toc = reserveToc(input, painter, frame, geometry, footnoteNumbers.size > 0);

  frame.newPage();
  const headings = drawBody(context, input, footnoteNumbers);
  tagger.end();
  return { doc, fonts, bytes, painter, geometry, toc, headings, pageOf: headingPageNumbers(headings) };
}

export async function renderPdfLaidOut(input: PdfInput): Promise<LaidOutPdf> {
  const { options } = input;
  const { doc, fonts, bytes, painter, geometry, toc, headings, pageOf } = drawPages(input);
  if (toc) drawToc(painter, toc.plan, geometry, toc.firstPage, (id) => pageOf.get(id));

  const range = doc.bufferedPageRange();
  drawHeaderFooter(painter, input, range.count, range.start);
  buildOutline(doc, headings);

  doc.end();
  const written = await bytes;
  noteLayoutCacheSizes(fonts);
  // The file claims PDF/UA-1 only when our machine checks of it pass.
  return { bytes: declarePdfUa(written, options.pdfa, checkPdfUa(written).length === 0), headingPages: pageOf };
}

/**
 * Only the page each heading starts on, as renderPdfLaidOut finds them, for a Word document built without its PDF:
 * the pages are laid out the same way, but the lines of text are not drawn, the cover, contents, header and footer not
 * at all, and no file is written (embedding the font subsets, compressing the pages and checking the file were most of the
 * PDF's share of it; drawing the text another tenth).
 */
export function headingPagesOf(input: PdfInput): HeadingPages {
  const { fonts, pageOf } = drawPages(input, true);
  noteLayoutCacheSizes(fonts);
  return pageOf;
}

/** What the body is drawn with: the inline context (footnotes, definitions, link targets), numbering, gutters. */
function bodyContext(
  input: PdfInput,
  painter: Painter,
  frame: Frame,
  footnoteNumbers: InlineContext['footnotes'],
): BodyContext {
  const { policy, texts, options } = input;
  const destinations = new Set(allSections(policy).map((section) => section.id));
  for (const { clause } of allClauses(policy)) destinations.add(clause.id);
  const inline: InlineContext = {
    footnotes: footnoteNumbers,
    definitions: collectDefinitions(policy),
    destinations,
    covers: (code) => painter.fonts.covers(code),
  };
  const context: BodyContext = {
    painter,
    frame,
    inline,
    lang: texts.lang,
    numbering: input.brand.numbering.length > 0 ? input.brand.numbering : ['decimal'],
    showIds: options.showIds,
    headingGutters: new Map(),
    layouts: new WeakMap(),
  };
  context.headingGutters = measureHeadingGutters(context, policy.sections);
  return context;
}

/** Table of contents: planned now and its pages reserved, drawn once the page numbers are known. */
function reserveToc(
  input: PdfInput,
  painter: Painter,
  frame: Frame,
  geometry: Parameters<typeof planToc>[1],
  hasFootnotes: boolean,
): { plan: ReturnType<typeof planToc>; firstPage: number } | undefined {
  const entries = contentsEntries(input.policy, input.texts, hasFootnotes);
  if (entries.length === 0) return undefined;
  frame.newPage();
  const firstPage = frame.pageIndex;
  const plan = planToc(painter, geometry, input.texts.contents, entries);
  for (let page = 1; page < plan.pages; page++) frame.newPage();
  return { plan, firstPage };
}

/** The body from its first page: preamble, sections, footnotes, approvals, colophon; returns the headings placed. */
function drawBody(context: BodyContext, input: PdfInput, footnoteNumbers: InlineContext['footnotes']): PlacedHeading[] {
  const { policy, texts } = input;
  const headings: PlacedHeading[] = [];
  drawSection(context, policy.preamble, 0, context.painter.tagger.root);
  for (const section of policy.sections) {
    const placed = drawSection(context, section, 1, context.painter.tagger.root);
    if (placed) headings.push(placed);
  }
  const footnotesHeading = drawFootnotes(context, policy, footnoteNumbers, texts.footnotes);
  if (footnotesHeading) headings.push(footnotesHeading);
  const approvalsHeading = drawApprovals(context, policy, texts);
  if (approvalsHeading) headings.push(approvalsHeading);
  drawColophon(context, texts.colophon);
  return headings;
}

/** The page (1-based) each heading, nested ones too, starts on. */
function headingPageNumbers(headings: readonly PlacedHeading[]): Map<string, number> {
  const pageOf = new Map<string, number>();
  const collect = (list: readonly PlacedHeading[]): void => {
    for (const heading of list) {
      pageOf.set(heading.id, heading.pageIndex + 1);
      collect(heading.children);
    }
  };
  collect(headings);
  return pageOf;
}
