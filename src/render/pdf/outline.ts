// PDF bookmarks: the section tree, nested as in the document, each opening its section's named destination.
import type { Doc } from './document.js';
import type { PlacedHeading } from './flow.js';

function titleOf(heading: PlacedHeading): string {
  return heading.number ? `${heading.number} ${heading.title}` : heading.title;
}

function add(parent: PDFKit.PDFOutline, heading: PlacedHeading): void {
  const item = parent.addItem(titleOf(heading), { expanded: heading.level === 1 && heading.children.length > 0 });
  // pdfkit points bookmarks at a whole page; the named destination opens at the heading itself.
  item.outlineData.Dest = new String(heading.id);
  for (const child of heading.children) add(item, child);
}

export function buildOutline(doc: Doc, headings: readonly PlacedHeading[]): void {
  for (const heading of headings) add(doc.outline, heading);
}
