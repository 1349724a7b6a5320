// The text of Word's text boxes (a "Let op:" kader, a sidebar with the vertrouwenspersoon's number, a cover's title in
// a shape). Import does not take it into the policy (where a box stands in the reading order is the layout's
// guess), but it was not read at all: its words were in no account, so a rule in a kader was gone while the
// summary said "0 lost". Each box's text is now listed as left out and counted.
import type { Element } from '@xmldom/xmldom';
import { children, descendants, printedParagraphText } from './docx-parts.js';

/**
 * The printed text of a text box's content: its paragraphs as printed, one space between them and between parts;
 * its signs no character is known for named in `unread`.
 */
function boxText(content: Element, unread: string[]): string {
  return descendants(content, 'p')
    .map((paragraph) => printedParagraphText(paragraph, unread).replace(/\s+/gu, ' ').trim())
    .filter((text) => text !== '')
    .join(' ');
}

/**
 * The texts of the text boxes a run's drawing, picture or object holds, one per box, each symbol font's sign as the
 * character it shows (one none is known for named in `unread`). Word writes a box twice, as DrawingML (mc:Choice)
 * and as VML for older readers (mc:Fallback): only the first alternative that holds one is read.
 */
export function textBoxTexts(node: Element, unread: string[] = []): string[] {
  if (node.localName === 'AlternateContent') {
    for (const alternative of children(node)) {
      const named: string[] = [];
      const texts = textBoxTexts(alternative, named);
      if (texts.length > 0) {
        unread.push(...named);
        return texts;
      }
    }
    return [];
  }
  // A box inside a box is read with the outer one's paragraphs.
  const contents = descendants(node, 'txbxContent');
  return contents
    .filter((content) => !contents.some((outer) => outer !== content && isInside(content, outer)))
    .map((content) => boxText(content, unread))
    .filter((text) => text !== '');
}

function isInside(element: Element, container: Element): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === container) return true;
  return false;
}
