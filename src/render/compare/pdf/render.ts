// renderComparePdf: an alignment of several organisations' policies → a landscape A4 report a school board can read.
// A pure function of its input (no clock, no files), built from the policy renderer's parts: document setup and
// metadata, line breaking, page frame, tagging, running header and footer, bookmarks; and the board pack's redline.
//
// Page 1: what was compared. Then the provision matrix (header row repeated on every page), the similarity heat
// map, the shared provisions' texts side by side, each organisation's own provisions and what each one lacks. Header and footer
// ("Pagina X van Y") are drawn last, on every page, when the count is known.
import { createDocument, noteLayoutCacheSizes, type DocumentInput } from '../../pdf/document.js';
import type { PlacedHeading } from '../../pdf/flow.js';
import { Frame } from '../../pdf/frame.js';
import { drawHeaderFooter } from '../../pdf/furniture.js';
import { reportPdfOptions, type PdfTexts } from '../../pdf/input.js';
import { buildOutline } from '../../pdf/outline.js';
import { createMeasure, type Painter } from '../../pdf/paint.js';
import { Tagger } from '../../pdf/tagging.js';
import { compareRedline, landscapeTheme, type CompareContext } from './context.js';
import type { ComparePdfInput } from './input.js';
import { drawMatrix } from './matrix.js';
import { drawMissing } from './missing.js';
import { drawOverview } from './overview.js';
import { drawSimilarity, similarityHeight } from './similarity.js';
import { drawOwnTexts, drawSharedTexts } from './texts.js';

/** The wording the shared modules (header/footer, document info) expect; the rest is not drawn here. */
function sharedTexts(input: ComparePdfInput): PdfTexts {
  const { texts } = input;
  return {
    lang: texts.lang,
    coverLines: [],
    colophon: '',
    contents: '',
    approvals: '',
    columns: { date: '', name: '', role: '', step: '', signature: '' },
    pendingApproval: '',
    page: texts.page,
    header: texts.header,
    footnotes: '',
  };
}

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
  const theme = landscapeTheme(input.brand);
  const pdfTexts = sharedTexts(input);
  const { doc, fonts, bytes } = createDocument(documentInput(input, pdfTexts), theme, {
    Title: texts.subject ? `${texts.title} — ${texts.subject}` : texts.title,
    Subject: texts.summary,
    Keywords: alignment.documents.map((document) => document.key).join(', '),
    Author: alignment.documents.map((document) => document.name || document.organisation || document.key).join(', '),
  });
  const tagger = new Tagger(doc);
  const painter: Painter = { doc, fonts, theme, tagger, measure: createMeasure(fonts) };
  const frame = new Frame(doc, theme, tagger, () => undefined);
  const context: CompareContext = {
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
    redline: compareRedline(input.brand.colours.primary),
  };

  frame.newPage();
  const headings: PlacedHeading[] = [drawOverview(context, tagger.root)];
  // A short overview leaves room for the similarity map: page 1 then sums the comparison up, and the matrix
  // starts on a page of its own. Otherwise the map follows the matrix.
  const firstPage = similarityHeight(context) + 18 <= frame.room;
  if (firstPage) {
    frame.space(18);
    headings.push(drawSimilarity(context, tagger.root));
  }
  frame.newPage();
  headings.push(drawMatrix(context, tagger.root));
  if (!firstPage) {
    frame.space(18);
    headings.push(drawSimilarity(context, tagger.root));
  }
  const shared = drawSharedTexts(context, tagger.root);
  if (shared) headings.push(shared);
  const own = drawOwnTexts(context, tagger.root);
  if (own) headings.push(own);
  headings.push(drawMissing(context, tagger.root));
  tagger.end();

  const range = doc.bufferedPageRange();
  drawHeaderFooter(painter, { brand: input.brand, texts: pdfTexts }, range.count, range.start, 0);
  buildOutline(doc, headings);
  doc.end();
  const pdf = await bytes;
  noteLayoutCacheSizes(fonts);
  return pdf;
}
