// The words around a policy's own text (cover lines, headings of the contents, approvals and footnotes, the
// approval table's columns, the running header and footer, the watermark), already in the policy's language. The PDF
// and the Word output are given the same ones, so both say the same; the reports borrow the approval table's.
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
  /**
   * Under the approval table, as of which date the law its steps cite was read: the label with {{dates}}, and the
   * words for a law not read; absent in a report that draws no approval table.
   */
  lawAsOf?: { label: string; unverified: string };
  /** Running footer: "Pagina 3 van 9". */
  page(page: number, pages: number): string;
  /** Running header: title and version, e.g. "Protocol sociale media · versie 1.0". */
  header: string;
  /** Footnotes heading ("Voetnoten"). */
  footnotes: string;
}
