// renderBoardPack: a version diff → the PDF a school board receives to approve a revision. A pure function of its
// input (no clock, no files), built from the policy renderer's parts: document setup and metadata, theme, line
// breaking, page frame, tagging, tables, running header and footer, bookmarks.
//
// Page 1 is the summary; then a card per change in the new version's reading order; then the approval block with
// rows to sign. Header and footer ("Pagina X van Y") are drawn last, on every page, when the count is known.
import { createDocument, noteLayoutCacheSizes } from '../pdf/document.js';
import type { PlacedHeading } from '../pdf/flow.js';
import { Frame } from '../pdf/frame.js';
import { drawHeaderFooter } from '../pdf/furniture.js';
import { reportPdfOptions, type PdfInput, type PdfTexts } from '../pdf/input.js';
import { buildOutline } from '../pdf/outline.js';
import { createMeasure, type Painter } from '../pdf/paint.js';
import { Tagger } from '../pdf/tagging.js';
import { createTheme } from '../pdf/theme.js';
import { drawApprovalBlock } from './approval.js';
import { drawChanges } from './cards.js';
import type { BoardPackInput } from './input.js';
import { redlineColours } from './redline.js';
import { drawSummary } from './summary.js';
import type { BoardContext } from './text.js';

export type { BoardPackInput, BoardPackOptions, BoardPackTexts } from './input.js';
export { redlineRuns, redlineColours, DELETED_RED } from './redline.js';

/** The approval block shares the last page of changes only when they fill less than this share of it. */
const SHARED_PAGE_SHARE = 0.3;

/** The wording the shared modules (header/footer, approval table, document info) expect. */
function sharedTexts(input: BoardPackInput): PdfTexts {
  const { texts } = input;
  return {
    lang: texts.lang,
    coverLines: [],
    colophon: '',
    contents: '',
    approvals: texts.approvals,
    columns: texts.columns,
    pendingApproval: texts.pendingApproval,
    page: texts.page,
    header: texts.header,
    footnotes: '',
  };
}

function sharedInput(input: BoardPackInput, texts: PdfTexts): PdfInput {
  return { policy: input.policy, brand: input.brand, texts, options: reportPdfOptions(input.options) };
}

export async function renderBoardPack(input: BoardPackInput): Promise<Uint8Array> {
  const { diff, texts, policy } = input;
  const theme = createTheme(input.brand);
  const pdfTexts = sharedTexts(input);
  const shared = sharedInput(input, pdfTexts);
  const { doc, fonts, bytes } = createDocument(shared, theme, {
    Title: texts.documentTitle,
    Subject: `${texts.comparedTo} · ${texts.summary}`,
    Keywords: [policy.meta.id, policy.meta.org, `${diff.old.version} → ${diff.new.version}`].filter(Boolean).join(', '),
  });
  const tagger = new Tagger(doc);
  const painter: Painter = { doc, fonts, theme, tagger, measure: createMeasure(fonts) };
  const frame = new Frame(doc, theme, tagger, () => undefined);
  const context: BoardContext = {
    painter,
    frame,
    inline: {
      footnotes: new Map(),
      definitions: new Map(),
      destinations: new Set(),
      covers: (code) => fonts.covers(code),
    },
    lang: texts.lang,
    layouts: new WeakMap(),
    input,
    redline: redlineColours(input.brand.colours.primary),
  };

  frame.newPage();
  const headings: PlacedHeading[] = [drawSummary(context)];
  const changes = drawChanges(context);
  if (changes) {
    headings.push(changes);
    // The signatures get a page of their own, unless the changes ended near the top of one.
    if (frame.y - frame.top > (frame.bottom - frame.top) * SHARED_PAGE_SHARE) frame.newPage();
    else frame.space(24);
  }
  headings.push(drawApprovalBlock(context, pdfTexts));
  tagger.end();

  const range = doc.bufferedPageRange();
  drawHeaderFooter(painter, shared, range.count, range.start, 0);
  buildOutline(doc, headings);
  doc.end();
  const pdf = await bytes;
  noteLayoutCacheSizes(fonts);
  return pdf;
}
