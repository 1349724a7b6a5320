// @types/pdfkit describes pdfkit 0.17; this adds what 0.20 has and the renderer uses. Members starting with `_` are
// pdfkit internals the renderer relies on deliberately (see src/render/pdf/document.ts for why each is needed).
declare namespace PDFKit {
  /** A font as pdfkit holds it after `doc.font(name)`: a fontkit font plus the per-document subset. */
  interface EmbeddedFontLike {
    id: string;
    name: string;
    /** Font units scaled to 1000 per em. */
    ascender: number;
    descender: number;
    capHeight: number;
    xHeight: number;
    /** The parsed fontkit font. */
    font: unknown;
    /** Per-word glyph layout, keyed by text; pdfkit fills it. */
    layoutCache?: Record<string, unknown>;
    /** fontkit's subset of the glyphs used (ids in the order met), encoded when the document ends. */
    subset: { glyphs: number[]; encode(): Uint8Array };
    ref(): PDFKitReference;
    encode(text: string, features?: unknown): [string[], GlyphPosition[]];
    widthOfString(text: string, size: number, features?: unknown): number;
  }

  interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
    advanceWidth: number;
  }

  interface PDFOutline {
    /** The dictionary written for this item; `Dest` may be replaced by a named destination. */
    outlineData: Record<string, unknown>;
    addItem(title: string, options?: { expanded?: boolean; pageNumber?: number; fit?: boolean }): PDFOutline;
  }

  interface PDFStructureElement {
    dictionary: PDFKitReference;
  }

  interface PDFDocument {
    /** The current font object (internal). */
    _font: EmbeddedFontLike;
    /** Trailer /ID bytes (internal; pdfkit derives them from the info dictionary). */
    _id: Uint8Array;
    /** Catalog dictionary (internal). */
    _root: PDFKitReference & { data: Record<string, unknown> };
    /** Writes a line or bytes of the file (internal; replaced to keep the bytes without pdfkit's stream). */
    _write(data: string | Uint8Array): void;
    /** Bytes written so far: the next object's offset (internal; kept by _write). */
    _offset: number;
    /** Writes the XMP packet's document info (internal; replaced to escape XML and add ModifyDate). */
    _addInfo(): void;
    metadata: { append(xml: string, newline?: boolean): void };
    outline: PDFOutline;
    file(src: Uint8Array | Buffer | ArrayBuffer | string, options?: Mixins.PDFAttachmentOptions): PDFKitReference;
  }

  interface PDFPage {
    markings: unknown[];
  }

  namespace Mixins {
    interface PDFAttachmentOptions {
      /** AFRelationship of the file specification (PDF/A-3): Source, Data, Alternative, Supplement, Unspecified. */
      relationship?: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';
    }

    interface AnnotationOption {
      /** Structure element the annotation belongs to (tagged PDF). */
      structParent?: PDFStructureElement;
    }
  }
}
