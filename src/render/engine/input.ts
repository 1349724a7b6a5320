// What the PDF renderer is given, and the options every PDF the engine writes is set up with (a report's through
// reportPdfOptions). Everything is resolved beforehand (brand files read, wording rendered from the Handlebars
// templates in the policy's language), so rendering is a pure function of this input.
import type { Brand } from '../../brand/types.js';
import type { Policy } from '../../model/policy.js';
import type { PdfTexts } from '../shared/document-texts.js';

export interface PdfOptions {
  /** Print each clause ID small in the margin (review copies). */
  showIds: boolean;
  /** PDF/A-3 with the Markdown source embedded as an attachment. */
  pdfa: boolean;
  /** Written as CreationDate/ModDate: from the policy's dates or SOURCE_DATE_EPOCH, never the clock. */
  creationDate: Date;
  /** SHA-256 (hex) of the normalised source, shown in the colophon and used as the PDF's document ID seed. */
  sourceHash: string;
  /** The Markdown source without its author's notes (src/render/shared/published-source.ts), embedded when pdfa is set. */
  source: string;
  /** File name of the embedded source (e.g. social-media.md). */
  sourceName: string;
  /** Tool name and version for the Producer/Creator fields. */
  producer: string;
}

/**
 * The options of a PDF that reports on policies rather than being one (a board pack, a comparison): no margin IDs,
 * no PDF/A, no Markdown source of its own to attach.
 */
export function reportPdfOptions(options: Pick<PdfOptions, 'creationDate' | 'sourceHash' | 'producer'>): PdfOptions {
  return {
    showIds: false,
    pdfa: false,
    creationDate: options.creationDate,
    sourceHash: options.sourceHash,
    source: '',
    sourceName: '',
    producer: options.producer,
  };
}

export interface PdfInput {
  policy: Policy;
  brand: Brand;
  texts: PdfTexts;
  options: PdfOptions;
}
