// renderBoardPack: a version diff → the PDF a school board receives to approve a revision. A pure function of its
// input (no clock, no files), built from the engine's parts (src/render/engine): the report frame it shares with the
// comparison (src/render/engine/report.ts: document, tagging, page frame, running header and footer, bookmarks),
// line breaking, tables; and the shared theme.
//
// Page 1 is the summary; then a card per change in the new version's reading order; then, for a returned Word
// document, its proposals and comments by clause; then the approval block with rows to sign. Header and footer
// ("Pagina X van Y") are drawn last, on every page, when the count is known.
import type { PlacedHeading } from '../engine/outline.js';
import { reportPdfOptions, type PdfInput } from '../engine/input.js';
import { openReport, reportTexts } from '../engine/report.js';
import { createTheme } from '../shared/theme.js';
import { versionsArrow } from '../shared/compared-versions.js';
import { drawApprovalBlock } from './approval.js';
import { drawChanges } from './cards.js';
import type { BoardPackInput } from './input.js';
import { redlineColours } from '../shared/redline.js';
import { drawSummary } from './summary.js';
import { drawWordNotes } from './word-notes.js';
import type { BoardContext } from './text.js';

export type { BoardPackInput, BoardPackOptions } from './input.js';
export type { BoardPackTexts } from '../shared/boardpack-texts.js';
export { redlineRuns, redlineColours, DELETED_RED } from '../shared/redline.js';

/** The approval block shares the last page of changes only when they fill less than this share of it. */
const SHARED_PAGE_SHARE = 0.3;

export async function renderBoardPack(input: BoardPackInput): Promise<Uint8Array> {
  const { diff, texts, policy } = input;
  const pdfTexts = reportTexts(texts);
  const shared: PdfInput = { policy, brand: input.brand, texts: pdfTexts, options: reportPdfOptions(input.options) };
  const report = openReport(shared, createTheme(input.brand), {
    Title: texts.documentTitle,
    Subject: `${texts.comparedTo} · ${texts.summary}`,
    Keywords: [policy.meta.id, policy.meta.org, versionsArrow(diff.old, diff.new)].filter(Boolean).join(', '),
  });
  const context: BoardContext = { ...report.flow, input, redline: redlineColours(input.brand.colours.primary) };
  const { frame } = context;

  frame.newPage();
  const headings: PlacedHeading[] = [drawSummary(context)];
  const changes = drawChanges(context);
  if (changes) {
    headings.push(changes);
    // The signatures get a page of their own, unless the changes ended near the top of one.
    if (frame.y - frame.top > (frame.bottom - frame.top) * SHARED_PAGE_SHARE) frame.newPage();
    else frame.space(24);
  }
  const notes = drawWordNotes(context);
  if (notes) {
    headings.push(notes);
    frame.newPage();
  }
  headings.push(drawApprovalBlock(context, pdfTexts));
  return report.finish(headings);
}
