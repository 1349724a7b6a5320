// What every PDF that reports on policies rather than being one (the board pack, src/render/boardpack; the
// comparison, src/render/compare/pdf) sets up and finishes the same way: the document with its metadata, the tagger,
// painter and page frame, a flow context without footnotes or definitions of its own; and at the end the running
// header and footer ("Pagina X van Y", drawn on every page once the count is known), the bookmarks and the bytes.
import type { FlowContext } from './context.js';
import { createDocument, noteLayoutCacheSizes, type DocumentInput, type InfoOverrides } from './document.js';
import type { PlacedHeading } from './outline.js';
import { Frame } from './frame.js';
import { drawHeaderFooter } from './furniture.js';
import type { PdfTexts } from '../shared/document-texts.js';
import { buildOutline } from './outline.js';
import { createMeasure, type Painter } from './paint.js';
import { Tagger } from './tagging.js';
import type { Theme } from '../shared/theme.js';
import { checkPdfUa } from './ua-check.js';
import { declarePdfUa } from './ua-declare.js';

/** A report's own wording for the shared modules (header/footer, approval table, document info); the rest blank. */
export type ReportWording = Pick<PdfTexts, 'lang' | 'page' | 'header'> &
  Partial<Pick<PdfTexts, 'approvals' | 'columns' | 'pendingApproval' | 'lawAsOf'>>;

/** The wording the shared modules expect, from what a report has: what it does not draw stays empty. */
export function reportTexts(wording: ReportWording): PdfTexts {
  return {
    lang: wording.lang,
    coverLines: [],
    colophon: '',
    contents: '',
    approvals: wording.approvals ?? '',
    columns: wording.columns ?? { date: '', name: '', role: '', step: '', signature: '' },
    pendingApproval: wording.pendingApproval ?? '',
    ...(wording.lawAsOf ? { lawAsOf: wording.lawAsOf } : {}),
    page: wording.page,
    header: wording.header,
    footnotes: '',
  };
}

export interface OpenReport {
  /** The flow context the report's parts draw with (extend it with the report's own input). */
  flow: FlowContext;
  tagger: Tagger;
  /** Draws the running header and footer and the bookmarks, ends the document and resolves with its bytes. */
  finish(headings: readonly PlacedHeading[]): Promise<Uint8Array>;
}

/** Starts a report document: metadata from `input` and `info`, on page size and colours from `theme`. */
export function openReport(input: DocumentInput, theme: Theme, info: InfoOverrides): OpenReport {
  const { doc, fonts, bytes } = createDocument(input, theme, info);
  const tagger = new Tagger(doc);
  const painter: Painter = { doc, fonts, theme, tagger, measure: createMeasure(fonts) };
  const frame = new Frame(doc, theme, tagger, () => undefined);
  const flow: FlowContext = {
    painter,
    frame,
    inline: {
      footnotes: new Map(),
      definitions: new Map(),
      destinations: new Set(),
      covers: (code) => fonts.covers(code),
    },
    lang: input.texts.lang,
    layouts: new WeakMap(),
  };
  const finish = async (headings: readonly PlacedHeading[]): Promise<Uint8Array> => {
    tagger.end();
    const range = doc.bufferedPageRange();
    drawHeaderFooter(painter, input, range.count, range.start, 0);
    buildOutline(doc, headings);
    doc.end();
    const written = await bytes;
    noteLayoutCacheSizes(fonts);
    // As for a policy: the PDF/UA-1 claim only when our machine checks of the file pass.
    return declarePdfUa(written, Boolean(input.options.pdfa), checkPdfUa(written).length === 0);
  };
  return { flow, tagger, finish };
}
