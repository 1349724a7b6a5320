// What the PDF renderer is given. Everything is resolved beforehand (brand files read, wording rendered from the
// Handlebars templates in the policy's language), so rendering is a pure function of this input.
import type { Brand } from '../../brand/types.js';
import type { Policy } from '../../model/policy.js';

export interface PdfTexts {
  /** BCP-47 language of the document, written into the PDF catalog. */
  lang: string;
  /** Lines under the title on the cover: organisation, version, status, effective date … */
  coverLines: string[];
  /** "Vastgesteld door de Algemeen directeur op 10 september 2013"; absent when there is no approval. */
  adoption?: string;
  /** Small print at the end: source SHA-256, tool version. */
  colophon: string;
  /** Diagonal watermark on every page when the policy is not approved ("CONCEPT"); absent when approved. */
  watermark?: string;
  /** Table-of-contents heading ("Inhoud"). */
  contents: string;
  /** Approval table heading ("Vaststelling") and its column labels. */
  approvals: string;
  columns: { date: string; name: string; role: string; step: string; signature: string };
  /** Label for signature rows still to come on a proposed policy (e.g. "nog vast te stellen"). */
  pendingApproval: string;
  /** Running footer: "Pagina 3 van 9". */
  page(page: number, pages: number): string;
  /** Running header: title and version, e.g. "Protocol sociale media · versie 1.0". */
  header: string;
  /** Footnotes heading ("Voetnoten"). */
  footnotes: string;
}

export interface PdfOptions {
  /** Print each clause ID small in the margin (review copies). */
  showIds: boolean;
  /** PDF/A-3 with the Markdown source embedded as an attachment. */
  pdfa: boolean;
  /** Written as CreationDate/ModDate: from the policy's dates or SOURCE_DATE_EPOCH, never the clock. */
  creationDate: Date;
  /** SHA-256 (hex) of the normalised source, shown in the colophon and used as the PDF's document ID seed. */
  sourceHash: string;
  /** The Markdown source, embedded when pdfa is set. */
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
