// PDF bookmarks: the section tree, nested as in the document, each opening its section's named destination. Every
// item with children, and the outline itself, carries /Count as the PDF format requires (ISO 32000-1, 12.3.3; PDFBox
// Preflight reports its absence): pdfkit writes it only for an open item.
import type { Doc } from './document.js';
import type { PlacedHeading } from '../pdf/flow.js';

function titleOf(heading: PlacedHeading): string {
  return heading.number ? `${heading.number} ${heading.title}` : heading.title;
}

/** Sections open in the outline: the top level, so a reader sees the chapters' sections at once. */
function isOpen(heading: PlacedHeading): boolean {
  return heading.level === 1 && heading.children.length > 0;
}

/** The items shown below a heading when it is open: its children, and theirs below the open ones. */
function shownWhenOpen(heading: PlacedHeading): number {
  return heading.children.reduce((sum, child) => sum + 1 + (isOpen(child) ? shownWhenOpen(child) : 0), 0);
}

function add(parent: PDFKit.PDFOutline, heading: PlacedHeading): void {
  const item = parent.addItem(titleOf(heading), { expanded: isOpen(heading) });
  // pdfkit points bookmarks at a whole page; the named destination opens at the heading itself.
  item.outlineData.Dest = new String(heading.id);
  // Open: how many items show below it; closed: minus how many would.
  if (heading.children.length > 0)
    item.outlineData.Count = isOpen(heading) ? shownWhenOpen(heading) : -shownWhenOpen(heading);
  for (const child of heading.children) add(item, child);
}

export function buildOutline(doc: Doc, headings: readonly PlacedHeading[]): void {
  for (const heading of headings) add(doc.outline, heading);
  // The outline's own /Count: every item shown, the top level and what its open items show.
  const shown = headings.reduce((sum, heading) => sum + 1 + (isOpen(heading) ? shownWhenOpen(heading) : 0), 0);
  if (shown > 0) doc.outline.outlineData.Count = shown;
}
