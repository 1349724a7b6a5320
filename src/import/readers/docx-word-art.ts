// WordArt as Word 97–2003 made it (kept in a document that was once a .doc, in an old template) and Word's watermark
// (Design → Watermark: "CONCEPT" set diagonally behind the text of every page): VML shapes whose words are only the
// `string` of their v:textpath, in no w:t. Import read none of them: the WordArt was counted as an image and its words
// were in no account, so "Wij zijn een veilige school" was gone while the summary said "0 lost". Each such text is
// now listed as left out and counted. (WordArt of Word 2010 and later is a text box: docx-text-boxes.ts.)
import type { Element, Node } from '@xmldom/xmldom';

const VML = 'urn:schemas-microsoft-com:vml';

/**
 * The texts of the VML text paths inside `node`, in document order, each with its spacing made single. Of Word's
 * alternatives of one drawing (mc:AlternateContent) only the first that holds one is read, as text boxes are.
 */
export function wordArtTexts(node: Element): string[] {
  if (node.localName === 'AlternateContent') {
    for (let alternative = node.firstChild; alternative; alternative = alternative.nextSibling) {
      const texts = alternative.nodeType === 1 ? wordArtTexts(alternative as Element) : [];
      if (texts.length > 0) return texts;
    }
    return [];
  }
  if (node.namespaceURI === VML && node.localName === 'textpath') {
    const text = (node.getAttribute('string') ?? '').replace(/\s+/gu, ' ').trim();
    return text === '' ? [] : [text];
  }
  const out: string[] = [];
  for (let inner: Node | null = node.firstChild; inner; inner = inner.nextSibling)
    if (inner.nodeType === 1) out.push(...wordArtTexts(inner as Element));
  return out;
}
