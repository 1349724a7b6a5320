// Tagged-PDF bookkeeping. Structure elements (Sect, H1, P, L, LI, Table …) form the logical tree; drawn content is
// tied to them by marked-content sequences, which must not cross pages and must not nest. The Tagger keeps at most
// one sequence open, closes it around page breaks and decorations (artifacts), and reopens it afterwards.
import type { Doc } from './document.js';

export type StructElement = PDFKit.PDFStructureElement;

interface OpenMark {
  element: StructElement;
  tag: string;
  content: PDFKit.PDFStructureContent;
}

export class Tagger {
  private open: OpenMark | undefined;
  private inArtifact = false;
  readonly root: StructElement;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** A new structure element under `parent` (the document when omitted), in reading order. */
  element(
    type: string,
    parent: StructElement = this.root,
    options: PDFKit.Mixins.StructureElementOptions = {},
  ): StructElement {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** Starts content belonging to `element`; content drawn until `end()` is its text. */
  begin(element: StructElement, tag = typeOf(element)): void {
    this.end();
    const content = this.doc.markStructureContent(tag);
    this.open = { element, tag, content };
  }

  end(): void {
    const open = this.open;
    if (!open) return;
    this.doc.endMarkedContent();
    open.element.add(open.content);
    this.open = undefined;
  }

  /** Runs `draw` outside any open sequence and returns to it afterwards (same element, new sequence). */
  private aside(draw: () => void): void {
    const open = this.open;
    this.end();
    draw();
    if (open) this.begin(open.element, open.tag);
  }

  /**
   * Draws content that belongs to `element`, or, without one (a repeated table header, a continued column head),
   * as pagination furniture a screen reader skips.
   */
  tagged(element: StructElement | undefined, draw: () => void): void {
    if (!element) {
      this.artifact(draw, 'Pagination');
      return;
    }
    this.begin(element);
    draw();
    this.end();
  }

  /** Page furniture and decoration that a screen reader should skip. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' | 'Page' = 'Layout'): void {
    // Inside an artifact everything is artifact: marked content must not nest.
    if (this.inArtifact) {
      draw();
      return;
    }
    this.aside(() => {
      this.doc.markContent('Artifact', { type });
      this.inArtifact = true;
      try {
        draw();
      } finally {
        this.inArtifact = false;
      }
      this.doc.endMarkedContent();
    });
  }

  /** Link text with its annotation, as a Link element inside the current one. */
  link(draw: () => void, annotate: (link?: StructElement) => void): void {
    const parent = this.open?.element;
    if (!parent) {
      // Outside tagged content (a repeated table header, an artifact): the text only. An annotation there would be
      // outside the structure tree, which PDF/UA forbids; the link itself is where the content is tagged.
      draw();
      return;
    }
    this.aside(() => {
      const link = this.element('Link', parent);
      const content = this.doc.markStructureContent('Link');
      draw();
      this.doc.endMarkedContent();
      link.add(content);
      annotate(link);
      link.end();
    });
  }

  /** Closes the open sequence before a page break; `resume` reopens it on the new page. */
  suspend(): (() => void) | undefined {
    const open = this.open;
    this.end();
    return open ? () => this.begin(open.element, open.tag) : undefined;
  }
}

function typeOf(element: StructElement): string {
  const data = element.dictionary.data as unknown as { S?: string };
  return data.S ?? 'P';
}
