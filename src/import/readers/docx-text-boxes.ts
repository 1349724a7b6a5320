// The text of Word's text boxes (a "Let op:" kader, a sidebar with the vertrouwenspersoon's number, a cover's title in
// a shape). Import does not take it into the policy (where a box stands in the reading order is the layout's
// guess), but it was not read at all: its words were in no account, so a rule in a kader was gone while the
// summary said "0 lost". Each box's text is now listed as left out and counted; a content control in it never filled
// in is listed as a placeholder, apart from the box's text (docx-controls.ts), and a Word date field in it is
// reported as one in the body is (docx-date-fields.ts).
import type { Element } from '@xmldom/xmldom';
import { inUnfilledControl, unfilledControls } from './docx-controls.js';
import { type DateFieldRead, dateFieldsIn } from './docx-date-fields.js';
import { children, descendants, printedParagraphText } from './docx-parts.js';

/** What a drawing's text boxes hold beside their text: signs no character is known for, placeholders, date fields. */
export interface BoxExtras {
  /** Signs no character is known for ("Wingdings F0FF"). */
  unread: string[];
  /** The placeholders of content controls never filled in, left out of the boxes' text. */
  placeholders: string[];
  /** Word's date fields ("SAVEDATE"), with the results Word last showed. */
  dateFields: DateFieldRead[];
}

const noExtras = (): BoxExtras => ({ unread: [], placeholders: [], dateFields: [] });

/**
 * The printed text of a text box's content: its paragraphs as printed, one space between them and between parts;
 * its signs no character is known for and its placeholders put in `extras`.
 */
function boxText(content: Element, extras: BoxExtras): string {
  extras.placeholders.push(...unfilledControls(content));
  extras.dateFields.push(...dateFieldsIn(content));
  return descendants(content, 'p')
    .map((paragraph) => printedParagraphText(paragraph, extras.unread, inUnfilledControl).replace(/\s+/gu, ' ').trim())
    .filter((text) => text !== '')
    .join(' ');
}

/**
 * The texts of the text boxes a run's drawing, picture or object holds, one per box, each symbol font's sign as the
 * character it shows (one none is known for named in `extras`, as are placeholders and date fields). Word writes a box twice, as
 * DrawingML (mc:Choice) and as VML for older readers (mc:Fallback): only the first alternative that holds one is read.
 */
export function textBoxTexts(node: Element, extras: BoxExtras = noExtras()): string[] {
  if (node.localName === 'AlternateContent') {
    for (const alternative of children(node)) {
      const found = noExtras();
      const texts = textBoxTexts(alternative, found);
      if (texts.length > 0 || found.placeholders.length > 0) {
        extras.unread.push(...found.unread);
        extras.placeholders.push(...found.placeholders);
        extras.dateFields.push(...found.dateFields);
        return texts;
      }
    }
    return [];
  }
  // A box inside a box is read with the outer one's paragraphs.
  const contents = descendants(node, 'txbxContent');
  return contents
    .filter((content) => !contents.some((outer) => outer !== content && isInside(content, outer)))
    .map((content) => boxText(content, extras))
    .filter((text) => text !== '');
}

function isInside(element: Element, container: Element): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === container) return true;
  return false;
}
