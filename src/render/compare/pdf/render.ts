// renderComparePdf: an alignment of several organisations' policies → a landscape A4 report a school board can read.
// A pure function of its input (no clock, no files), built from the engine's parts (src/render/engine): document
// setup and metadata, page frame, tagging, running header and footer, bookmarks (the report frame it shares with the
// board pack, src/render/engine/report.ts), line breaking; and the word redline the board pack draws too
// (src/render/shared/redline.ts).
//
// Page 1: what was compared. Then the topics, the provision matrix (header row repeated on every page), the shared
// provisions' texts side by side, each organisation's own provisions and what each one lacks; each clause cited as the
// board pack cites it ("Artikel 2, onder f"). The documents' similarity figures (0..1) are in the JSON, not here: a board member reads
// words, not "0,19" (issue 69 item 5). Header and footer ("Pagina X van Y") are drawn last, on every page, when the
// count is known.
import type { DocumentInput } from '../../engine/document.js';
import type { PlacedHeading } from '../../engine/outline.js';
import { reportPdfOptions } from '../../engine/input.js';
import type { PdfTexts } from '../../shared/document-texts.js';
import { openReport, reportTexts } from '../../engine/report.js';
import { compareRedline, landscapeTheme, type CompareContext } from './context.js';
import type { ComparePdfInput } from './input.js';
import { drawMatrix } from './matrix.js';
import { drawMissing } from './missing.js';
import { drawLaw, drawTopics } from './topics.js';
import { drawOverview } from './overview.js';
import { drawOwnTexts, drawSharedTexts } from './texts.js';

function documentInput(input: ComparePdfInput, texts: PdfTexts): DocumentInput {
  const { alignment } = input;
  return {
    // A comparison is no one organisation's policy: it is identified by what it compares.
    policy: {
      meta: {
        id: 'compare',
        title: input.texts.title,
        organisation: '',
        org: alignment.base,
        version: '',
        status: 'approved',
      },
    },
    brand: input.brand,
    texts,
    options: reportPdfOptions(input.options),
  };
}

export async function renderComparePdf(input: ComparePdfInput): Promise<Uint8Array> {
  const { alignment, texts } = input;
  const pdfTexts = reportTexts(texts);
  const report = openReport(documentInput(input, pdfTexts), landscapeTheme(input.brand), {
    Title: texts.subject ? `${texts.title} — ${texts.subject}` : texts.title,
    Subject: texts.summary,
    Keywords: alignment.documents.map((document) => document.key).join(', '),
    Author: alignment.documents.map((document) => document.name || document.organisation || document.key).join(', '),
  });
  const context: CompareContext = { ...report.flow, input, redline: compareRedline(input.brand.colours.primary) };
  const { frame } = context;
  const { tagger } = report;

  frame.newPage();
  const headings: PlacedHeading[] = [drawOverview(context, tagger.root)];
  // Topics first: what a board asks ("which school has a rule about photos?"), with the provisions beneath.
  const topics = drawTopics(context, tagger.root);
  if (topics) headings.push(topics);
  const law = drawLaw(context, tagger.root);
  if (law) headings.push(law);
  frame.newPage();
  headings.push(drawMatrix(context, tagger.root));
  const shared = drawSharedTexts(context, tagger.root);
  if (shared) headings.push(shared);
  const own = drawOwnTexts(context, tagger.root);
  if (own) headings.push(own);
  headings.push(drawMissing(context, tagger.root));
  return report.finish(headings);
}
