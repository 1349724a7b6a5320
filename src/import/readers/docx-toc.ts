// Where a Word document marks its table of contents, for import/toc.ts: the paragraphs of a TOC field (from its
// `TOC \o "1-3"` instruction to the field's end, the page references nested in it counted apart), of a content
// control of Word's "Table of Contents" gallery, and those set in a TOC style under any of its names; and, among
// the blocks read, entries typed by hand that repeat the headings ("Inleiding⇥3", read as "Inleiding 3").
import type { Element } from '@xmldom/xmldom';
import { type Block, blockText } from '../blocks.js';
import { isTocField, isTocStyle, tableOfContents } from '../toc.js';
import { child, descendants, wAttr } from './docx-parts.js';

/** Field characters and instructions of a paragraph, in document order. */
function fieldParts(paragraph: Element): Element[] {
  return descendants(paragraph, '*').filter((node) =>
    ['fldChar', 'instrText', 'fldSimple'].includes(node.localName ?? ''),
  );
}

export class DocxToc {
  /** The fields open at this point of the body, innermost last: whether each makes a table of contents. */
  private readonly fields: boolean[] = [];
  /** Content controls of the "Table of Contents" gallery the reader is inside. */
  private controls = 0;

  /** Whether `paragraph` belongs to a table of contents; follows the fields it opens and closes. */
  paragraph(paragraph: Element, styleNames: readonly string[]): boolean {
    let inside = this.controls > 0 || this.fields.includes(true) || styleNames.some(isTocStyle);
    for (const part of fieldParts(paragraph)) {
      if (part.localName === 'fldSimple') inside ||= isTocField(wAttr(part, 'instr') ?? '');
      else if (part.localName === 'instrText') {
        // The instruction of the innermost field begun and not yet named.
        if (this.fields.length > 0 && isTocField(part.textContent ?? '')) this.fields[this.fields.length - 1] = true;
        inside ||= this.fields.includes(true);
      } else {
        const type = wAttr(part, 'fldCharType');
        if (type === 'begin') this.fields.push(false);
        else if (type === 'end') this.fields.pop();
      }
    }
    return inside;
  }

  /** Reads the content control `sdt` with `read`, inside the table of contents when its gallery says so. */
  contentControl(sdt: Element, read: () => void): void {
    const gallery = wAttr(child(child(child(sdt, 'sdtPr'), 'docPartObj'), 'docPartGallery'), 'val');
    const contents = gallery !== undefined && /table of contents/iu.test(gallery);
    if (contents) this.controls++;
    try {
      read();
    } finally {
      if (contents) this.controls--;
    }
  }
}

/**
 * The blocks in place with the entries of a table of contents typed by hand dropped: lines ending in a page
 * number, a tab before it read as a space ("Inleiding 3"), that repeat the headings further on (import/toc.ts).
 */
export function dropTypedContents(blocks: Block[]): void {
  const found = tableOfContents(
    blocks.map((block) => ({
      // A heading as the entry lists it: with the typed number the reader took as its marker ("Artikel 1 Doel").
      text:
        block.kind === 'table' || block.kind === 'footnote'
          ? ''
          : block.kind === 'heading' && block.marker
            ? `${block.marker} ${blockText(block)}`
            : blockText(block),
      marked: block.kind === 'dropped' && block.reason.messageId === 'import-reason.toc',
      apart: block.kind === 'table',
    })),
    true,
  );
  for (const index of found) {
    const block = blocks[index] as Block;
    if (block.kind === 'dropped') continue;
    blocks[index] = {
      kind: 'dropped',
      text: blockText(block),
      reason: { messageId: 'import-reason.toc' },
      source: block.source,
    };
  }
}
