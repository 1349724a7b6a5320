// A PDF's comments as annotations: a Word document's comments exported as PDF notes (LibreOffice's "Comments as PDF
// annotations", Word's "Document showing markup"), a reviewer's sticky note or typed text box added in a PDF reader.
// pdfjs's text content holds none of them, so without this they would be neither in the policy nor in the report:
// each is left out and listed as a comment, its words counted as left out.
import type { Block } from '../blocks.js';

/** What this reads of an annotation pdfjs lists (page.getAnnotations()). */
export interface PdfAnnotation {
  subtype?: string;
  contentsObj?: { str?: string };
  /** Set on a reply ("IRT"): a reply is a comment of its own. */
  inReplyTo?: string;
}

/**
 * Annotations whose text is a comment: a popup shows its parent's text again, a link or a form field holds none, and
 * the words a markup annotation (a highlight, a strike-out) covers stay the page's; its note is a comment.
 */
const NOT_COMMENTS = new Set(['Popup', 'Link', 'Widget']);

/** The comments of a page's annotations, each a block left out of the text. */
export function pageComments(annotations: readonly PdfAnnotation[], page: number): Block[] {
  return annotations
    .filter((annotation) => !NOT_COMMENTS.has(annotation.subtype ?? ''))
    .map((annotation) => (annotation.contentsObj?.str ?? '').replace(/\s+/gu, ' ').trim())
    .filter((text) => text !== '')
    .map((text) => ({
      kind: 'dropped',
      text,
      reason: { messageId: 'import-reason.comment' },
      source: { line: 0, page },
    }));
}
